import { computed } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';

const ProgrammeCompetenceDocument = graphql(`
  query ProgrammeCompetence {
    byRegion: gaps(groupBy: REGION) {
      region {
        code
        name
        ownerName
        companyCount
      }
      people
      peopleWithGap
      totalGap
      weightedGap
      unassessed
      firms
    }
    byCompetence: gaps(groupBy: COMPETENCE) {
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
  }
`);

/** The programme across its counties: where to look first, before opening one county. */
export function useProgrammeCompetence() {
  const query = useQuery(ProgrammeCompetenceDocument, {});
  return {
    byRegion: computed(() => (query.data.value?.byRegion ?? []).filter((r) => r.region)),
    byCompetence: computed(() => (query.data.value?.byCompetence ?? []).filter((r) => r.competence)),
    loading: query.loading,
    error: query.error,
    loaded: computed(() => query.data.value !== undefined),
    refetch: query.refetch,
  };
}
