import { createDatabase } from '@smartkompetens/db';
import { seedDemo } from '@smartkompetens/db/seed';
import pg from 'pg';
import { copyTable } from './copy.ts';
import { planDataset, type DatasetPlan, type SeededContext } from './plan.ts';
import type { DatasetSize } from './sizes.ts';
import { datasetTables } from './tables.ts';

export interface LoadReport {
  database: string;
  size: DatasetSize['name'];
  seconds: number;
  /** Rows COPYed per table, and the rate over the whole COPY phase. */
  copied: Record<string, number>;
  rowsPerSecond: number;
  /** What the database holds afterwards. */
  counts: Record<string, number>;
}

const log = (message: string) => process.stdout.write(`${message}\n`);

/** The URL of a database named `name` on the server of `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Loads a dataset into a fresh database `name` on the server: drops and recreates it, applies
 * the migrations with the app's own migrator, seeds the demo programme, then streams the
 * generated rows in with COPY on two connections, validates the foreign keys it skipped and
 * analyses the tables.
 */
export async function loadDataset(serverUrl: string, name: string, size: DatasetSize): Promise<LoadReport> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  if (name === 'postgres' || name.startsWith('sk_test_')) throw new Error(`refusing to load into ${name}: it is not a benchmark database`);
  const started = performance.now();
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(serverUrl, name);
  log(`bench:data ${size.name} → ${new URL(url).host}/${name}`);

  const handle = await createDatabase({ url, poolSize: 2 });
  try {
    await handle.migrate();
    log('  migrations applied');
    const seedStarted = performance.now();
    await seedDemo(handle.db);
    log(`  demo programme seeded in ${seconds(seedStarted)} s`);
  } finally {
    await handle.close();
  }

  const pool = new pg.Pool({ connectionString: url, max: 3 });
  try {
    const plan = planDataset(size, await readContext(pool));
    const { lanes } = datasetTables(plan);
    const copied: Record<string, number> = {};
    const copyStarted = performance.now();
    const rates = new Map<string, number>();
    await Promise.all(
      lanes.map(async (lane) => {
        const client = await pool.connect();
        try {
          // Foreign-key triggers would check every row against its parent, which costs more than
          // the COPY itself at this size; the generator builds every reference from ids it made,
          // and validateReferences() below checks them all afterwards. Append-only and check
          // constraints still apply (they are not replica-mode triggers: inserts pass them).
          await client.query(`set session_replication_role = replica`);
          for (const table of lane) {
            const tableStarted = performance.now();
            copied[table.table] = await copyTable(client, table, (t, rows, done) => {
              const rate = rows / Math.max(0.001, (performance.now() - tableStarted) / 1000);
              rates.set(t, rate);
              if (done) log(`  ${t.padEnd(18)} ${rows.toLocaleString('en').padStart(10)} rows  ${Math.round(rate).toLocaleString('en').padStart(9)} rows/s`);
              else log(`  … ${t} ${rows.toLocaleString('en')} rows (${Math.round(rate).toLocaleString('en')} rows/s)`);
            });
          }
        } finally {
          client.release();
        }
      }),
    );
    const copiedRows = Object.values(copied).reduce((a, b) => a + b, 0);
    const rowsPerSecond = Math.round(copiedRows / Math.max(0.001, (performance.now() - copyStarted) / 1000));
    log(`  COPY: ${copiedRows.toLocaleString('en')} rows in ${seconds(copyStarted)} s, ${rowsPerSecond.toLocaleString('en')} rows/s`);

    await rebuildCurrentLevels(pool);
    await rebuildBudgetLineTotals(pool);
    const checkStarted = performance.now();
    await validateReferences(pool, plan);
    log(`  references and seats checked in ${seconds(checkStarted)} s`);
    const analyseStarted = performance.now();
    await pool.query('vacuum (analyze)');
    log(`  vacuum analyze in ${seconds(analyseStarted)} s`);
    const counts = await countRows(pool);
    log(`  ${Object.entries(counts).map(([t, n]) => `${n.toLocaleString('en')} ${t}`).join(', ')}`);
    const total = Number(seconds(started));
    log(`bench:data ${size.name} done in ${total} s`);
    return { database: name, size: size.name, seconds: total, copied, rowsPerSecond, counts };
  } finally {
    await pool.end();
  }
}

/**
 * COPY in replica mode fires no triggers, so the trigger-kept `current_levels` table (migration
 * 0005) missed the generated assessments: rebuilt here in one pass by the same rule. On a schema
 * where it is still a view there is nothing to do.
 */
async function rebuildCurrentLevels(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ kind: string }>(`select relkind as kind from pg_class where oid = 'public.current_levels'::regclass`);
  if (rows[0]?.kind !== 'r') return;
  const started = performance.now();
  await pool.query('truncate current_levels');
  await pool.query(`
    insert into current_levels (employee_id, competence_id, company_id, level, source, assessed_on, created_at)
    select distinct on (employee_id, competence_id) employee_id, competence_id, company_id, level, source, assessed_on, created_at
    from assessments
    order by employee_id, competence_id, (source = 'MANAGER') desc, assessed_on desc, created_at desc`);
  log(`  current_levels rebuilt in ${seconds(started)} s`);
}

