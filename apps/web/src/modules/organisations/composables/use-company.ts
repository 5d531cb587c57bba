import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';

const CompanyDocument = graphql(`
  query Company($id: ID!) {
    company(id: $id) {
      id
      name
      orgNumber
      sniCode
      industry
      municipality
      size
      employeeCount
      viewerCanManage
      region {
        code
        name
        ownerName
      }
    }
  }
`);

/** One firm's public details and whether the viewer may manage its employees. */
export function useCompany(id: MaybeRefOrGetter<string>) {
  const query = useQuery(CompanyDocument, () => ({ id: toValue(id) }));
  return {
    company: computed(() => query.data.value?.company ?? null),
    /** The API answers null for a firm that does not exist or is outside the viewer's scope. */
    missing: computed(() => query.data.value !== undefined && query.data.value.company === null),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
  };
}
