import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, defaultMigrationsFolder, type DatabaseHandle, type DatabaseOptions } from './client.ts';

export interface TestDatabase extends DatabaseHandle {
  /** The connection string of the fresh database, when running on PostgreSQL. */
  url: string | undefined;
  /** Closes the connection and, on PostgreSQL, drops the database. */
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new
 * database on the server named by TEST_DATABASE_URL (created here, dropped by destroy()).
 * When TEST_DATABASE_URL is set and the server is unreachable this throws: tests fail, never skip.
 * A migration's own test passes a folder holding only the migrations before it.
 */
export async function createTestDatabase(
  options: Pick<DatabaseOptions, 'onQuery' | 'poolSize'> = {},
  migrationsFolder: string = defaultMigrationsFolder,
): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await createDatabase(options, migrationsFolder);
    await handle.migrate();
    return { ...handle, url: undefined, destroy: () => handle.close() };
  }

  const name = `sk_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDatabase({ ...options, url: url.toString() }, migrationsFolder);
  await handle.migrate();
  return {
    ...handle,
    url: url.toString(),
    destroy: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