/**
 * The same for `budget_line_totals` (migration 0008): the generated ledger entries were COPYed
 * past its trigger, so each line's monthly sums are rebuilt by the trigger's rule. On a schema
 * without the table there is nothing to do.
 */
async function rebuildBudgetLineTotals(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ table: string | null }>(`select to_regclass('public.budget_line_totals')::text as table`);
  if (!rows[0]?.table) return;
  const started = performance.now();
  await pool.query('truncate budget_line_totals');
  await pool.query(`
    insert into budget_line_totals (budget_line_id, month, committed, actual)
    select e.budget_line_id, date_trunc('month', e.occurred_on::timestamp)::date,
      coalesce(sum(e.amount) filter (where coalesce(r.kind, e.kind) in ('COMMITMENT', 'RELEASE')), 0),
      coalesce(sum(e.amount) filter (where coalesce(r.kind, e.kind) = 'ACTUAL'), 0)
    from ledger_entries e left join ledger_entries r on r.id = e.reverses_entry_id
    group by 1, 2`);
  log(`  budget_line_totals rebuilt in ${seconds(started)} s`);
}

async function readContext(pool: pg.Pool): Promise<SeededContext> {
  const one = async (query: string) => Number((await pool.query<{ n: string }>(query)).rows[0]?.n ?? 0);
  const competences = await pool.query<{ id: string }>(`select id from competences where company_id is null and retired_at is null order by code`);
  const providers = await pool.query<{ id: string; region_code: string | null }>(`select id, region_code from providers order by is_partner desc, name`);
  const firms = await pool.query<{ id: string; region_code: string }>(`select id, region_code from companies order by org_number`);
  const orgNumbers = await pool.query<{ org_number: string }>(`select org_number from companies union select org_number from providers where org_number is not null`);
  const hash = await pool.query<{ password_hash: string }>(`select password_hash from users order by email limit 1`);
  return {
    competenceIds: competences.rows.map((r) => r.id),
    providers: providers.rows.map((r) => ({ id: r.id, regionCode: r.region_code })),
    demoFirms: firms.rows.map((r) => ({ id: r.id, regionCode: r.region_code })),
    demoCounts: {
      employees: await one('select count(*) as n from employees'),
      courses: await one('select count(*) as n from courses'),
      occasions: await one('select count(*) as n from occasions'),
      enrolments: await one('select count(*) as n from enrolments'),
    },
    orgNumbers: new Set(orgNumbers.rows.map((r) => r.org_number)),
    passwordHash: hash.rows[0]?.password_hash ?? '',
  };
}

/** Every reference the COPY did not check, checked now in one pass per foreign key; and no overbooked occasion. */
async function validateReferences(pool: pg.Pool, _plan: DatasetPlan): Promise<void> {
  const { rows: foreignKeys } = await pool.query<{ child: string; columns: string[]; parent: string; parent_columns: string[] }>(`
    select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
           array(select attname from pg_attribute where attrelid = c.conrelid and attnum = any(c.conkey) order by attnum)::text[] as columns,
           array(select attname from pg_attribute where attrelid = c.confrelid and attnum = any(c.confkey) order by attnum)::text[] as parent_columns
    from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`);
  const problems: string[] = [];
  for (const fk of foreignKeys) {
    const col = fk.columns[0]!;
    const parentCol = fk.parent_columns[0]!;
    const { rows } = await pool.query<{ n: string }>(
      `select count(*) as n from ${fk.child} x where x."${col}" is not null and not exists (select 1 from ${fk.parent} y where y."${parentCol}" = x."${col}")`,
    );
    if (Number(rows[0]?.n) > 0) problems.push(`${rows[0]?.n} ${fk.child}.${col} without a ${fk.parent}`);
  }
  const { rows: overbooked } = await pool.query<{ n: string }>(`
    select count(*) as n from occasions o
    where o.seats < (select count(*) from enrolments e where e.occasion_id = o.id and e.status in ('CONFIRMED', 'OFFERED', 'ATTENDED', 'COMPLETED', 'NO_SHOW'))`);
  if (Number(overbooked[0]?.n) > 0) problems.push(`${overbooked[0]?.n} overbooked occasions`);
  if (problems.length) throw new Error(`the generated data is inconsistent:\n  ${problems.join('\n  ')}`);
}

const counted = ['companies', 'employees', 'assessments', 'courses', 'occasions', 'enrolments', 'budgets', 'budget_lines', 'ledger_entries'];

export async function countRows(pool: pg.Pool): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of counted) counts[table] = Number((await pool.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]?.n);
  return counts;
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
