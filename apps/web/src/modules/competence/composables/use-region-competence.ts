import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { RegionCompetenceQuery } from '../../../gql/graphql.ts';

const RegionCompetenceDocument = graphql(`
  query RegionCompetence($code: ID!) {
    regions {
      code
      name
    }
    region(code: $code) {
      code
      name
      ownerName
      companyCount
    }
    byCompetence: gaps(groupBy: COMPETENCE, scope: { regionCode: $code }) {
      competence {
        id
        nameSv
        nameEn
      }
      people
      peopleWithGap
      totalGap
      weightedGap
      unassessed
      firms
    }
    byIndustry: gaps(groupBy: INDUSTRY, scope: { regionCode: $code }) {
      industry {
        sniCode
        name
      }
      people
      peopleWithGap
      totalGap
      weightedGap
      unassessed
      firms
    }
    byCompany: gaps(groupBy: COMPANY, scope: { regionCode: $code }) {
      company {
        id
        name
        sniCode
        industry
      }
      people
      peopleWithGap
      totalGap
      weightedGap
      unassessed
    }
    supplyPlanSummaries(regionCode: $code) {
      company {
        id
        name
      }
      planned
      inProgress
      done
      overdue
    }
  }
`);

/**
 * One competence across the county's industries: a single `gaps(groupBy: INDUSTRY)` narrowed
 * to the competence, so the comparison costs one request whichever competence is picked.
 */
const RegionCompetenceByIndustryDocument = graphql(`
  query RegionCompetenceByIndustry($code: ID!, $competenceId: ID!) {
    gaps(groupBy: INDUSTRY, scope: { regionCode: $code, competenceId: $competenceId }) {
      industry {
        sniCode
        name
      }
      people
      peopleWithGap
      totalGap
      weightedGap
      unassessed
      firms
    }
  }
`);

export type RegionGapRow = RegionCompetenceQuery['byCompetence'][number];
export type IndustryGapRow = RegionCompetenceQuery['byIndustry'][number];
export type CompanyGapRow = RegionCompetenceQuery['byCompany'][number];

/** A county's gaps by competence, industry and firm, and its firms' supply-plan progress. */
export function useRegionCompetence(code: MaybeRefOrGetter<string>) {
  const route = useRoute();
  const router = useRouter();
  const query = useQuery(RegionCompetenceDocument, () => ({ code: toValue(code) }), { keepPrevious: true });
  const compareId = computed(() => (typeof route.query.compare === 'string' ? route.query.compare : ''));
  const comparison = useQuery(
    RegionCompetenceByIndustryDocument,
    () => ({ code: toValue(code), competenceId: compareId.value }),
    { enabled: () => route.name === 'region-competence' && !!compareId.value, keepPrevious: true },
  );

  const data = computed(() => query.data.value);
  return {
    region: computed(() => data.value?.region ?? null),
    regions: computed(() => data.value?.regions ?? []),
    byCompetence: computed(() => (data.value?.byCompetence ?? []).filter((r) => r.competence)),
    byIndustry: computed(() => (data.value?.byIndustry ?? []).filter((r) => r.industry)),
    byCompany: computed(() => (data.value?.byCompany ?? []).filter((r) => r.company)),
    summaries: computed(() => data.value?.supplyPlanSummaries ?? []),
    loading: query.loading,
    error: query.error,
    loaded: computed(() => data.value !== undefined),
    missing: computed(() => data.value !== undefined && !data.value.region),
    refetch: query.refetch,
    compareId,
    comparison: computed(() => (compareId.value ? (comparison.data.value?.gaps ?? []).filter((r) => r.industry) : [])),
    comparisonLoading: comparison.loading,
    comparisonError: comparison.error,
    retryComparison: comparison.refetch,
    compare(competenceId: string) {
      return router.replace({ query: { ...route.query, compare: competenceId || undefined } });
    },
  };
}
