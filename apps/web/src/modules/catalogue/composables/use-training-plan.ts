import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { CompanyTrainingPlanQuery } from '../../../gql/graphql.ts';

const CompanyTrainingPlanDocument = graphql(`
  query CompanyTrainingPlan($companyId: ID!) {
    company(id: $companyId) {
      id
      name
      viewerCanManage
      trainingPlan {
        budgetCheck {
          fits
          remainingFees
          remainingParticipantTime
          budget {
            id
            name
            periodStart
            periodEnd
          }
        }
        totals {
          fees
          participantTime
          total
          weightedGapClosed
        }
        lines {
          fee
          participantTimeCost
          enrolment {
            id
            status
          }
          employee {
            id
            firstName
            lastName
          }
          occasion {
            id
            startsOn
            endsOn
            online
            municipality
            region {
              code
              name
            }
          }
          course {
            id
            titleSv
            titleEn
          }
          closes {
            from
            to
            required
            importance
            competence {
              id
              nameSv
              nameEn
            }
          }
        }
      }
    }
  }
`);

export type TrainingPlanLine = NonNullable<CompanyTrainingPlanQuery['company']>['trainingPlan']['lines'][number];

/** The firm's training plan: its people's live enrolments with fees, participant time and the gaps they close. */
export function useTrainingPlan(companyId: MaybeRefOrGetter<string>) {
  const query = useQuery(CompanyTrainingPlanDocument, () => ({ companyId: toValue(companyId) }), { keepPrevious: true });
  return {
    company: computed(() => query.data.value?.company ?? null),
    plan: computed(() => query.data.value?.company?.trainingPlan ?? null),
    missing: computed(() => query.data.value !== undefined && query.data.value.company === null),
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
  };
}
