import { defineConfig } from 'vitest/config';

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
      { test: { name: 'api', root: 'apps/api', include: ['test/**/*.test.ts'], hookTimeout: 60_000, testTimeout: 30_000 } },
      'apps/web/vitest.config.ts',
    ],
  },
});
