import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
// The printer alone, not the `graphql` barrel: the SPA needs nothing else from the library.
import { print } from 'graphql/language/printer';
import { ApiError, toApiErrorCode, type GraphQLErrorShape } from './api-error.ts';

export { ApiError } from './api-error.ts';

type Variables = Record<string, unknown>;

/** Operations without variables may be called without them; all others require them. */
export type VariablesArg<TVariables> = [TVariables] extends [Record<string, never>]
  ? [variables?: TVariables]
  : [variables: TVariables];

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorShape[];
}

const printed = new WeakMap<DocumentNode, { query: string; operationName: string | undefined }>();

function serialise(document: DocumentNode) {
  let entry = printed.get(document);
  if (!entry) {
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
    entry = {
      query: print(document),
      operationName: operation && 'name' in operation ? operation.name?.value : undefined,
    };
    printed.set(document, entry);
  }
  return entry;
}

let onUnauthenticated: (() => void) | undefined;

/** Called once per UNAUTHENTICATED answer, e.g. when the session expired in another tab. */
export function setUnauthenticatedHandler(handler: (() => void) | undefined): void {
  onUnauthenticated = handler;
}

/**
 * Sends one typed GraphQL operation to `/graphql` and returns its data. Throws `ApiError` for
 * anything that is not a clean answer: network failure, an HTTP error, or top-level `errors`.
 * (Mutations' expected failures are `userErrors` inside `data` and are not thrown.)
 */
export async function request<TResult, TVariables extends Variables = Variables>(
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<TResult> {
  const { query, operationName } = serialise(document);
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables: variables ?? {}, operationName }),
    });
  } catch (error) {
    throw new ApiError('NETWORK', error instanceof Error ? error.message : 'network error');
  }

  let body: GraphQLResponse<TResult> | undefined;
  if (response.headers.get('content-type')?.includes('json')) {
    body = (await response.json().catch(() => undefined)) as GraphQLResponse<TResult> | undefined;
  }

  const first = body?.errors?.[0];
  if (first || !response.ok || !body?.data) {
    const code = toApiErrorCode(first?.extensions?.code, response.ok ? undefined : response.status);
    if (code === 'UNAUTHENTICATED') onUnauthenticated?.();
    throw new ApiError(code, first?.message ?? `HTTP ${response.status}`, {
      status: response.status,
      errors: body?.errors ?? [],
    });
  }
  return body.data;
}
