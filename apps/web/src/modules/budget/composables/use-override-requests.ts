import type { BudgetOverrideStatus } from '@smartkompetens/domain';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation } from '../../../composables/use-mutation.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { BudgetOverrideRequestsQuery } from '../../../gql/graphql.ts';

const BudgetOverrideRequestsDocument = graphql(`
  query BudgetOverrideRequests($status: BudgetOverrideStatus) {
    budgetOverrideRequests(status: $status) {
      id
      amount
      reason
      status
      requestedAt
      decidedAt
      decisionNote
      company {
        id
        name
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
        course {
          id
          titleSv
          titleEn
        }
      }
      enrolment {
        id
        status
      }
    }
  }
`);

const BudgetOverrideRequestDecideDocument = graphql(`
  mutation BudgetOverrideRequestDecide($id: ID!, $approve: Boolean!, $note: String) {
    budgetOverrideRequestDecide(id: $id, approve: $approve, note: $note) {
      request {
        id
        status
        decidedAt
        decisionNote
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export type OverrideRequest = BudgetOverrideRequestsQuery['budgetOverrideRequests'][number];

/** Requests to go over budget: the pending ones to decide, and the decided ones as a record. */
export function useOverrideRequests(status: MaybeRefOrGetter<BudgetOverrideStatus | null>) {
  const query = useQuery(BudgetOverrideRequestsDocument, () => ({ status: toValue(status) }), { keepPrevious: true });
  const decide = useMutation(BudgetOverrideRequestDecideDocument);
  return {
    requests: computed(() => query.data.value?.budgetOverrideRequests ?? []),
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
    decide,
  };
}
