import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { MyCoursesQuery } from '../../../gql/graphql.ts';
import { isLive } from '../utils/enrolment-status.ts';

const MyCoursesDocument = graphql(`
  query MyCourses($employeeId: ID!) {
    employee(id: $employeeId) {
      id
      firstName
      enrolments {
        id
        status
        createdAt
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
          status
          registrationDeadline
          course {
            id
            titleSv
            titleEn
            lengthHours
            provider {
              id
              name
            }
          }
        }
      }
      assessmentPrompts {
        completedOn
        competence {
          id
          nameSv
          nameEn
        }
        course {
          id
          titleSv
          titleEn
        }
      }
    }
  }
`);

export type MyEnrolment = NonNullable<MyCoursesQuery['employee']>['enrolments'][number];

/**
 * An employee's own courses: what is coming (requests, seats, waiting lists, offers) and what
 * is done, plus the competences a finished course calls for re-assessing.
 */
export function useMyCourses(employeeId: MaybeRefOrGetter<string | null>, today: MaybeRefOrGetter<string>) {
  const query = useQuery(MyCoursesDocument, () => ({ employeeId: toValue(employeeId) ?? '' }), { enabled: () => !!toValue(employeeId) });
  const all = computed(() => query.data.value?.employee?.enrolments ?? []);
  return {
    employee: computed(() => query.data.value?.employee ?? null),
    /** Live enrolments on occasions that have not ended, soonest first. */
    upcoming: computed(() =>
      all.value
        .filter((e) => isLive(e.status) && e.occasion.endsOn >= toValue(today))
        .sort((a, b) => a.occasion.startsOn.localeCompare(b.occasion.startsOn)),
    ),
    /** Everything else: taken part, cancelled, or an occasion that is over. Newest first. */
    past: computed(() => all.value.filter((e) => !(isLive(e.status) && e.occasion.endsOn >= toValue(today)))),
    prompts: computed(() => query.data.value?.employee?.assessmentPrompts ?? []),
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
  };
}
