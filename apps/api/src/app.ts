import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { DatabaseHandle } from '@smartkompetens/db';
import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from './config.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { budgetRoutes } from './modules/budget/budget.routes.ts';
import { reportRoutes } from './modules/budget/reports.routes.ts';
import { catalogueRoutes } from './modules/catalogue/catalogue.routes.ts';
import { assessmentImportRoutes } from './modules/competence/assessment-import.routes.ts';
import { competenceRoutes } from './modules/competence/competence.routes.ts';
import { organisationsRoutes } from './modules/organisations/organisations.routes.ts';
import { recruitmentRoutes } from './modules/recruitment/recruitment.routes.ts';
import * as budgetGraphql from './modules/budget/budget.resolvers.ts';
import * as catalogueGraphql from './modules/catalogue/catalogue.resolvers.ts';
import * as courseRequestsGraphql from './modules/catalogue/course-requests.resolvers.ts';
import * as trainingPlanGraphql from './modules/catalogue/training-plan.resolvers.ts';
import * as competenceGraphql from './modules/competence/competence.resolvers.ts';
import * as organisationsGraphql from './modules/organisations/organisations.resolvers.ts';
import * as recruitmentGraphql from './modules/recruitment/recruitment.resolvers.ts';
import authentication from './plugins/authentication.ts';
import database from './plugins/database.ts';
import errors from './plugins/errors.ts';
import graphql from './plugins/graphql.ts';
import health from './plugins/health.ts';
import openapi from './plugins/openapi.ts';
import security from './plugins/security.ts';
import statementCount from './plugins/statement-count.ts';
import web from './plugins/web.ts';

export interface BuildAppOptions {
  config: AppConfig;
  /** An open, migrated database: the caller owns it, so tests and the CLI share this code. */
  database: DatabaseHandle;
  /** SQL statements issued so far; when given, answers carry `x-sql-statements` (benchmark only). */
  statements?: () => number;
}

/**
 * Builds the whole server without listening. The order matters and is fixed:
 * 1. outside plugins that every route relies on (errors, security headers, CORS, rate limit, OpenAPI),
 * 2. the app's own services (database, then authentication, which reads sessions from it),
 * 3. routes and GraphQL, which use both,
 * 4. the SPA last, as it owns the not-found fallback.
 */
export async function buildApp({ config, database: handle, statements }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Personal data never reaches the logs: no bodies, no cookies, no auth headers.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      ...(config.env === 'development' ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss' } } } : {}),
    },
    bodyLimit: config.bodyLimit,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: process.env.TRUST_PROXY === 'true',
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // 1. Outside plugins
  if (statements) await app.register(statementCount, { statements });
  await app.register(errors);
  await app.register(security, { config });
  await app.register(rateLimit, { global: false });
  await app.register(multipart);
  await app.register(openapi);

  // 2. Services
  await app.register(database, { database: handle });
  await app.register(authentication, { config });

  // 3. Routes and GraphQL
  await app.register(health);
  await app.register(
    async (api) => {
      await api.register(authRoutes, { config });
      await api.register(organisationsRoutes);
      await api.register(competenceRoutes);
      await api.register(assessmentImportRoutes);
      await api.register(catalogueRoutes);
      await api.register(budgetRoutes);
      await api.register(reportRoutes);
      await api.register(recruitmentRoutes, { config });
    },
    { prefix: '/api/v1' },
  );
  // Callers who are not signed in reach GraphQL too (the public results page, applying to join):
  // they get a per-address limit, like the REST routes that create things without a session.
  // The limiter runs after authentication (a root onRequest hook), so it knows the viewer.
  const anonymousLimit = app.rateLimit({ max: config.anonymousGraphqlRateLimit, timeWindow: 60_000, allowList: (request) => request.viewer?.kind !== 'anonymous' });
  app.addHook('onRoute', (route) => {
    if (route.url !== '/graphql') return;
    route.onRequest = [...(Array.isArray(route.onRequest) ? route.onRequest : route.onRequest ? [route.onRequest] : []), anonymousLimit];
  });
  await app.register(graphql, { config, modules: [organisationsGraphql, competenceGraphql, catalogueGraphql, courseRequestsGraphql, trainingPlanGraphql, budgetGraphql, recruitmentGraphql] });

  // 4. The SPA
  await app.register(web, { webDist: config.webDist });

  return app;
}
