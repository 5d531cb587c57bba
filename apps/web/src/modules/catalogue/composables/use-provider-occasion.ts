import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { ProviderOccasionQuery } from '../../../gql/graphql.ts';

const ProviderOccasionDocument = graphql(`
  query ProviderOccasion($id: ID!) {
    occasion(id: $id) {
      id
      startsOn
      endsOn
      online
      municipality
      region {
        code
        name
      }
      seats
      seatsLeft
      waitlistLength
      registrationDeadline
      status
      course {
        id
        titleSv
        titleEn
        provider {
          id
          name
        }
      }
      participants {
        enrolmentId
        name
        status
      }
    }
  }
`);

export type ProviderOccasion = NonNullable<ProviderOccasionQuery['occasion']>;

/** One occasion with its participants, for the attendance list. */
export function useProviderOccasion(id: MaybeRefOrGetter<string | undefined>) {
  const query = useQuery(ProviderOccasionDocument, () => ({ id: toValue(id) ?? '' }), { enabled: () => !!toValue(id), keepPrevious: true });
  return {
    occasion: computed(() => query.data.value?.occasion ?? null),
    missing: computed(() => query.data.value !== undefined && query.data.value.occasion === null),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
  };
}
