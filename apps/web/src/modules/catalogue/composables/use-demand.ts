import { employeeGroups, type EmployeeGroup } from '@smartkompetens/domain';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { CourseDemandQuery } from '../../../gql/graphql.ts';

const CourseDemandDocument = graphql(`
  query CourseDemand($regionCode: ID, $competenceId: ID, $group: EmployeeGroup, $withCompanies: Boolean!) {
    demand(regionCode: $regionCode, competenceId: $competenceId, group: $group) {
      competence {
        id
        nameSv
        nameEn
      }
      region {
        code
        name
      }
      targetLevel
      group
      people
      firms
      planned
      unmet
      hasCourse
      hasUpcomingOccasion
      suppressed
      companies @include(if: $withCompanies) {
        id
        name
      }
    }
  }
`);

export type DemandCell = CourseDemandQuery['demand'][number];

export interface DemandFilter {
  county: string;
  competence: string;
  group: EmployeeGroup | '';
}

function one(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

/**
 * Course demand with its filters in the URL. `fixedCounty` pins the county for viewers who
 * may see only their own (region admins, providers of a county).
 */
export function useDemand(options: { fixedCounty: MaybeRefOrGetter<string | null>; withCompanies: boolean; routeName: string }) {
  const route = useRoute();
  const router = useRouter();
  const filter = computed<DemandFilter>(() => {
    const group = one(route.query.group);
    const county = one(route.query.county);
    return {
      county: toValue(options.fixedCounty) ?? (/^\d{2}$/.test(county) ? county : ''),
      competence: one(route.query.competence),
      group: (employeeGroups as readonly string[]).includes(group) ? (group as EmployeeGroup) : '',
    };
  });
  const variables = computed(() => ({
    regionCode: filter.value.county || null,
    competenceId: filter.value.competence || null,
    group: filter.value.group || null,
    withCompanies: options.withCompanies,
  }));
  const query = useQuery(CourseDemandDocument, variables, { enabled: () => route.name === options.routeName, keepPrevious: true });

  /** The same rows as CSV from the REST API; the session cookie authenticates the download. */
  const csvUrl = computed(() => {
    const params = new URLSearchParams({ format: 'csv' });
    if (filter.value.county) params.set('regionCode', filter.value.county);
    if (filter.value.competence) params.set('competenceId', filter.value.competence);
    if (filter.value.group) params.set('group', filter.value.group);
    return `/api/v1/demand?${params.toString()}`;
  });

  function setFilter(patch: Partial<DemandFilter>) {
    const next = { ...filter.value, ...patch };
    const q: LocationQueryRaw = {};
    if (next.county && !toValue(options.fixedCounty)) q.county = next.county;
    if (next.competence) q.competence = next.competence;
    if (next.group) q.group = next.group;
    return router.replace({ name: options.routeName, query: q });
  }

  return {
    filter,
    cells: computed(() => query.data.value?.demand ?? []),
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
    csvUrl,
    setFilter,
  };
}
