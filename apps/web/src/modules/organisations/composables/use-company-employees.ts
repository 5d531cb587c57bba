import { computed, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { ApiError, request } from '../../../api/graphql.ts';
import { useDebounced } from '../../../composables/use-debounced.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { CompanyEmployeesQuery } from '../../../gql/graphql.ts';

export const EMPLOYEES_PAGE_SIZE = 50;

const CompanyEmployeesDocument = graphql(`
  query CompanyEmployees($id: ID!, $first: Int!, $after: String, $search: String, $includeInactive: Boolean!) {
    company(id: $id) {
      id
      employees(first: $first, after: $after, search: $search, includeInactive: $includeInactive) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          firstName
          lastName
          email
          jobTitle
          group
          employmentStart
          active
        }
      }
    }
  }
`);

type Connection = NonNullable<CompanyEmployeesQuery['company']>['employees'];
export type EmployeeRow = Connection['nodes'][number];

/**
 * A firm's employees with search and the "show inactive" toggle kept in the URL
 * (`?search=…&inactive=1`). Further pages are appended ("show more") rather than paged: the
 * list is read top to bottom, and the firms are small.
 */
export function useCompanyEmployees(companyId: MaybeRefOrGetter<string>, enabled: MaybeRefOrGetter<boolean>) {
  const route = useRoute();
  const router = useRouter();
  const onPage = computed(() => route.name === 'company');

  const search = ref(typeof route.query.search === 'string' ? route.query.search : '');
  const settledSearch = useDebounced(search);
  const includeInactive = computed({
    get: () => route.query.inactive === '1',
    set: (value: boolean) => {
      void router.push({ query: { ...route.query, inactive: value ? '1' : undefined } });
    },
  });

  watch(settledSearch, (value) => {
    if (!onPage.value) return;
    void router.replace({ query: { ...route.query, search: value.trim() || undefined } });
  });
  // Back/forward changes the URL under the box: follow it.
  watch(
    () => route.query.search,
    (value) => {
      const text = typeof value === 'string' ? value : '';
      if (onPage.value && text !== search.value.trim()) search.value = text;
    },
  );

  const variables = computed(() => ({
    id: toValue(companyId),
    first: EMPLOYEES_PAGE_SIZE,
    after: null,
    search: typeof route.query.search === 'string' && route.query.search ? route.query.search : null,
    includeInactive: route.query.inactive === '1',
  }));

  const query = useQuery(CompanyEmployeesDocument, variables, {
    enabled: () => toValue(enabled) && onPage.value,
    keepPrevious: true,
  });

  // Pages fetched by "show more" after the first; dropped when search or toggle change.
  const extraPages = shallowRef<Connection[]>([]);
  const loadingMore = ref(false);
  const moreError = shallowRef<ApiError>();
  watch(query.data, () => {
    extraPages.value = [];
  });

  const firstPage = computed(() => query.data.value?.company?.employees);
  const lastPage = computed(() => extraPages.value.at(-1) ?? firstPage.value);
  const rows = computed(() => [firstPage.value, ...extraPages.value].flatMap((page) => page?.nodes ?? []));

  async function loadMore() {
    const after = lastPage.value?.pageInfo.endCursor;
    if (!after) return;
    loadingMore.value = true;
    moreError.value = undefined;
    try {
      const data = await request(CompanyEmployeesDocument, { ...variables.value, after });
      const page = data.company?.employees;
      if (page) extraPages.value = [...extraPages.value, page];
    } catch (error) {
      moreError.value = ApiError.from(error);
    } finally {
      loadingMore.value = false;
    }
  }

  return {
    search,
    includeInactive,
    searching: computed(() => !!variables.value.search),
    rows,
    totalCount: computed(() => firstPage.value?.totalCount ?? 0),
    hasMore: computed(() => lastPage.value?.pageInfo.hasNextPage ?? false),
    loadMore,
    loadingMore,
    moreError,
    loading: query.loading,
    loaded: computed(() => query.data.value !== undefined),
    error: query.error,
    refetch: query.refetch,
  };
}
