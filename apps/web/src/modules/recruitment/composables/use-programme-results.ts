import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';

const ProgrammeResultsDocument = graphql(`
  query ProgrammeResults {
    programmeResults {
      totals {
        firms
        participants
        trainingHours
        gapsClosed
      }
      counties {
        regionCode
        regionName
        firms
        joinedFirms
        participants
        trainingHours
        gapsClosed
        suppressed
      }
      participants {
        regionCode
        group
        gender
        participants
        suppressed
      }
      topCompetences {
        competenceCode
        nameSv
        nameEn
        people
        firms
      }
    }
  }
`);

/** The programme's public figures: the same for everyone, no sign-in. */
export function useProgrammeResults() {
  return useQuery(ProgrammeResultsDocument, {});
}
