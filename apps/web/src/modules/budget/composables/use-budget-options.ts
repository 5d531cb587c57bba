import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { BudgetOptionsQuery } from '../../../gql/graphql.ts';

const BudgetOptionsDocument = graphql(`
  query BudgetOptions($companyId: ID, $regionCode: ID) {
    regions {
      code
      name
    }
    budgets(companyId: $companyId, regionCode: $regionCode) {
      id
      level
      name
      regionCode
      periodStart
      periodEnd
      company {
        id
        name
      }
    }
  }
`);

export type BudgetOption = BudgetOptionsQuery['budgets'][number];

/**
 * The budgets, firms and counties a viewer may filter the ledger by: the firms are those with
 * a budget, which are the only ones with entries.
 */
export function useBudgetOptions(scope: { companyId: MaybeRefOrGetter<string | null>; regionCode: MaybeRefOrGetter<string | null> }) {
  const query = useQuery(BudgetOptionsDocument, () => ({ companyId: toValue(scope.companyId), regionCode: toValue(scope.regionCode) }), { keepPrevious: true });
  const budgets = computed(() => query.data.value?.budgets ?? []);
  const companies = computed(() => {
    const seen = new Map<string, { id: string; name: string }>();
    for (const b of budgets.value) if (b.company) seen.set(b.company.id, b.company);
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  });
  return {
    budgets,
    companies,
    regions: computed(() => query.data.value?.regions ?? []),
    error: query.error,
    loaded: computed(() => query.data.value !== undefined),
  };
}
