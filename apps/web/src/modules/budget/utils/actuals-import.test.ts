import { describe, expect, it } from 'vitest';
import { interpretImportResponse } from '../../../api/import-report.ts';
import { actualsProblemKey, actualsTemplateCsv, canImportActuals, isActualsReport, summarizeActuals, type ActualsReport } from './actuals-import.ts';

const report = (overrides: Partial<ActualsReport> = {}): ActualsReport => ({
  mode: 'dry-run',
  rows: 2,
  total: '1598050',
  preview: [
    { row: 2, category: 'COURSE_FEES', source: 'PROGRAMME_GRANT', occurredOn: '2026-03-02', amount: '1250000', invoiceNumber: 'F-1', reason: 'Faktura F-1' },
    { row: 3, category: 'TRAVEL', source: 'OWN_CONTRIBUTION', occurredOn: '2026-03-04', amount: '348050', invoiceNumber: null, reason: 'Tåg' },
  ],
  problems: [],
  ...overrides,
});

describe('the actuals import report', () => {
  it('reads dry runs, applies and refused applies, and nothing else, as reports', () => {
    expect(interpretImportResponse(200, report(), isActualsReport)).toMatchObject({ kind: 'report' });
    expect(interpretImportResponse(201, report({ mode: 'apply', created: 2 }), isActualsReport)).toMatchObject({ kind: 'report', report: { created: 2 } });
    expect(interpretImportResponse(422, report({ mode: 'apply', problems: [{ row: null, column: null, code: 'OVER_BUDGET', message: 'over' }] }), isActualsReport).kind).toBe(
      'refused',
    );
    expect(interpretImportResponse(200, { rows: 2, problems: [], preview: [] }, isActualsReport).kind).toBe('failed');
    expect(interpretImportResponse(413, { message: 'too large' }, isActualsReport)).toEqual({ kind: 'tooLarge' });
  });

  it('offers apply for a clean report with rows, and never while problems remain', () => {
    expect(summarizeActuals(report())).toEqual({ toRecord: 2, canApply: true, previewTruncated: false });
    expect(summarizeActuals(report({ problems: [{ row: 3, column: 'C', code: 'INVALID', message: 'A date' }] }))).toMatchObject({ toRecord: 2, canApply: false });
    expect(summarizeActuals(report({ rows: 0, preview: [], total: '0' })).canApply).toBe(false);
  });

  it('notices when the preview shows only the first rows', () => {
    expect(summarizeActuals(report({ rows: 450 })).previewTruncated).toBe(true);
  });

  it('explains header, file and cell problems apart, and leaves unknown codes to the server', () => {
    expect(actualsProblemKey({ row: 1, column: null, code: 'REQUIRED', message: '' })).toBe('budget.import.problems.MISSING_COLUMN');
    expect(actualsProblemKey({ row: null, column: null, code: 'REQUIRED', message: '' })).toBe('budget.import.problems.NO_ROWS');
    expect(actualsProblemKey({ row: 4, column: 'F', code: 'REQUIRED', message: '' })).toBe('budget.import.problems.REQUIRED');
    expect(actualsProblemKey({ row: null, column: null, code: 'OVER_BUDGET', message: '' })).toBe('budget.import.problems.OVER_BUDGET');
    expect(actualsProblemKey({ row: 2, column: 'A', code: 'SOMETHING_NEW', message: '' })).toBeNull();
  });
});

describe('who imports actuals', () => {
  const firmBudget = { companyId: 'c1', regionCode: '03' };

  it('lets the firm’s admins, the county’s region admins and programme admins import', () => {
    expect(canImportActuals({ role: 'COMPANY_ADMIN', companyId: 'c1', regionCode: null }, firmBudget)).toBe(true);
    expect(canImportActuals({ role: 'REGION_ADMIN', companyId: null, regionCode: '03' }, firmBudget)).toBe(true);
    expect(canImportActuals({ role: 'PROGRAMME_ADMIN', companyId: null, regionCode: null }, firmBudget)).toBe(true);
  });

  it('refuses other firms, other counties, employees and providers', () => {
    expect(canImportActuals({ role: 'COMPANY_ADMIN', companyId: 'c2', regionCode: null }, firmBudget)).toBe(false);
    expect(canImportActuals({ role: 'REGION_ADMIN', companyId: null, regionCode: '05' }, firmBudget)).toBe(false);
    expect(canImportActuals({ role: 'EMPLOYEE', companyId: 'c1', regionCode: null }, firmBudget)).toBe(false);
    expect(canImportActuals({ role: 'PROVIDER', companyId: null, regionCode: null }, firmBudget)).toBe(false);
    expect(canImportActuals(null, firmBudget)).toBe(false);
  });
});

describe('the example file', () => {
  const budget = {
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    lines: [
      { category: 'COURSE_FEES', source: 'PROGRAMME_GRANT' },
      { category: 'TRAVEL', source: 'OWN_CONTRIBUTION' },
    ] as const,
  };

  it('has the header the API reads and one row per budget line, in names the API accepts', () => {
    const lines = actualsTemplateCsv(budget, '2026-05-20').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Kategori;Källa;Datum;Belopp;Fakturanummer;Beskrivning');
    expect(lines.slice(1)).toEqual(['Kursavgifter;Programmets stöd;2026-05-20;12 500,00;F-2026101;Kursavgift, svetskurs', 'Resor och logi;Egen insats;2026-05-20;3 480,50;F-2026102;']);
  });

  it('dates the rows inside the budget period', () => {
    expect(actualsTemplateCsv(budget, '2025-06-01')).toContain(';2026-01-01;');
    expect(actualsTemplateCsv(budget, '2027-06-01')).toContain(';2026-12-31;');
  });

  it('starts with a byte-order mark so Excel keeps å, ä and ö', () => {
    expect(actualsTemplateCsv(budget, '2026-05-20').startsWith('\uFEFF')).toBe(true);
  });
});
