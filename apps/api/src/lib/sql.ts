import type { Executor } from '@smartkompetens/db';
import type { SQL } from 'drizzle-orm';

/**
 * Runs a hand-written aggregate and returns its rows. Both drivers put rows on `.rows`.
 * Cast counts to int in the SQL (`::int`): bigint comes back as a string from pg.
 */
export async function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
