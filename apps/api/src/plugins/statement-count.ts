import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyRequest {
    statementsAtStart?: number;
  }
}

/**
 * For the benchmark only (BENCH_SQL_COUNT=1): answers carry `x-sql-statements`, the SQL
 * statements issued while the request ran. The counter is process-wide, so the figure is exact
 * only for requests sent one at a time — which is how `pnpm bench` measures it.
 */
export default fp<{ statements: () => number }>(
  async (app, { statements }) => {
    app.addHook('onRequest', async (request) => {
      request.statementsAtStart = statements();
    });
    app.addHook('onSend', async (request, reply) => {
      reply.header('x-sql-statements', String(statements() - (request.statementsAtStart ?? 0)));
    });
  },
  { name: 'statement-count' },
);
