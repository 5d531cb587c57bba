import { useMutation } from '../../../composables/use-mutation.ts';
import { graphql } from '../../../gql/index.ts';

const AssessmentsRecordDocument = graphql(`
  mutation AssessmentsRecord($input: [AssessmentInput!]!) {
    assessmentsRecord(input: $input) {
      assessments {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/**
 * Records assessments, all or none, in one call. The API decides the source: SELF for the
 * person themself, MANAGER for their firm's admin.
 */
export function useAssessmentsRecord() {
  return useMutation(AssessmentsRecordDocument);
}
