import type { IResolvers, MercuriusContext, MercuriusLoaders } from 'mercurius';

/** What a loader receives (each parent with the field's arguments) and answers, in order. */
type Loader = ((queries: { obj: unknown; params: unknown }[], ctx: MercuriusContext) => Promise<unknown[]>) & {
  /** Set by batchByKey: the parent's key, so equal questions in one request share one answer. */
  keyOf?: (parent: never) => string;
};

interface Batch {
  queries: { obj: unknown; params: unknown }[];
  settle: { resolve: (value: unknown) => void; reject: (error: unknown) => void }[];
}

/** Per request: the batch each loader is gathering this tick, and the answers by key so far. */
interface RequestState {
  batches: Map<Loader, Batch>;
  answers: Map<Loader, Map<string, Promise<unknown>>>;
}
const states = new WeakMap<object, RequestState>();

function stateOf(ctx: object): RequestState {
  let state = states.get(ctx);
  if (!state) states.set(ctx, (state = { batches: new Map(), answers: new Map() }));
  return state;
}

/** Queues a field for its loader; the batch runs once the current tick's resolvers have queued. */
function enqueue(ctx: MercuriusContext, loader: Loader, obj: unknown, params: unknown): Promise<unknown> {
  const { batches } = stateOf(ctx);
  let batch = batches.get(loader);
  if (!batch) {
    const fresh: Batch = (batch = { queries: [], settle: [] });
    batches.set(loader, fresh);
    process.nextTick(() => {
      batches.delete(loader);
      loader(fresh.queries, ctx).then(
        (values) => fresh.settle.forEach((s, i) => s.resolve(values[i])),
        (error: unknown) => fresh.settle.forEach((s) => s.reject(error)),
      );
    });
  }
  const queued = batch;
  return new Promise((resolve, reject) => {
    queued.queries.push({ obj, params });
    queued.settle.push({ resolve, reject });
  });
}

function hasArguments(params: unknown): boolean {
  for (const _ in params as object) return true;
  return false;
}

/**
 * Turns loaders (type → field → batch function) into resolvers that batch per request and tick,
 * like Mercurius' own loaders but without their cache key: Mercurius serialises every parent
 * object with its arguments (safe-stable-stringify) to deduplicate, which for a skills matrix of
 * thousands of cells cost a fifth of the request's CPU (decision 0023). Loaders made by
 * `batchByKey` are deduplicated by the parent's key and the arguments instead. A batch belongs to
 * the loader function, not the field: fields sharing a loader (every `competence` field uses
 * one) share its batch and its answers.
 */
export function loaderResolvers(loaders: MercuriusLoaders): IResolvers {
  const resolvers: Record<string, Record<string, unknown>> = {};
  for (const [type, fields] of Object.entries(loaders as Record<string, Record<string, Loader>>)) {
    resolvers[type] = {};
    for (const [field, loader] of Object.entries(fields)) {
      const keyOf = loader.keyOf as ((parent: unknown) => string) | undefined;
      resolvers[type][field] = (obj: unknown, params: unknown, ctx: MercuriusContext) => {
        if (!keyOf) return enqueue(ctx, loader, obj, params);
        const { answers } = stateOf(ctx);
        let known = answers.get(loader);
        if (!known) answers.set(loader, (known = new Map()));
        const id = hasArguments(params) ? `${JSON.stringify(params)}|${keyOf(obj)}` : keyOf(obj);
        let answer = known.get(id);
        if (!answer) known.set(id, (answer = enqueue(ctx, loader, obj, params)));
        return answer;
      };
    }
  }
  return resolvers as IResolvers;
}
