import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';

/**
 * Serves the built SPA at /. Unknown paths outside /api and /graphql get index.html so the
 * SPA's history-mode routes survive a reload; unknown API paths get a JSON 404.
 */
export default fp<{ webDist: string }>(
  async (app, { webDist }) => {
    const hasSpa = existsSync(join(webDist, 'index.html'));
    if (hasSpa) {
      await app.register(fastifyStatic, {
        root: webDist,
        wildcard: false,
        // Hashed assets never change; index.html must always be fresh.
        setHeaders: (res, path) => {
          res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      });
    }
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      const isApi = path.startsWith('/api/') || path === '/graphql' || path === '/health' || path === '/ready';
      if (!isApi && hasSpa && (request.method === 'GET' || request.method === 'HEAD')) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
      return reply.status(404).send({ statusCode: 404, code: 'NOT_FOUND', message: `No route ${request.method} ${path}`, requestId: request.id });
    });
  },
  { name: 'web' },
);
