import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { CatalogueCoursesQuery } from '../../../gql/graphql.ts';
import {
  COURSE_PAGE_SIZE,
  MAX_COURSES_SHOWN,
  courseSearchQuery,
  courseSearchState,
  courseSearchVariables,
  emptyCourseSearch,
  isFiltered,
  type CourseSearchState,
} from '../utils/course-search.ts';

const CatalogueCoursesDocument = graphql(`
  query CatalogueCourses($search: CourseSearch, $sort: CourseSort, $first: Int!) {
    courses(search: $search, sort: $sort, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        ...CourseCard
      }
    }
  }
`);

graphql(`
  fragment CourseCard on Course {
    id
    titleSv
    titleEn
    format
    audience
    lengthHours
    pricePerParticipant
    pricePerOccasion
    provider {
      id
      name
    }
    competences {
      targetLevel
      competence {
        id
        nameSv
        nameEn
      }
    }
    upcomingOccasions(first: 5) {
      id
      startsOn
      online
      municipality
      region {
        code
        name
      }
      seatsLeft
      waitlistLength
      status
      registrationDeadline
    }
  }
`);

export type CourseCardData = CatalogueCoursesQuery['courses']['nodes'][number];

/**
 * The catalogue search: every filter, the sort and how many pages are shown live in the URL,
 * so a search can be shared, reloaded and returned to with "back".
 */
export function useCourseSearch() {
  const route = useRoute();
  const router = useRouter();
  const onSearch = computed(() => route.name === 'catalogue');
  const state = computed(() => courseSearchState(route.query));
  const variables = computed(() => courseSearchVariables(state.value));
  const query = useQuery(CatalogueCoursesDocument, variables, { enabled: onSearch, keepPrevious: true });
  const connection = computed(() => query.data.value?.courses);

  function navigate(next: CourseSearchState, replace: boolean) {
    const location = { name: 'catalogue' as const, query: courseSearchQuery(next) };
    return replace ? router.replace(location) : router.push(location);
  }

  return {
    state,
    courses: computed(() => connection.value?.nodes ?? []),
    totalCount: computed(() => connection.value?.totalCount ?? 0),
    hasMore: computed(() => (connection.value?.pageInfo.hasNextPage ?? false) && state.value.pages * COURSE_PAGE_SIZE < MAX_COURSES_SHOWN),
    filtered: computed(() => isFiltered(state.value)),
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
    /** A new filter starts from the first page; typing replaces the history entry. */
    setFilters(patch: Partial<CourseSearchState>, replace = false) {
      return navigate({ ...state.value, ...patch, pages: 1 }, replace);
    },
    clearFilters() {
      return navigate({ ...emptyCourseSearch, sort: state.value.sort }, false);
    },
    showMore() {
      return navigate({ ...state.value, pages: state.value.pages + 1 }, true);
    },
  };
}
