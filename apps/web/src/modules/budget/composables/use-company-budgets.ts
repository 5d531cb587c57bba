import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { CompanyBudgetsQuery } from '../../../gql/graphql.ts';

const CompanyBudgetsDocument = graphql(`
  query CompanyBudgets($companyId: ID!) {
    company(id: $companyId) {
      id
      name
    }
    budgets(companyId: $companyId) {
      id
      level
      regionCode
      name
      periodStart
      periodEnd
      summary {
        amount
        committed
        actual
        remaining
        forecast
      }
      lines {
        id
        category
        source
        amount
        coFinancingShareBp
        summary {
          amount
          committed
          actual
          remaining
          forecast
        }
      }
      months {
        month
        committed
        actual
        cumulativeCommitted
        cumulativeActual
        remaining
      }
    }
  }
`);

export type CompanyBudget = CompanyBudgetsQuery['budgets'][number];
export type BudgetLine = CompanyBudget['lines'][number];
export type BudgetMonth = CompanyBudget['months'][number];

/** A firm's budgets, newest period first, each with its lines and its month-by-month burn-down. */
export function useCompanyBudgets(companyId: MaybeRefOrGetter<string>) {
  const query = useQuery(CompanyBudgetsDocument, () => ({ companyId: toValue(companyId) }), { keepPrevious: true });
  return {
    company: computed(() => query.data.value?.company ?? null),
    budgets: computed(() => query.data.value?.budgets ?? []),
    missing: computed(() => query.data.value !== undefined && query.data.value.company === null),
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
  };
}

/** The budget to show first: the one whose period covers today, else the newest. */
export function currentBudget<B extends { periodStart: string; periodEnd: string }>(budgets: readonly B[], today: string): B | undefined {
  return budgets.find((b) => b.periodStart <= today && today <= b.periodEnd) ?? budgets[0];
}
