import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * Node resolves `graphql` to its CommonJS build (it has no "exports" map), as Mercurius does;
 * Vite would pick the ESM build for our imports, and the two copies fail graphql's
 * instanceof checks. Point tests at the one Node uses.
 */
const graphqlForNode = createRequire(new URL('./apps/api/package.json', import.meta.url)).resolve('graphql');

/**
 * All unit and API tests, one command. Two cores: two forked workers at most; each API test
 * file builds the app once on its own fresh database (PGlite, or a new database on
 * TEST_DATABASE_URL).
 */
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    hookTimeout: 60_000,
    testTimeout: 30_000,
    projects: [
      { test: { name: 'domain', root: 'packages/domain', include: ['src/**/*.test.ts'] } },
      { test: { name: 'db', root: 'packages/db', include: ['src/**/*.test.ts'], hookTimeout: 60_000, testTimeout: 60_000 } },
      // Only the dataset generator's cheap smoke test: `pnpm bench` itself never runs in the suite.
      { test: { name: 'bench', root: 'bench', include: ['src/**/*.test.ts'] } },
      {
        resolve: { alias: [{ find: /^graphql$/, replacement: graphqlForNode }] },
        test: {
          name: 'api',
          root: 'apps/api',
          include: ['test/**/*.test.ts'],
          // Concurrency tests (*.pg.test.ts) need real parallel connections: they belong to the
          // PostgreSQL pass and fail without it, so the PGlite pass leaves them out.
          exclude: process.env.TEST_DATABASE_URL ? [] : ['test/**/*.pg.test.ts'],
          // Seeding the demo programme takes ~5 s on a quiet 2-core machine; leave room for a busy one.
          hookTimeout: 180_000,
          testTimeout: 60_000,
        },
      },
      'apps/web/vitest.config.ts',
    ],
  },
});
