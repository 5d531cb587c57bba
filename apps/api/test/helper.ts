import { createTestDatabase, type TestDatabase } from '@smartkompetens/db/testing';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_SORMLAND_ADMIN_EMAIL, seedDemo } from '@smartkompetens/db/seed';
import type { Role } from '@smartkompetens/domain';
import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import { buildApp } from '../src/app.ts';
import { testConfig, type AppConfig } from '../src/config.ts';

/** The demo's signed-in roles, plus the admin of a second firm and the integration client. */
export type Actor = Role | 'OTHER_COMPANY_ADMIN' | 'API_CLIENT' | 'ANONYMOUS';

export const DEMO_API_TOKEN = 'sk_demo_regionuppsala_0000000000000000';

const emails: Record<Exclude<Actor, 'API_CLIENT' | 'ANONYMOUS'>, string> = {
  ...DEMO_LOGINS,
  OTHER_COMPANY_ADMIN: DEMO_SORMLAND_ADMIN_EMAIL,
};

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  /** Supertest on the app's real HTTP server. */
  http: ReturnType<typeof supertest>;
  /** SQL statements issued so far: read it before and after a request to count that request's. */
  statements(): number;
  /** Headers that make a request as the given actor (signs in once per actor). */
  headersFor(actor: Actor): Promise<Record<string, string>>;
  /** Runs a GraphQL operation as the actor over HTTP. */
  /** Responses are loosely typed: tests assert on their shape. */
  graphql(actor: Actor, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/**
 * Builds the app on a fresh database with the demo data: one per test file. Sign-in is rate
 * limited in production; tests raise the limit unless they test it.
 */
export async function createTestApp(options: { seed?: boolean; config?: Partial<AppConfig> } = {}): Promise<TestApp> {
  let statements = 0;
  const database = await createTestDatabase({ onQuery: () => statements++ });
  if (options.seed !== false) await seedDemo(database.db);
  const config = testConfig({ loginRateLimit: { max: 1000, timeWindowMs: 60_000 }, anonymousGraphqlRateLimit: 1000, ...options.config });
  const app = await buildApp({ config, database });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const http = supertest(app.server);
  const cookies = new Map<Actor, string>();

  async function headersFor(actor: Actor): Promise<Record<string, string>> {
    if (actor === 'ANONYMOUS') return {};
    if (actor === 'API_CLIENT') return { authorization: `Bearer ${DEMO_API_TOKEN}` };
    let cookie = cookies.get(actor);
    if (!cookie) {
      const response = await http.post('/api/v1/auth/login').send({ email: emails[actor], password: DEMO_PASSWORD });
      if (response.status !== 200) throw new Error(`sign-in as ${actor} failed: ${response.status} ${JSON.stringify(response.body)}`);
      cookie = String(response.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
      cookies.set(actor, cookie);
    }
    return { cookie };
  }

  return {
    app,
    database,
    http,
    statements: () => statements,
    headersFor,
    async graphql(actor, query, variables) {
      const response = await http
        .post('/graphql')
        .set(await headersFor(actor))
        .set('content-type', 'application/json')
        .send({ query, variables });
      return { status: response.status, body: response.body };
    },
    async close() {
      await app.close();
      await database.destroy();
    },
  };
}
