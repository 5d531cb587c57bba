import type { MercuriusContext } from 'mercurius';

/** What Mercurius hands a loader: each parent object with the field's arguments. */
export type LoaderQueries<P, A = Record<string, never>> = readonly { obj: P; params: A }[];

/**
 * A batched loader for a field whose value depends on the parent's key and the arguments:
 * parents asking with the same arguments share one service call (one SQL statement).
 */
export function batchByKey<P, A, V>(
  keyOf: (parent: P) => string,
  load: (ctx: MercuriusContext, keys: string[], params: A) => Promise<Map<string, V>>,
  fallback: V | null = null,
) {
  const batch = async (queries: LoaderQueries<P, A>, ctx: MercuriusContext): Promise<(V | null)[]> => {
    const groups = new Map<string, { params: A; indexes: number[] }>();
    queries.forEach((q, index) => {
      const signature = JSON.stringify(q.params ?? {});
      const group = groups.get(signature) ?? { params: q.params, indexes: [] };
      group.indexes.push(index);
      groups.set(signature, group);
    });
    const results: (V | null)[] = new Array(queries.length).fill(fallback);
    for (const { params, indexes } of groups.values()) {
      const values = await load(ctx, indexes.map((i) => keyOf(queries[i]!.obj)), params ?? ({} as A));
      for (const i of indexes) results[i] = values.get(keyOf(queries[i]!.obj)) ?? fallback;
    }
    return results;
  };
  // Equal keys with equal arguments share one answer within a request (graphql/batching.ts).
  return Object.assign(batch, { keyOf });
}
