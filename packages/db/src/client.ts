import { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** Both drivers' databases share this type, so services never know which one runs. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Services take either, so a caller can compose several writes in one transaction. */
export type Executor = Database | Transaction;

export interface DatabaseOptions {
  /** A PostgreSQL connection string. Without it the embedded PGlite is used. */
  url?: string | undefined;
  /** Where PGlite keeps its files; undefined means in memory (tests). */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL; PGlite always serves one connection. */
  poolSize?: number;
  /** Called with every SQL statement and its parameters: used to count statements per request. */
  onQuery?: (sql: string, params: unknown[]) => void;
}

export interface DatabaseHandle {
  db: Database;
  kind: 'postgres' | 'pglite';
  /** Applies the committed migrations; idempotent. */
  migrate(): Promise<void>;
  /** Runs a trivial query, for readiness checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const defaultMigrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

export async function createDatabase(
  options: DatabaseOptions = {},
  migrationsFolder: string = defaultMigrationsFolder,
): Promise<DatabaseHandle> {
  const logger: Logger | undefined = options.onQuery
    ? { logQuery: (query, params) => options.onQuery?.(query, params) }
    : undefined;
  const config = { schema, casing: 'snake_case' as const, ...(logger ? { logger } : {}) };

  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
    });
    // An idle connection dropped by the server (restart, failover) emits 'error' on the pool;
    // unhandled, that would crash the process. The pool replaces the connection by itself.
    pool.on('error', (error) => console.warn(`PostgreSQL connection lost: ${error.message}`));
    const db = drizzlePg({ client: pool, ...config });
    return {
      db: db as unknown as Database,
      kind: 'postgres',
      migrate: () => migratePg(db, { migrationsFolder }),
      ping: async () => {
        await pool.query('select 1');
      },
      close: once(() => pool.end()),
    };
  }

  // PGlite creates its own folder but not missing parents (such as .data/ on a fresh clone).
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await client.waitReady;
  const db = drizzlePglite({ client, ...config });
  return {
    db: db as unknown as Database,
    kind: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    ping: async () => {
      await client.query('select 1');
    },
    close: once(() => client.close()),
  };
}

/** Closing twice (an app shutting down after a failed start, say) must not throw. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}
