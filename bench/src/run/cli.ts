import { DEMO_API_TOKEN, DEMO_COMPANY_NAME, DEMO_LOGINS, DEMO_PASSWORD } from '@smartkompetens/db/seed';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { CONTENTION_ADMIN_EMAIL, CONTENTION_LINE_AMOUNT, CONTENTION_OCCASIONS, CONTENTION_SEATS } from '../data/plan.ts';
import { databaseUrl, countRows } from '../data/load.ts';
import { drive, type LoadResult } from './drive.ts';
import { importCsv, spaSize } from './extras.ts';
import { repoRoot, run, startServer, type RunningServer } from './processes.ts';
import { baselinePath, compare, markdown, saveResult, updateReadme, type BenchResult, type ScenarioResult } from './report.ts';
import { scenarios, type Actor, type BenchIds, type Scenario } from './scenarios.ts';

/**
 * pnpm bench [--size small|large] [--seconds 10] [--warmup 3] [--connections 20]
 *            [--only id,id] [--compare] [--save-baseline] [--skip-build] [--no-limit] [--no-peer] [--no-import]
 *            [--cpu-prof dir] [--node-args "flags"]
 * Needs the dataset first: pnpm bench:data --size <size>. See bench/README.md.
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'small' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '20' },
    only: { type: 'string' },
    compare: { type: 'boolean', default: false },
    'save-baseline': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'no-limit': { type: 'boolean', default: false },
    'no-peer': { type: 'boolean', default: false },
    'no-import': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    'node-args': { type: 'string' },
  },
  allowPositionals: true,
});
const size = values.size!;
const seconds = Number(values.seconds);
const warmupSeconds = Number(values.warmup);
const connections = Number(values.connections);
const serverUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const dbUrl = databaseUrl(serverUrl, `bench_${size}`);
const API_PORT = 3901;
const LIMIT_PORT = 3902;
const PEER_PORT = 3903;
const log = (message: string) => process.stdout.write(`${message}\n`);

const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
const query = async <T extends pg.QueryResultRow>(text: string, params: unknown[] = []) => (await pool.query<T>(text, params)).rows;

async function main(): Promise<void> {
  const contention = await query<{ id: string }>(`select id from companies where name = 'Benchverkstaden i Uppsala AB'`).catch(() => []);
  if (!contention[0]) throw new Error(`no benchmark dataset in bench_${size}: run pnpm bench:data --size ${size} first`);
  if (!values['skip-build'] || !existsSync(join(repoRoot, 'apps/api/dist/server.js'))) {
    log('building the API and the SPA (pnpm build) …');
    await run('pnpm', ['build']);
  }
  const ids = await benchIds(contention[0].id);
  await resetContention(ids);
  const all = scenarios(ids).filter((s) => !values.only || values.only.split(',').includes(s.id));
  // Extra Node flags for the API (e.g. --node-args=--max-old-space-size=192), and a V8 CPU
  // profile of each API process, written when it stops (open it in Chrome's DevTools).
  const nodeFlags = [...(values['node-args']?.split(' ').filter(Boolean) ?? []), ...(values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [])];
  const apiEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    DATABASE_URL: dbUrl,
    HOST: '127.0.0.1',
    PORT: String(API_PORT),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT: '1000',
    BENCH_SQL_COUNT: '1',
    ...extra,
  });
  const startApi = (extra?: NodeJS.ProcessEnv) =>
    startServer({ name: 'API', command: process.execPath, args: [...nodeFlags, '--enable-source-maps', 'apps/api/dist/server.js'], env: apiEnv(extra), port: API_PORT, readyPath: '/ready' });

  // 1. Capture the SQL of each read scenario (for the bare-SQL limit); three cold starts.
  const logFile = join(mkdtempSync(join(tmpdir(), 'sk-bench-')), 'statements.jsonl');
  const captured: Record<string, { sql: string; params: unknown[] }[]> = {};
  // Counted here, one request at a time on a server doing nothing else: under load the
  // process-wide counter would also count the previous scenario's stragglers.
  const statementCounts: Record<string, number | null> = {};
  const starts: number[] = [];
  {
    const api = await startApi({ BENCH_SQL_LOG: logFile });
    starts.push(api.startMs);
    const headers = await signIn(api.url);
    for (const s of all.filter((x) => !x.write)) {
      await send(api.url, s, headers[s.actor], 0);
      writeFileSync(logFile, '');
      statementCounts[s.id] = (await send(api.url, s, headers[s.actor], 0)).statements;
      captured[s.id] = readFileSync(logFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { sql: string; params: unknown[] })
        .filter((st) => /^\s*(select|with)\b/i.test(st.sql));
    }
    // Writes are counted here too, one request each: under load the stragglers of the scenario
    // before would be counted with them. (One enrolment and one 10 kr commitment more: the checks
    // after the runs hold whatever their number.)
    for (const s of all.filter((x) => x.write)) statementCounts[s.id] = (await send(api.url, s, headers[s.actor], 2_000_000)).statements;
    await api.stop();
  }
  for (let i = 0; i < 2; i++) {
    const api = await startApi();
    starts.push(api.startMs);
    await api.stop();
  }
  const coldStartMs = [...starts].sort((a, b) => a - b)[1]!;
  log(`cold start (median of 3): ${coldStartMs} ms`);

  // 2. The API under load, scenario by scenario.
  const results: ScenarioResult[] = [];
  const api = await startApi();
  let importResult: BenchResult['import'] = null;
  try {
    const headers = await signIn(api.url);
    for (const s of all) {
      await waitUntilIdle(api.url);
      const check = await send(api.url, s, headers[s.actor], 1_000_000);
      const load = await measure(api, { url: `${api.url}${s.path}`, method: s.method, headers: headers[s.actor], ...bodyOf(s) });
      const result: ScenarioResult = {
        id: s.id,
        title: s.title,
        transport: s.transport,
        write: Boolean(s.write),
        ...load.result,
        statements: statementCounts[s.id] ?? check.statements,
        peakRssMb: load.peakRssMb,
        limitReqPerSec: null,
        peerReqPerSec: null,
      };
      if (s.id === 'enrolment-contention') result.checks = await enrolmentChecks(ids);
      if (s.id === 'ledger-contention') result.checks = await ledgerChecks(ids);
      results.push(result);
      log(`${s.title.padEnd(52)} ${String(result.reqPerSec).padStart(7)} req/s  p95 ${result.p95} ms  ${result.statements ?? '?'} SQL/req${result.checks ? `  ${JSON.stringify(result.checks)}` : ''}`);
    }
    if (!values['no-import']) importResult = await importRate(api.url, headers.CONTENTION_ADMIN, ids);
  } finally {
    await api.stop();
  }
  const peakRssMb = Math.round(Math.max(...results.map((r) => r.peakRssMb), api.peakRssMb()));

  // 3. The limit: the captured statements over pg from a bare Fastify route.
  if (!values['no-limit']) {
    const statementsFile = join(tmpdir(), `sk-bench-limit-${process.pid}.json`);
    writeFileSync(statementsFile, JSON.stringify(captured));
    const limit = await startServer({
      name: 'limit',
      command: process.execPath,
      args: ['--import', 'tsx', 'src/run/limit-server.ts'],
      cwd: join(repoRoot, 'bench'),
      env: { PATH: process.env.PATH, DATABASE_URL: dbUrl, PORT: String(LIMIT_PORT), LIMIT_STATEMENTS: statementsFile, NODE_ENV: 'production' },
      port: LIMIT_PORT,
      readyPath: '/ready',
    });
    try {
      for (const r of results.filter((x) => captured[x.id]?.length)) {
        await waitUntilIdle(limit.url);
        r.limitReqPerSec = (await measure(limit, { url: `${limit.url}/limit/${r.id}`, method: 'GET', headers: {} })).result.reqPerSec;
        log(`limit ${r.id.padEnd(24)} ${r.limitReqPerSec} req/s`);
      }
    } finally {
      await limit.stop();
    }
  }

  // 4. The peer: PostGraphile 4 on the same database, where its generated API can say the same.
  if (!values['no-peer']) {
    await pool.query(readFileSync(join(repoRoot, 'bench/postgraphile/peer.sql'), 'utf8'));
    const peer = await startServer({
      name: 'PostGraphile',
      command: process.execPath,
      args: ['server.js'],
      cwd: join(repoRoot, 'bench/postgraphile'),
      env: { PATH: process.env.PATH, DATABASE_URL: dbUrl, PORT: String(PEER_PORT), NODE_ENV: 'production' },
      port: PEER_PORT,
      readyPath: '/ready',
    });
    try {
      for (const s of all.filter((x) => x.peer)) {
        const body = JSON.stringify(s.peer);
        const probe = await fetch(`${peer.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const answer = (await probe.json()) as { errors?: unknown[] };
        if (answer.errors) throw new Error(`PostGraphile refused the ${s.id} query: ${JSON.stringify(answer.errors).slice(0, 500)}`);
        const r = results.find((x) => x.id === s.id)!;
        await waitUntilIdle(peer.url);
        r.peerReqPerSec = (await measure(peer, { url: `${peer.url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, fixedBody: body })).result.reqPerSec;
        log(`PostGraphile ${s.id.padEnd(17)} ${r.peerReqPerSec} req/s`);
      }
    } finally {
      await peer.stop();
    }
  }

  const version = (await query<{ server_version: string }>('show server_version'))[0]?.server_version ?? '?';
  const result: BenchResult = {
    date: new Date().toISOString().slice(0, 10),
    size,
    database: 'postgres',
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? '?',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.versions.node,
      postgres: version.split(' ')[0]!,
      loadAverage: loadAverageAtStart,
    },
    settings: { seconds, warmupSeconds, connections },
    dataset: await countRows(pool),
    scenarios: results,
    coldStartMs,
    peakRssMb,
    spa: existsSync(join(repoRoot, 'apps/web/dist/index.html')) ? spaSize() : null,
    import: importResult,
  };
  const file = saveResult(result);
  updateReadme(result);
  log(`\n${markdown(result)}`);
  log(`written: ${file} and bench/README.md`);
  const baseline = baselinePath(size, 'postgres');
  if (values.compare) {
    if (existsSync(baseline)) log(`\n${compare(result, JSON.parse(readFileSync(baseline, 'utf8')) as BenchResult)}`);
    else log(`no baseline at ${baseline}: run with --save-baseline first`);
  }
  if (values['save-baseline']) {
    writeFileSync(baseline, `${JSON.stringify(result, null, 2)}\n`);
    log(`baseline saved: ${baseline}`);
  }
}

const loadAverageAtStart = loadavg();

async function benchIds(contentionFirmId: string): Promise<BenchIds> {
  const demo = await query<{ id: string }>(`select id from companies where name = $1`, [DEMO_COMPANY_NAME]);
  const people = await query<{ id: string }>(`select id from employees where company_id = $1 order by id`, [contentionFirmId]);
  const occasions = await query<{ id: string }>(`select id from occasions where tailored_for_company_id = $1 order by id`, [contentionFirmId]);
  return {
    regionCode: '03',
    demoCompanyId: demo[0]!.id,
    contentionEmployeeIds: people.map((p) => p.id),
    contentionOccasionIds: occasions.map((o) => o.id),
    contentionLineId: '',
  };
}

/**
 * A fresh start for the contention scenarios each run, without deleting anything (enrolments
 * now carry ledger entries, and the ledger is append-only): 10 new occasions × 5 seats of the
 * contention course, and a new budget for the firm whose period starts later than any before it,
 * so enrolments commit their fees and time to its ample lines (the firm's budget covering the
 * date with the latest start wins), while the ledger scenario fights over its 1 000 kr OTHER line.
 */
