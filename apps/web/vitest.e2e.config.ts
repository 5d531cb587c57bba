import { defineConfig } from 'vitest/config';

// The browser test starts the production server and a real Chromium: one file, one worker,
// generous time (the first start of a fresh PGlite migrates and seeds the demo data).
export default defineConfig({
  test: {
    name: 'web-e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
