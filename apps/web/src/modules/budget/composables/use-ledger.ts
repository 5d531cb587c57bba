import { computed, shallowRef, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { ApiError, request } from '../../../api/graphql.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { LedgerEntriesQuery } from '../../../gql/graphql.ts';
import {
  ledgerFilterFromQuery,
  ledgerFilterProblem,
  ledgerFilterToQuery,
  ledgerFilterVariables,
  ledgerCsvUrl,
  type LedgerFilterState,
} from '../utils/ledger-filter.ts';

const LedgerEntriesDocument = graphql(`
  query LedgerEntries($filter: LedgerFilter!, $first: Int, $after: String) {
    ledgerEntries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        budgetId
        kind
        category
        source
        amount
        occurredOn
        reason
        invoiceNumber
        enrolmentId
        overrideApproved
        createdAt
        createdBy
        company {
          id
          name
        }
        reverses {
          id
          occurredOn
          kind
        }
      }
    }
  }
`);

export type LedgerEntry = LedgerEntriesQuery['ledgerEntries']['nodes'][number];

const PAGE_SIZE = 50;

/**
 * The ledger with its filter in the URL, a page at a time: "load more" follows the keyset
 * cursor and appends, a new filter starts over from the first page.
 */
export function useLedger(routeName: string) {
  const route = useRoute();
  const router = useRouter();
  const filter = computed(() => ledgerFilterFromQuery(route.query));
  const problem = computed(() => ledgerFilterProblem(filter.value));
  const query = useQuery(
    LedgerEntriesDocument,
    () => ({ filter: ledgerFilterVariables(filter.value), first: PAGE_SIZE, after: null }),
    { enabled: () => route.name === routeName && problem.value === null },
  );

  const more = shallowRef<LedgerEntry[]>([]);
  const cursor = shallowRef<{ hasNextPage: boolean; endCursor?: string | null } | null>(null);
  const loadingMore = shallowRef(false);
  const moreError = shallowRef<ApiError>();
  watch(query.data, () => {
    more.value = [];
    cursor.value = null;
    moreError.value = undefined;
  });

  const pageInfo = computed(() => cursor.value ?? query.data.value?.ledgerEntries.pageInfo ?? null);

  async function loadMore(): Promise<void> {
    const after = pageInfo.value?.endCursor;
    if (!after || loadingMore.value) return;
    const asked = JSON.stringify(filter.value);
    loadingMore.value = true;
    moreError.value = undefined;
    try {
      const data = await request(LedgerEntriesDocument, { filter: ledgerFilterVariables(filter.value), first: PAGE_SIZE, after });
      // A filter changed meanwhile: this page belongs to the old list.
      if (asked !== JSON.stringify(filter.value)) return;
      more.value = [...more.value, ...data.ledgerEntries.nodes];
      cursor.value = data.ledgerEntries.pageInfo;
    } catch (caught) {
      moreError.value = ApiError.from(caught);
    } finally {
      loadingMore.value = false;
    }
  }

  function setFilter(patch: Partial<LedgerFilterState>) {
    return router.replace({ name: routeName, query: ledgerFilterToQuery({ ...filter.value, ...patch }) });
  }

  return {
    filter,
    problem,
    entries: computed(() => [...(query.data.value?.ledgerEntries.nodes ?? []), ...more.value]),
    totalCount: computed(() => query.data.value?.ledgerEntries.totalCount ?? 0),
    hasMore: computed(() => pageInfo.value?.hasNextPage ?? false),
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
    loadingMore,
    moreError,
    loadMore,
    setFilter,
    csvUrl: computed(() => ledgerCsvUrl(filter.value)),
  };
}