async function resetContention(ids: BenchIds): Promise<void> {
  const firm = (await query<{ id: string; region_code: string }>(`select id, region_code from companies where name = 'Benchverkstaden i Uppsala AB'`))[0]!;
  const [template] = await query<{ course_id: string; provider_id: string }>(
    `select course_id, provider_id from occasions where tailored_for_company_id = $1 order by created_at, id limit 1`,
    [firm.id],
  );
  const occasions = await query<{ id: string }>(
    `insert into occasions (course_id, provider_id, starts_on, ends_on, online, region_code, municipality, seats, registration_deadline, status, tailored_for_company_id)
     select $1, $2, '2027-06-14', '2027-06-15', false, $3, 'Uppsala', $4, '2027-06-01', 'OPEN', $5 from generate_series(1, $6) returning id`,
    [template!.course_id, template!.provider_id, firm.region_code, CONTENTION_SEATS, firm.id, CONTENTION_OCCASIONS],
  );
  ids.contentionOccasionIds = occasions.map((o) => o.id);
  const [earlier] = await query<{ n: number }>(`select count(*)::int as n from budgets where company_id = $1 and name like 'Bench: konkurrens%'`, [firm.id]);
  const [budget] = await query<{ id: string }>(
    `insert into budgets (level, region_code, company_id, name, period_start, period_end)
     values ('COMPANY', $1, $2, $3, date '2027-01-01' + $4::int, '2027-12-31') returning id`,
    [firm.region_code, firm.id, `Bench: konkurrens ${new Date().toISOString()}`, Math.min(earlier!.n, 160)],
  );
  const lines = await query<{ id: string; category: string }>(
    `insert into budget_lines (budget_id, company_id, region_code, category, source, amount)
     values ($1, $2, $3, 'COURSE_FEES', 'PROGRAMME_GRANT', 1000000000), ($1, $2, $3, 'PARTICIPANT_TIME', 'OWN_CONTRIBUTION', 1000000000),
            ($1, $2, $3, 'OTHER', 'PROGRAMME_GRANT', $4)
     returning id, category`,
    [budget!.id, firm.id, firm.region_code, CONTENTION_LINE_AMOUNT],
  );
  ids.contentionLineId = lines.find((l) => l.category === 'OTHER')!.id;
}

