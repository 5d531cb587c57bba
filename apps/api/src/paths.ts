import { fileURLToPath } from 'node:url';

/**
 * Paths resolved from this file's URL. The production bundle (apps/api/dist/server.js) sits
 * at the same depth as this file (apps/api/src/paths.ts), so the same relative URLs hold in
 * development and production; both run inside the repository.
 */
const repoRoot = new URL('../../../', import.meta.url);

export const paths = {
  repoRoot: fileURLToPath(repoRoot),
  /** Where the GraphQL SDL files live (read at start). */
  graphqlSources: fileURLToPath(new URL('apps/api/src/', repoRoot)),
  migrations: fileURLToPath(new URL('packages/db/drizzle', repoRoot)),
  webDist: fileURLToPath(new URL('apps/web/dist', repoRoot)),
  dataDir: fileURLToPath(new URL('.data/pglite', repoRoot)),
};
