import type { Executor } from '@smartkompetens/db';
import { sql } from 'drizzle-orm';
import { rows } from './sql.ts';

/** Entries kept per database; the oldest go first. Old versions' entries are never read again. */
const MAX_ENTRIES = 500;
const caches = new WeakMap<Executor, Map<string, Promise<unknown>>>();

/**
 * Remembers a read whose result depends only on `key`, on today's date and on the data covered
 * by the database's version numbers `areas` (`data_versions`, bumped by triggers in the writing
 * transaction, migrations 0006 and 0009). An area ending in `*` stands for every version whose
 * name starts with what precedes it (`enrolments:*`: every county's); an area without a row
 * counts as version 0 (nothing written since its trigger came). The versions are read first, so
 * a result can only ever be filed under versions at most as new as the data it saw; after a
 * write commits, every reader sees a new version and misses. One small statement per call; per
 * database handle (a transaction gets its own, short-lived cache), in this process only.
 */
export async function versionedCache<T>(db: Executor, areas: string | readonly string[], key: string, load: () => Promise<T>): Promise<T> {
  const names = typeof areas === 'string' ? [areas] : areas;
  const matches = names.map((n) => (n.endsWith('*') ? sql`starts_with(name, ${n.slice(0, -1)})` : sql`name = ${n}`));
  const [state] = await rows<{ today: string; versions: string | null }>(
    db,
    sql`select current_date::text as today,
          (select string_agg(name || '@' || version, ',' order by name) from data_versions where ${sql.join(matches, sql` or `)}) as versions`,
  );
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const fullKey = `${names.join(',')}@${state!.today}[${state!.versions ?? ''}]|${key}`;
  const known = cache.get(fullKey) as Promise<T> | undefined;
  if (known) return known;
  const loading = load();
  cache.set(fullKey, loading);
  loading.catch(() => cache.delete(fullKey));
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return loading;
}
