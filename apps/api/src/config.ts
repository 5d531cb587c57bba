import { paths } from './paths.ts';

/** Configuration from the environment, read once at start. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  /** PostgreSQL connection string; without it the embedded PGlite runs. */
  databaseUrl: string | undefined;
  /** PGlite's data directory. */
  dataDir: string;
  /** Seed demo data into an empty database at start. */
  seedDemo: boolean;
  /** Directory of the built SPA; served at / when it exists. */
  webDist: string;
  /** Session cookies with the Secure flag; on by default in production. */
  cookieSecure: boolean;
  sessionTtlHours: number;
  /** Origins, besides the API's own, allowed to make credentialed cross-origin requests. */
  trustedOrigins: string[];
  /** GraphQL introspection; off in production unless asked for. */
  graphqlIntrospection: boolean;
  /** Sign-in attempts allowed per IP per window. */
  loginRateLimit: { max: number; timeWindowMs: number };
  /** GraphQL requests per address and minute from callers who are not signed in (the public pages, joining). */
  anonymousGraphqlRateLimit: number;
  /** Largest request body in bytes; larger is refused with 413. */
  bodyLimit: number;
}

function parseBoolean(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function parseInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  return {
    env: nodeEnv,
    host: env.HOST || 'localhost',
    port: parseInteger('PORT', env.PORT, 3000),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || paths.dataDir,
    seedDemo: parseBoolean(env.SEED_DEMO, true),
    webDist: env.WEB_DIST || paths.webDist,
    cookieSecure: parseBoolean(env.COOKIE_SECURE, false),
    sessionTtlHours: parseInteger('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 12),
    trustedOrigins: (env.TRUSTED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    graphqlIntrospection: parseBoolean(env.GRAPHQL_INTROSPECTION, nodeEnv !== 'production'),
    loginRateLimit: {
      max: parseInteger('LOGIN_RATE_LIMIT', env.LOGIN_RATE_LIMIT, 10),
      timeWindowMs: 15 * 60 * 1000,
    },
    anonymousGraphqlRateLimit: parseInteger('ANONYMOUS_GRAPHQL_RATE_LIMIT', env.ANONYMOUS_GRAPHQL_RATE_LIMIT, 120),
    bodyLimit: parseInteger('BODY_LIMIT', env.BODY_LIMIT, 1024 * 1024),
  };
}

/** Configuration for tests: no demo seed, silent logs, in-memory everything. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  // No SPA unless a test asks for one, so API tests do not depend on whether the web app was built.
  return { ...loadConfig({ NODE_ENV: 'test', SEED_DEMO: 'false', WEB_DIST: '/nonexistent' }), ...overrides };
}
