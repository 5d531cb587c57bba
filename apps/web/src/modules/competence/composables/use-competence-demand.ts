import type { EmployeeGroup } from '@smartkompetens/domain';
import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { CompetenceDemandQuery } from '../../../gql/graphql.ts';
import { useSessionStore } from '../../../stores/session.ts';

const CompetenceDemandDocument = graphql(`
  query CompetenceDemand($regionCode: ID, $group: EmployeeGroup) {
    regions {
      code
      name
    }
    byCompetence: gaps(groupBy: COMPETENCE, scope: { regionCode: $regionCode, group: $group }) {
      competence {
        id
        code
        nameSv
        nameEn
        area {
          id
          nameSv
          nameEn
        }
      }
      people
      peopleWithGap
      totalGap
      weightedGap
      unassessed
      firms
      suppressed
    }
    byGroup: gaps(groupBy: GROUP, scope: { regionCode: $regionCode }) {
      group
      people
      peopleWithGap
      totalGap
      weightedGap
      unassessed
      firms
      suppressed
    }
  }
`);

export type DemandRow = CompetenceDemandQuery['byCompetence'][number];
export type DemandGroupRow = CompetenceDemandQuery['byGroup'][number];

/** `?region=all` asks for the whole programme; no parameter means the provider's own county. */
export const WHOLE_PROGRAMME = 'all';

/**
 * What training providers may see: anonymised gaps by competence over their county or the
 * whole programme, with cells too small to publish suppressed by the API.
 */
export function useCompetenceDemand() {
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const homeRegion = computed(() => session.activeMembership?.provider?.region?.code ?? session.activeMembership?.region?.code ?? '');
  const region = computed(() => {
    const asked = typeof route.query.region === 'string' ? route.query.region : '';
    return asked || homeRegion.value || WHOLE_PROGRAMME;
  });
  const group = computed<EmployeeGroup | ''>(() =>
    route.query.group === 'STAFF' || route.query.group === 'MANAGEMENT' ? route.query.group : '',
  );

  const query = useQuery(
    CompetenceDemandDocument,
    () => ({ regionCode: region.value === WHOLE_PROGRAMME ? null : region.value, group: group.value || null }),
    { enabled: () => route.name === 'competence-demand', keepPrevious: true },
  );

  // Suppressed cells go last: their place in a ranking would hint at what is hidden.
  const rows = computed(() => {
    const all = (query.data.value?.byCompetence ?? []).filter((r) => r.competence);
    return [...all.filter((r) => !r.suppressed), ...all.filter((r) => r.suppressed)];
  });

  return {
    region,
    group,
    regions: computed(() => query.data.value?.regions ?? []),
    rows,
    shown: computed(() => rows.value.filter((r) => !r.suppressed)),
    suppressedCount: computed(() => rows.value.filter((r) => r.suppressed).length),
    byGroup: computed(() => query.data.value?.byGroup ?? []),
    loading: query.loading,
    error: query.error,
    loaded: computed(() => query.data.value !== undefined),
    refetch: query.refetch,
    choose(patch: { region?: string; group?: string }) {
      const next = { region: patch.region ?? region.value, group: patch.group ?? group.value };
      return router.replace({ query: { region: next.region, group: next.group || undefined } });
    },
  };
}
