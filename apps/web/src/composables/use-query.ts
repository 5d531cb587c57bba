import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref, type ShallowRef } from 'vue';
import { ApiError, request } from '../api/graphql.ts';

type Variables = Record<string, unknown>;

export interface UseQueryOptions {
  /** While false the query waits (keeps its last data); it runs as soon as it turns true. */
  enabled?: MaybeRefOrGetter<boolean>;
  /** Keep showing the previous data while new variables load (pagination, search). */
  keepPrevious?: boolean;
}

export interface UseQuery<TResult> {
  data: ShallowRef<TResult | undefined>;
  error: ShallowRef<ApiError | undefined>;
  loading: Ref<boolean>;
  refetch: () => Promise<void>;
}

/**
 * Runs a typed GraphQL query now and again whenever its variables change. Failures end up in
 * `error` (an ApiError to translate), never thrown into the template. Answers to superseded
 * variables are dropped, so fast typing in a search box cannot show stale results.
 */
export function useQuery<TResult, TVariables extends Variables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: MaybeRefOrGetter<TVariables>,
  options: UseQueryOptions = {},
): UseQuery<TResult> {
  const data = shallowRef<TResult>();
  const error = shallowRef<ApiError>();
  const loading = ref(false);
  let latest = 0;

  async function refetch(): Promise<void> {
    if (!toValue(options.enabled ?? true)) return;
    const ticket = ++latest;
    loading.value = true;
    error.value = undefined;
    if (!options.keepPrevious) data.value = undefined;
    try {
      const result = await request(document, ...([toValue(variables)] as [TVariables]));
      if (ticket === latest) data.value = result;
    } catch (caught) {
      if (ticket === latest) error.value = ApiError.from(caught);
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  watch(
    [() => JSON.stringify(toValue(variables)), () => toValue(options.enabled ?? true)],
    () => void refetch(),
    { immediate: true },
  );

  return { data, error, loading, refetch };
}