async function enrolmentChecks(ids: BenchIds): Promise<Record<string, number>> {
  const [row] = await query<{ overbooked: number; seated: number; waitlisted: number }>(
    `select count(*) filter (where held > seats)::int as overbooked, coalesce(sum(held), 0)::int as seated, coalesce(sum(waiting), 0)::int as waitlisted
     from (select o.seats,
             (select count(*) from enrolments e where e.occasion_id = o.id and e.status in ('CONFIRMED', 'OFFERED', 'ATTENDED', 'COMPLETED', 'NO_SHOW')) as held,
             (select count(*) from enrolments e where e.occasion_id = o.id and e.status = 'WAITLISTED') as waiting
           from occasions o where o.id = any($1::uuid[])) x`,
    [ids.contentionOccasionIds],
  );
  return { overbooked: row!.overbooked, seated: row!.seated, waitlisted: row!.waitlisted };
}

async function ledgerChecks(ids: BenchIds): Promise<Record<string, number>> {
  const [row] = await query<{ committed: string; entries: number; amount: string }>(
    `select coalesce(sum(e.amount), 0)::text as committed, count(e.id)::int as entries, l.amount::text as amount
     from budget_lines l left join ledger_entries e on e.budget_line_id = l.id where l.id = $1 group by l.id`,
    [ids.contentionLineId],
  );
  return { overspentLines: BigInt(row!.committed) > BigInt(row!.amount) ? 1 : 0, acceptedCommitments: row!.entries };
}

