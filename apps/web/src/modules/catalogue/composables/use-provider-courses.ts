import { computed } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { ProviderCoursesQuery } from '../../../gql/graphql.ts';
import { useSessionStore } from '../../../stores/session.ts';

const ProviderCoursesDocument = graphql(`
  query ProviderCourses($providerId: ID!) {
    courses(search: { providerId: $providerId }, sort: TITLE, first: 50) {
      totalCount
      nodes {
        id
        titleSv
        titleEn
        format
        lengthHours
        pricePerParticipant
        pricePerOccasion
        upcomingOccasions(first: 1) {
          id
          startsOn
          seats
          seatsLeft
          waitlistLength
          status
        }
        evaluationSummary {
          count
          average
        }
      }
    }
  }
`);

export type ProviderCourse = ProviderCoursesQuery['courses']['nodes'][number];

/** The signed-in provider's own courses (the catalogue leaves retired ones out). */
export function useProviderCourses() {
  const session = useSessionStore();
  const providerId = computed(() => session.activeMembership?.provider?.id ?? null);
  const query = useQuery(ProviderCoursesDocument, () => ({ providerId: providerId.value ?? '' }), { enabled: () => !!providerId.value });
  return {
    providerId,
    provider: computed(() => session.activeMembership?.provider ?? null),
    courses: computed(() => query.data.value?.courses.nodes ?? []),
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
  };
}
