import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { ApiError, request } from '../api/graphql.ts';

type Variables = Record<string, unknown>;

export interface UseMutation<TResult, TVariables> {
  /** Resolves with the payload, or undefined when the request failed (see `error`). */
  mutate: (variables: TVariables) => Promise<TResult | undefined>;
  loading: Ref<boolean>;
  error: ShallowRef<ApiError | undefined>;
}

/** A typed GraphQL mutation with a busy flag; top-level failures land in `error`. */
export function useMutation<TResult, TVariables extends Variables>(
  document: TypedDocumentNode<TResult, TVariables>,
): UseMutation<TResult, TVariables> {
  const loading = ref(false);
  const error = shallowRef<ApiError>();

  async function mutate(variables: TVariables): Promise<TResult | undefined> {
    loading.value = true;
    error.value = undefined;
    try {
      return await request(document, ...([variables] as [TVariables]));
    } catch (caught) {
      error.value = ApiError.from(caught);
      return undefined;
    } finally {
      loading.value = false;
    }
  }

  return { mutate, loading, error };
}