type Headers = Record<Actor, Record<string, string>>;

async function signIn(url: string): Promise<Headers> {
  const cookie = async (email: string) => {
    const response = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
    if (!response.ok) throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
    return { cookie: response.headers.getSetCookie()[0]!.split(';')[0]!, 'content-type': 'application/json' };
  };
  return {
    COMPANY_ADMIN: await cookie(DEMO_LOGINS.COMPANY_ADMIN),
    REGION_ADMIN: await cookie(DEMO_LOGINS.REGION_ADMIN),
    PROVIDER: await cookie(DEMO_LOGINS.PROVIDER),
    CONTENTION_ADMIN: await cookie(CONTENTION_ADMIN_EMAIL),
    API_CLIENT: { authorization: `Bearer ${DEMO_API_TOKEN}`, 'content-type': 'application/json' },
  };
}

function bodyOf(s: Scenario): { body?: (n: number) => string; fixedBody?: string } {
  if (!s.body) return {};
  return s.write ? { body: s.body } : { fixedBody: s.body(0) };
}

/** One request alone: checks it answers without errors and reads its SQL statement count. */
async function send(url: string, s: Scenario, headers: Record<string, string>, n: number): Promise<{ statements: number | null }> {
  const response = await fetch(`${url}${s.path}`, {
    method: s.method,
    headers: s.method === 'GET' ? { ...headers, 'content-type': '' } : headers,
    ...(s.body ? { body: s.body(n) } : {}),
  });
  const text = await response.text();
  if (!response.ok || /"errors"\s*:/.test(text)) throw new Error(`${s.id} answered ${response.status}: ${text.slice(0, 400)}`);
  const statements = response.headers.get('x-sql-statements');
  return { statements: statements === null ? null : Number(statements) };
}

