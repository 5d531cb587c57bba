import fp from 'fastify-plugin';
import { Type } from 'typebox';

/** Liveness and readiness for load balancers: /health never touches the database, /ready does. */
export default fp(
  async (app) => {
    const Status = Type.Object({ status: Type.String() });
    app.get('/health', { schema: { tags: ['health'], response: { 200: Status } } }, async () => ({ status: 'ok' }));
    app.get(
      '/ready',
      { schema: { tags: ['health'], response: { 200: Status, 503: Status } } },
      async (request, reply) => {
        try {
          await app.database.ping();
          return { status: 'ready' };
        } catch (error) {
          request.log.warn({ err: error }, 'database not reachable');
          return reply.status(503).send({ status: 'database unavailable' });
        }
      },
    );
  },
  { name: 'health', dependencies: ['database'] },
);
