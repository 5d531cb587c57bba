import { employeeGroups, type EmployeeGroup } from '@smartkompetens/domain';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { CourseRecommendationsQuery } from '../../../gql/graphql.ts';

const CourseRecommendationsDocument = graphql(`
  query CourseRecommendations($companyId: ID!, $employeeId: ID, $group: EmployeeGroup) {
    company(id: $companyId) {
      id
      name
      region {
        code
        name
      }
    }
    recommendedCourses(companyId: $companyId, employeeId: $employeeId, group: $group, first: 20) {
      weightedGapClosed
      gapLevelsClosed
      people
      pricePerGapLevel
      course {
        id
        titleSv
        titleEn
        format
        lengthHours
        pricePerParticipant
        provider {
          id
          name
        }
      }
      steps {
        fromLevel
        toLevel
        people
        competence {
          id
          nameSv
          nameEn
        }
      }
      nextOccasions(first: 3) {
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
  }
`);

const RecommendationPeopleDocument = graphql(`
  query RecommendationPeople($companyId: ID!) {
    company(id: $companyId) {
      id
      employees(first: 100) {
        nodes {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

const CompanyTopGapsDocument = graphql(`
  query CompanyTopGaps($companyId: ID!, $group: EmployeeGroup) {
    gaps(groupBy: COMPETENCE, scope: { companyId: $companyId, group: $group }) {
      competence {
        id
        nameSv
        nameEn
      }
      peopleWithGap
      totalGap
      weightedGap
    }
  }
`);

export type Recommendation = CourseRecommendationsQuery['recommendedCourses'][number];

export interface RecommendationFilter {
  competence: string;
  group: EmployeeGroup | '';
  employee: string;
}

/** How many of the firm's largest gaps are offered as shortcuts. */
export const TOP_GAPS = 5;

function one(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

/**
 * Courses for a firm ranked by how much of its weighted gap they close, for the whole firm, a
 * group or one person, optionally only those closing one competence (a gap picked from the
 * firm's largest). The filters live in the URL.
 */
export function useRecommendations(companyId: MaybeRefOrGetter<string>) {
  const route = useRoute();
  const router = useRouter();
  const filter = computed<RecommendationFilter>(() => {
    const group = one(route.query.group);
    return {
      competence: one(route.query.competence),
      group: (employeeGroups as readonly string[]).includes(group) ? (group as EmployeeGroup) : '',
      // A person and a group exclude each other (the API refuses both).
      employee: group ? '' : one(route.query.employee),
    };
  });
  const onPage = computed(() => route.name === 'catalogue-recommendations');
  const query = useQuery(
    CourseRecommendationsDocument,
    () => ({ companyId: toValue(companyId), employeeId: filter.value.employee || null, group: filter.value.group || null }),
    { enabled: onPage, keepPrevious: true },
  );
  const gaps = useQuery(CompanyTopGapsDocument, () => ({ companyId: toValue(companyId), group: filter.value.group || null }), {
    enabled: onPage,
    keepPrevious: true,
  });

  const people = useQuery(RecommendationPeopleDocument, () => ({ companyId: toValue(companyId) }), { enabled: onPage });

  const all = computed(() => query.data.value?.recommendedCourses ?? []);
  const recommendations = computed(() =>
    filter.value.competence ? all.value.filter((r) => r.steps.some((s) => s.competence.id === filter.value.competence)) : all.value,
  );
  const topGaps = computed(() =>
    [...(gaps.data.value?.gaps ?? [])]
      .filter((g) => g.competence && (g.weightedGap ?? 0) > 0)
      .sort((a, b) => (b.weightedGap ?? 0) - (a.weightedGap ?? 0))
      .slice(0, TOP_GAPS),
  );

  function setFilter(patch: Partial<RecommendationFilter>) {
    const next = { ...filter.value, ...patch };
    if (patch.group) next.employee = '';
    if (patch.employee) next.group = '';
    const q: LocationQueryRaw = {};
    if (next.competence) q.competence = next.competence;
    if (next.group) q.group = next.group;
    if (next.employee) q.employee = next.employee;
    return router.replace({ name: 'catalogue-recommendations', params: { id: toValue(companyId) }, query: q });
  }

  return {
    filter,
    company: computed(() => query.data.value?.company ?? null),
    employees: computed(() =>
      [...(people.data.value?.company?.employees.nodes ?? [])].sort((a, b) => `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`, 'sv')),
    ),
    recommendations,
    totalRecommendations: computed(() => all.value.length),
    topGaps,
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
    setFilter,
  };
}
