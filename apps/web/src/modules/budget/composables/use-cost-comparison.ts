import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { CostComparisonQuery } from '../../../gql/graphql.ts';
import type { DateRange } from '../utils/periods.ts';

const CostComparisonDocument = graphql(`
  query CostComparison($regionCode: ID, $from: Date!, $to: Date!) {
    regions {
      code
      name
    }
    costComparison(regionCode: $regionCode, from: $from, to: $to) {
      from
      to
      total {
        ...CostFiguresFields
      }
      firms {
        budgetAmount
        company {
          id
          name
          industry
        }
        figures {
          ...CostFiguresFields
        }
      }
      industries {
        industry
        firms
        figures {
          ...CostFiguresFields
        }
      }
    }
    budgets(regionCode: $regionCode) {
      id
      level
      name
      periodStart
      periodEnd
      company {
        id
        name
      }
      summary {
        amount
        committed
        actual
        remaining
        forecast
      }
    }
  }
`);

graphql(`
  fragment CostFiguresFields on CostFigures {
    participants
    trainingHours
    closedGapLevels
    cost
    costPerParticipant
    costPerHour
    costPerClosedLevel
  }
`);

export type CostComparison = CostComparisonQuery['costComparison'];
export type CostFigures = CostComparison['total'];
export type RegionBudget = CostComparisonQuery['budgets'][number];

/** Firms and industries side by side for a county (or the programme) over a period, with the county's budgets. */
export function useCostComparison(regionCode: MaybeRefOrGetter<string | null>, range: MaybeRefOrGetter<DateRange>) {
  const query = useQuery(CostComparisonDocument, () => ({ regionCode: toValue(regionCode), ...toValue(range) }), { keepPrevious: true });
  return {
    regions: computed(() => query.data.value?.regions ?? []),
    comparison: computed(() => query.data.value?.costComparison ?? null),
    budgets: computed(() => query.data.value?.budgets ?? []),
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
  };
}
