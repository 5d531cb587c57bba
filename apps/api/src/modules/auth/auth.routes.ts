import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppConfig } from '../../config.ts';
import { ErrorResponse, Uuid, readErrors } from '../../lib/schemas.ts';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie } from '../../plugins/authentication.ts';
import * as auth from './auth.service.ts';
import { ApiClientCreateBody, ApiClientCreated, ApiClientSchema, LoginBody, LoginResponse } from './auth.schemas.ts';

function toApiClient(c: auth.ApiClientSummary) {
  return {
    ...c,
    createdAt: c.createdAt.toISOString(),
    lastUsedAt: c.lastUsedAt?.toISOString() ?? null,
    revokedAt: c.revokedAt?.toISOString() ?? null,
  };
}

export const authRoutes: FastifyPluginAsyncTypebox<{ config: AppConfig }> = async (app, { config }) => {
  app.post(
    '/auth/login',
    {
      // Brute force is slowed per client address; the window and count are configurable.
      config: { rateLimit: { max: config.loginRateLimit.max, timeWindow: config.loginRateLimit.timeWindowMs } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets an httpOnly session cookie',
        security: [],
        body: LoginBody,
        response: { 200: LoginResponse, 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const result = await auth.signIn(app.db, {
        email: request.body.email,
        password: request.body.password,
        previousToken: request.cookies[SESSION_COOKIE],
        ttlHours: config.sessionTtlHours,
        requestId: request.id,
      });
      setSessionCookie(reply, config, result.token, result.expiresAt);
      return { user: result.user };
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out: ends the session and clears the cookie',
        response: { 204: Type.Null(), 403: ErrorResponse },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await auth.signOut(app.db, token);
      clearSessionCookie(reply, config);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api-clients',
    {
      schema: {
        tags: ['auth'],
        summary: 'Integration clients (programme admins)',
        response: { 200: Type.Array(ApiClientSchema), ...readErrors },
      },
    },
    async (request) => (await auth.listApiClients(request.services)).map(toApiClient),
  );

  app.post(
    '/api-clients',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an integration client and its token (programme admins)',
        body: ApiClientCreateBody,
        response: { 201: ApiClientCreated, ...readErrors },
      },
    },
    async (request, reply) => {
      const { client, token } = await auth.createApiClient(request.services, {
        name: request.body.name,
        scopes: request.body.scopes,
        regionCode: request.body.regionCode ?? null,
      });
      return reply.status(201).send({ client: toApiClient(client), token });
    },
  );

  app.delete(
    '/api-clients/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'Revoke an integration client: its token stops working at once',
        params: Type.Object({ id: Uuid }),
        response: { 200: ApiClientSchema, ...readErrors, 404: ErrorResponse },
      },
    },
    async (request) => toApiClient(await auth.revokeApiClient(request.services, request.params.id)),
  );
};