/**
 * Waits until the server's /ready (a query through its pool) answers quickly again: requests
 * autocannon gave up on keep the pool busy after a slow run, and would slow the next one.
 */
async function waitUntilIdle(url: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    const started = performance.now();
    await fetch(`${url}/ready`).catch(() => undefined);
    if (performance.now() - started < 50) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Warm-up, then the measured run, sampling the server's resident memory meanwhile. */
async function measure(server: RunningServer, target: Parameters<typeof drive>[0]): Promise<{ result: LoadResult; peakRssMb: number }> {
  if (warmupSeconds > 0) await drive(target, { connections, seconds: warmupSeconds });
  let peak = server.rssMb();
  const sampler = setInterval(() => (peak = Math.max(peak, server.rssMb())), 100);
  try {
    const result = await drive(target, { connections, seconds });
    return { result, peakRssMb: Math.round(Math.max(peak, server.rssMb())) };
  } finally {
    clearInterval(sampler);
  }
}

/** The skills-matrix import's dry run on a 100 000-row CSV (its maximum), timed end to end. */
async function importRate(url: string, headers: Record<string, string>, ids: BenchIds): Promise<BenchResult['import']> {
  const emails = (await query<{ email: string }>(`select email from employees where id = any($1::uuid[]) order by id`, [ids.contentionEmployeeIds])).map((r) => r.email);
  const codes = (await query<{ code: string }>(`select code from competences where company_id is null and retired_at is null order by code limit 3`)).map((r) => r.code);
  const csv = importCsv(emails, codes);
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'matris.csv');
  const started = performance.now();
  const response = await fetch(`${url}/api/v1/companies/${await contentionFirmId()}/assessments/import?mode=dry-run`, {
    method: 'POST',
    headers: { cookie: headers.cookie!, 'x-requested-with': 'bench' },
    body: form,
  });
  const report = (await response.json()) as { rows?: number; problems?: unknown[] };
  const elapsed = (performance.now() - started) / 1000;
  if (response.status >= 500 || report.rows === undefined) throw new Error(`import answered ${response.status}: ${JSON.stringify(report).slice(0, 300)}`);
  log(`import dry run: ${report.rows} rows in ${elapsed.toFixed(1)} s (HTTP ${response.status})`);
  return { rows: report.rows, seconds: Math.round(elapsed * 10) / 10, rowsPerSec: Math.round(report.rows / elapsed), problems: report.problems?.length ?? 0 };
}

async function contentionFirmId(): Promise<string> {
  return (await query<{ id: string }>(`select id from companies where name = 'Benchverkstaden i Uppsala AB'`))[0]!.id;
}

try {
  await main();
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await pool.end();
}
