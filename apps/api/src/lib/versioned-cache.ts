import type { Executor } from '@smartkompetens/db';
import { sql } from 'drizzle-orm';
import { rows } from './sql.ts';

/** Entries kept per database; the oldest go first. Old versions' entries are never read again. */
const MAX_ENTRIES = 500;
const caches = new WeakMap<Executor, Map<string, Promise<unknown>>>();

/**
 * Remembers a read whose result depends only on `key` and on data covered by the database's
 * version number `area` (`data_versions`, bumped by triggers in the writing transaction,
 * migration 0006). The version is read first, so a result can only ever be filed under a
 * version at most as new as the data it saw; after a write commits, every reader sees the new
 * version and misses. One small statement per call; per database handle (a transaction gets
 * its own, short-lived cache), in this process only.
 */
export async function versionedCache<T>(db: Executor, area: string, key: string, load: () => Promise<T>): Promise<T> {
  const [row] = await rows<{ version: string }>(db, sql`select version::text as version from data_versions where name = ${area}`);
  if (!row) return load();
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const fullKey = `${area}@${row.version}|${key}`;
  const known = cache.get(fullKey) as Promise<T> | undefined;
  if (known) return known;
  const loading = load();
  cache.set(fullKey, loading);
  loading.catch(() => cache.delete(fullKey));
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return loading;
}
