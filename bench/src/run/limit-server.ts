import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
import pg from 'pg';

/**
 * The limit: the very statements the API issued for each scenario (captured from its query log,
 * parameters included), replayed in the same order over `pg` from a bare Fastify route — no
 * GraphQL, no ORM, no access checks, no mapping beyond JSON. Our throughput is shown as a share
 * of this. Started by `pnpm bench` with LIMIT_STATEMENTS (a JSON file: scenario → statements).
 */
interface Statement {
  sql: string;
  params: unknown[];
}

const statements = JSON.parse(readFileSync(process.env.LIMIT_STATEMENTS!, 'utf8')) as Record<string, Statement[]>;
// The API's pool size (packages/db createDatabase), so both get the same database concurrency.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });

pool.on('error', (error) => console.warn(`PostgreSQL connection lost: ${error.message}`));
// Through the pool, like the API's /ready: answers slowly while earlier statements still queue.
app.get('/ready', async () => {
  await pool.query('select 1');
  return { status: 'ready' };
});
app.all<{ Params: { scenario: string } }>('/limit/:scenario', async (request, reply) => {
  const list = statements[request.params.scenario];
  if (!list) return reply.status(404).send({ error: 'no such scenario' });
  let rows: unknown[] = [];
  for (const statement of list) rows = (await pool.query(statement.sql, statement.params)).rows;
  return { data: rows };
});

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
