import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation } from '../../../composables/use-mutation.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { ParticipantTimeQuery } from '../../../gql/graphql.ts';

const ParticipantTimeDocument = graphql(`
  query ParticipantTime($companyId: ID!, $month: Date!) {
    company(id: $companyId) {
      id
      name
    }
    participantTime(companyId: $companyId, month: $month) {
      companyId
      month
      locked
      lockedAt
      attestedMinutes
      attestedValue
      rows {
        plannedMinutes
        attestedMinutes
        value
        reason
        attestedAt
        employee {
          id
          firstName
          lastName
          jobTitle
        }
      }
    }
  }
`);

const ParticipantTimeAttestDocument = graphql(`
  mutation ParticipantTimeAttest($input: ParticipantTimeAttestInput!) {
    participantTimeAttest(input: $input) {
      row {
        attestedMinutes
        value
        reason
        attestedAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const ParticipantTimeLockDocument = graphql(`
  mutation ParticipantTimeLock($companyId: ID!, $month: Date!) {
    participantTimeLock(companyId: $companyId, month: $month) {
      month {
        locked
        lockedAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export type ParticipantTimeRow = ParticipantTimeQuery['participantTime']['rows'][number];

/** One month of a firm's participant time: the rows to attest, and the month's report (lock). */
export function useParticipantTime(companyId: MaybeRefOrGetter<string>, month: MaybeRefOrGetter<string>) {
  const query = useQuery(ParticipantTimeDocument, () => ({ companyId: toValue(companyId), month: toValue(month) }), { keepPrevious: true });
  return {
    company: computed(() => query.data.value?.company ?? null),
    time: computed(() => query.data.value?.participantTime ?? null),
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
    attest: useMutation(ParticipantTimeAttestDocument),
    lock: useMutation(ParticipantTimeLockDocument),
  };
}
