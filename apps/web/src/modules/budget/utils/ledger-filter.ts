import { costCategories, fundingSources, ledgerKinds, type CostCategory, type FundingSource, type LedgerKind } from '@smartkompetens/domain';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { isIsoDate } from './periods.ts';

/** Which figure an entry counts in; a reversal counts in the figure of the entry it reverses. */
export const budgetFigures = ['COMMITTED', 'ACTUAL'] as const;
export type BudgetFigure = (typeof budgetFigures)[number];

/** The ledger view's filter, as it stands in the URL (so a report figure can link to its entries). */
export interface LedgerFilterState {
  budgetId: string;
  regionCode: string;
  companyId: string;
  category: CostCategory | '';
  source: FundingSource | '';
  kind: LedgerKind | '';
  /** What a report's committed or actual sum is made of, reversals included. */
  figure: BudgetFigure | '';
  from: string;
  to: string;
}

export const emptyLedgerFilter: LedgerFilterState = {
  budgetId: '',
  regionCode: '',
  companyId: '',
  category: '',
  source: '',
  kind: '',
  figure: '',
  from: '',
  to: '',
};

const keys = Object.keys(emptyLedgerFilter) as (keyof LedgerFilterState)[];

function one(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function oneOf<T extends string>(list: readonly T[], value: string): T | '' {
  return (list as readonly string[]).includes(value) ? (value as T) : '';
}

/** Reads the filter from a route's query; values that are not valid are dropped, not guessed. */
export function ledgerFilterFromQuery(query: LocationQuery): LedgerFilterState {
  const date = (key: string) => {
    const value = one(query[key]);
    return isIsoDate(value) ? value : '';
  };
  const region = one(query.regionCode);
  return {
    budgetId: one(query.budgetId),
    regionCode: /^\d{2}$/.test(region) ? region : '',
    companyId: one(query.companyId),
    category: oneOf(costCategories, one(query.category)),
    source: oneOf(fundingSources, one(query.source)),
    kind: oneOf(ledgerKinds, one(query.kind)),
    figure: oneOf(budgetFigures, one(query.figure)),
    from: date('from'),
    to: date('to'),
  };
}

/** Only the set fields, for a tidy URL and a link from a report figure. */
export function ledgerFilterToQuery(filter: Partial<LedgerFilterState>): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  for (const key of keys) {
    const value = filter[key];
    if (value) query[key] = value;
  }
  return query;
}

/** The GraphQL `LedgerFilter`: unset fields are left out. */
export function ledgerFilterVariables(filter: LedgerFilterState) {
  return {
    budgetId: filter.budgetId || null,
    regionCode: filter.regionCode || null,
    companyId: filter.companyId || null,
    category: filter.category || null,
    source: filter.source || null,
    kind: filter.kind || null,
    figure: filter.figure || null,
    from: filter.from || null,
    to: filter.to || null,
  };
}

/** The CSV export of the same entries; the session cookie authenticates the download. */
export function ledgerCsvUrl(filter: LedgerFilterState): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/api/v1/ledger.csv?${query}` : '/api/v1/ledger.csv';
}

/** A filter whose end lies before its start matches nothing: say so rather than ask. */
export function ledgerFilterProblem(filter: LedgerFilterState): 'RANGE' | null {
  return filter.from && filter.to && filter.to < filter.from ? 'RANGE' : null;
}
