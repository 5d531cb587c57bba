import cookie from '@fastify/cookie';
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { anonymous, type Viewer } from '../auth/viewer.ts';
import type { ServiceContext } from '../auth/context.ts';
import type { AppConfig } from '../config.ts';
import { ForbiddenError } from '../errors/index.ts';
import { viewerFromApiToken, viewerFromSession } from '../modules/auth/auth.service.ts';

export const SESSION_COOKIE = 'sk_session';

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer;
    /** The service context for this request: database, viewer and request id. */
    services: ServiceContext;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Decides once per request who is calling — a session cookie or a Bearer API token — for
 * everything under /api and /graphql. What the viewer may then do is decided in the
 * services' access rules, never here.
 */
export default fp<{ config: AppConfig }>(
  async (app, { config }) => {
    await app.register(cookie);
    // Fastify 5 refuses shared object defaults: start empty, fill in per request below.
    app.decorateRequest<Viewer, 'viewer'>('viewer', null as unknown as Viewer);
    app.decorateRequest<ServiceContext, 'services'>('services', null as unknown as ServiceContext);

    app.addHook('onRequest', async (request: FastifyRequest) => {
      request.viewer = anonymous;
      request.services = { db: app.db, viewer: anonymous, requestId: request.id };
      const path = request.url.split('?')[0] ?? '';
      if (!path.startsWith('/api/') && path !== '/graphql') return;

      const authorization = request.headers.authorization;
      const sessionToken = request.cookies[SESSION_COOKIE];
      if (authorization?.startsWith('Bearer ')) {
        request.viewer = await viewerFromApiToken(app.db, authorization.slice('Bearer '.length).trim());
      } else if (sessionToken) {
        assertSameOriginIfUnsafe(request, config);
        request.viewer = await viewerFromSession(app.db, sessionToken, config.sessionTtlHours);
      }
      request.services = { db: app.db, viewer: request.viewer, requestId: request.id };
    });
  },
  { name: 'authentication', dependencies: ['database'] },
);

/**
 * CSRF defence for cookie-authenticated writes, on top of SameSite=Lax cookies: the request
 * must not come from a foreign Origin, and must be JSON or carry an X-Requested-With header
 * (a cross-site form can send neither without a CORS preflight, which we refuse).
 */
function assertSameOriginIfUnsafe(request: FastifyRequest, config: AppConfig): void {
  if (!UNSAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin && origin !== `${request.protocol}://${request.host}` && !config.trustedOrigins.includes(origin)) {
    throw new ForbiddenError('Cross-origin request refused');
  }
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.startsWith('application/json') && !request.headers['x-requested-with']) {
    throw new ForbiddenError('Send writes as application/json or with an X-Requested-With header');
  }
}

export function setSessionCookie(reply: FastifyReply, config: AppConfig, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.cookieSecure });
}
