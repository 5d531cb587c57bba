import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, type DatabaseHandle } from '../client.ts';

/** packages/db/src/cli → the repository root, where the embedded database lives by default. */
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * Runs one database task from the command line: PostgreSQL when DATABASE_URL is set, else the
 * embedded PGlite under DATA_DIR (default `<repo>/.data/pglite`). A failure exits non-zero.
 */
export async function runWithDatabase(task: string, work: (handle: DatabaseHandle) => Promise<void>): Promise<void> {
  const url = process.env.DATABASE_URL || undefined;
  const dataDir = process.env.DATA_DIR ?? join(repoRoot, '.data', 'pglite');
  let handle: DatabaseHandle | undefined;
  try {
    // PGlite creates its own directory but not the parents (`.data/` on a fresh clone).
    if (!url) await mkdir(dataDir, { recursive: true });
    handle = await createDatabase(url ? { url } : { dataDir });
    console.log(`${task}: ${url ? `PostgreSQL at ${new URL(url).host}` : `PGlite in ${dataDir}`}`);
    await work(handle);
  } catch (error) {
    console.error(`${task} failed: ${describe(error)}`);
    process.exitCode = 1;
  } finally {
    await handle?.close();
  }
}

/** Drizzle wraps driver errors ("Failed query: …"); the cause says what actually went wrong. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause === undefined ? error.message : `${error.message.trim()}\n  caused by: ${describe(error.cause)}`;
}
