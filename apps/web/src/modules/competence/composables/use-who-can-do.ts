import { computed, ref, shallowRef, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { ApiError, request } from '../../../api/graphql.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { WhoCanDoQuery } from '../../../gql/graphql.ts';

const WhoCanDoDocument = graphql(`
  query WhoCanDo($competenceId: ID!, $minLevel: Int!, $first: Int!, $after: String) {
    whoCanDo(competenceId: $competenceId, minLevel: $minLevel, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        level
        source
        assessedOn
        employee {
          id
          firstName
          lastName
          jobTitle
          company {
            id
            name
          }
        }
      }
    }
  }
`);

export type Holder = WhoCanDoQuery['whoCanDo']['nodes'][number];
export const WHO_CAN_DO_PAGE = 20;

/**
 * "Who can do X": people at or above a level in a competence, for staffing and finding mentors.
 * The question lives in the URL (`?who=<competence>&min=3`) so a result can be shared.
 */
export function useWhoCanDo(routeName: string) {
  const route = useRoute();
  const router = useRouter();
  const competenceId = computed(() => (typeof route.query.who === 'string' ? route.query.who : ''));
  const minLevel = computed(() => {
    const n = Number(route.query.min);
    return Number.isInteger(n) && n >= 1 && n <= 5 ? n : 3;
  });

  const query = useQuery(
    WhoCanDoDocument,
    () => ({ competenceId: competenceId.value, minLevel: minLevel.value, first: WHO_CAN_DO_PAGE, after: null }),
    { enabled: () => route.name === routeName && !!competenceId.value },
  );

  const more = shallowRef<Holder[]>([]);
  const cursor = ref<string | null>(null);
  const hasMore = ref(false);
  const loadingMore = ref(false);
  const moreError = shallowRef<ApiError>();
  watch(query.data, (data) => {
    more.value = [];
    cursor.value = data?.whoCanDo.pageInfo.endCursor ?? null;
    hasMore.value = data?.whoCanDo.pageInfo.hasNextPage ?? false;
  });

  async function loadMore() {
    if (!cursor.value) return;
    loadingMore.value = true;
    moreError.value = undefined;
    try {
      const data = await request(WhoCanDoDocument, {
        competenceId: competenceId.value,
        minLevel: minLevel.value,
        first: WHO_CAN_DO_PAGE,
        after: cursor.value,
      });
      more.value = [...more.value, ...data.whoCanDo.nodes];
      cursor.value = data.whoCanDo.pageInfo.endCursor ?? null;
      hasMore.value = data.whoCanDo.pageInfo.hasNextPage;
    } catch (error) {
      moreError.value = ApiError.from(error);
    } finally {
      loadingMore.value = false;
    }
  }

  return {
    competenceId,
    minLevel,
    asked: computed(() => !!competenceId.value),
    holders: computed(() => [...(query.data.value?.whoCanDo.nodes ?? []), ...more.value]),
    totalCount: computed(() => query.data.value?.whoCanDo.totalCount ?? 0),
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
    hasMore,
    loadingMore,
    moreError,
    loadMore,
    ask(next: { competenceId: string; minLevel: number }) {
      return router.replace({ query: { ...route.query, who: next.competenceId || undefined, min: String(next.minLevel) } });
    },
  };
}
