import { createDatabase } from '@smartkompetens/db';
import { seedDemo } from '@smartkompetens/db/seed';
import { appendFileSync } from 'node:fs';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { purgeExpiredSessions } from './modules/auth/auth.service.ts';
import { paths } from './paths.ts';

/** Starts the API: opens and migrates the database, seeds demo data into an empty one, listens. */
async function main(): Promise<void> {
  const config = loadConfig();
  const bench = benchStatementLog();
  const database = await createDatabase(
    { ...(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir }), ...(bench ? { onQuery: bench.onQuery } : {}) },
    paths.migrations,
  );
  await database.migrate();
  await purgeExpiredSessions(database.db);

  const app = await buildApp({ config, database, ...(bench ? { statements: bench.statements } : {}) });
  const seeded = config.seedDemo ? await seedDemo(database.db) : undefined;
  if (seeded && !seeded.skipped) app.log.info({ counts: seeded.counts }, 'seeded demo data');

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal}: closing`);
      void app.close().then(() => database.close()).then(() => process.exit(0));
    });
  }

  await app.listen({ host: config.host, port: config.port });
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
  console.log(`\nSmart kompetens is running on http://${config.host}:${config.port} — database: ${where}`);
  console.log(`GraphQL: /graphql · REST docs: /api/v1/docs · OpenAPI: /api/v1/openapi.json`);
  if (seeded) printDemoLogins(seeded.logins, seeded.apiToken);
}

/**
 * `pnpm bench` counts SQL statements per request (BENCH_SQL_COUNT=1) and replays the exact
 * statements in its bare-SQL baseline (BENCH_SQL_LOG=<file>: one JSON line per statement, with
 * its parameters). Off unless those variables are set; never for production use.
 */
function benchStatementLog(): { onQuery: (sql: string, params: unknown[]) => void; statements: () => number } | undefined {
  if (process.env.BENCH_SQL_COUNT !== '1') return undefined;
  const logFile = process.env.BENCH_SQL_LOG;
  let count = 0;
  return {
    statements: () => count,
    onQuery: (sql, params) => {
      count++;
      if (logFile) appendFileSync(logFile, `${JSON.stringify({ sql, params }, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))}\n`);
    },
  };
}

function printDemoLogins(logins: readonly { email: string; password: string; description: string }[], apiToken: string): void {
  console.log('\nDemo logins (demo data only):');
  for (const login of logins) console.log(`  ${login.email.padEnd(42)} ${login.password}   ${login.description}`);
  console.log(`  API token (Region Uppsala integration): ${apiToken}\n`);
}

main().catch((error: unknown) => {
  console.error('Could not start:', error);
  process.exit(1);
});
