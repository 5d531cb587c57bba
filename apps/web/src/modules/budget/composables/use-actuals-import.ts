import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useImportWizard } from '../../../composables/use-import-wizard.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { ActualsImportBudgetQuery } from '../../../gql/graphql.ts';
import { useBudgetScope } from './use-budget-scope.ts';
import { canImportActuals, isActualsReport, summarizeActuals, type ActualsReport } from '../utils/actuals-import.ts';

const ActualsImportBudgetDocument = graphql(`
  query ActualsImportBudget($id: ID!) {
    budget(id: $id) {
      id
      level
      name
      periodStart
      periodEnd
      regionCode
      company {
        id
        name
      }
      lines {
        id
        category
        source
      }
    }
  }
`);

export type ActualsImportBudget = NonNullable<ActualsImportBudgetQuery['budget']>;

/**
 * Importing invoices into one budget: the budget (its lines and period say what the file may
 * hold), whether the active role may record on it, and the shared import wizard.
 */
export function useActualsImport(budgetId: MaybeRefOrGetter<string>) {
  const scope = useBudgetScope();
  const query = useQuery(ActualsImportBudgetDocument, () => ({ id: toValue(budgetId) }));
  const budget = computed(() => query.data.value?.budget ?? null);
  const wizard = useImportWizard<ActualsReport>({
    url: (mode) => `/api/v1/budgets/${encodeURIComponent(toValue(budgetId))}/actuals/import?mode=${mode}`,
    isReport: isActualsReport,
  });

  return {
    ...wizard,
    budget,
    missing: computed(() => query.data.value !== undefined && query.data.value.budget === null),
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
    canImport: computed(() => {
      const b = budget.value;
      return b ? canImportActuals(scope.membership.value, { companyId: b.company?.id ?? null, regionCode: b.regionCode ?? null }) : false;
    }),
    summary: computed(() => (wizard.report.value ? summarizeActuals(wizard.report.value) : undefined)),
  };
}

