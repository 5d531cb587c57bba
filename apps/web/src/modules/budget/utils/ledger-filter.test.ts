import { describe, expect, it } from 'vitest';
import { emptyLedgerFilter, ledgerCsvUrl, ledgerFilterFromQuery, ledgerFilterProblem, ledgerFilterToQuery, ledgerFilterVariables } from './ledger-filter.ts';

describe('the ledger filter', () => {
  it('reads what a report link puts in the URL and drops what is not valid', () => {
    const filter = ledgerFilterFromQuery({ regionCode: '03', category: 'COURSE_FEES', figure: 'ACTUAL', kind: 'BRIBE', from: '2026-07-01', to: '2026-02-30' });
    expect(filter).toEqual({ ...emptyLedgerFilter, regionCode: '03', category: 'COURSE_FEES', figure: 'ACTUAL', from: '2026-07-01' });
  });

  it('writes only the set fields back, for the URL, GraphQL and the CSV export', () => {
    const filter = { ...emptyLedgerFilter, companyId: 'c1', source: 'OWN_CONTRIBUTION' as const, to: '2026-12-31' };
    expect(ledgerFilterToQuery(filter)).toEqual({ companyId: 'c1', source: 'OWN_CONTRIBUTION', to: '2026-12-31' });
    expect(ledgerFilterVariables(filter)).toMatchObject({ companyId: 'c1', source: 'OWN_CONTRIBUTION', to: '2026-12-31', budgetId: null, kind: null });
    expect(ledgerCsvUrl(filter)).toBe('/api/v1/ledger.csv?companyId=c1&source=OWN_CONTRIBUTION&to=2026-12-31');
    expect(ledgerCsvUrl(emptyLedgerFilter)).toBe('/api/v1/ledger.csv');
  });

  it('says when the end date lies before the start', () => {
    expect(ledgerFilterProblem({ ...emptyLedgerFilter, from: '2026-09-01', to: '2026-08-31' })).toBe('RANGE');
    expect(ledgerFilterProblem({ ...emptyLedgerFilter, from: '2026-09-01', to: '2026-09-01' })).toBeNull();
  });
});
