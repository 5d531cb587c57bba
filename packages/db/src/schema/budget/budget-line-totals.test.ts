import { sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMigrationsFolder } from '../../client.ts';
import { createTestDatabase, type TestDatabase } from '../../testing.ts';

/**
 * Migration 0008 on a database that already has a ledger: it must fill `budget_line_totals` from
 * the existing entries (a reversal in the kind of the entry it reverses, in its own month), and
 * the trigger must then add to the filled rows. The expected sums are worked out by hand below.
 */
const BEFORE = '0008_budget_line_totals';
let folder: string;
let database: TestDatabase;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'sk-migrations-'));
  mkdirSync(join(folder, 'meta'));
  const journal = JSON.parse(readFileSync(join(defaultMigrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { idx: number; tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag === BEFORE);
  expect(cut).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, cut);
  for (const { tag } of journal.entries) copyFileSync(join(defaultMigrationsFolder, `${tag}.sql`), join(folder, `${tag}.sql`));
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  database = await createTestDatabase({ poolSize: 1 }, folder);
});
afterAll(async () => {
  await database?.destroy();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function totals(): Promise<string[]> {
  const { rows } = (await database.db.execute(
    sql`select l.category || ' ' || t.month || ' ' || t.committed || ' ' || t.actual as row
        from budget_line_totals t join budget_lines l on l.id = t.budget_line_id order by 1`,
  )) as unknown as { rows: { row: string }[] };
  return rows.map((r) => r.row);
}

describe('migration 0008: budget line totals', () => {
  it('fills the table from the existing ledger, and the trigger adds to it afterwards', async () => {
    const { db } = database;
    await db.execute(sql`
      with b as (insert into budgets (level, name, period_start, period_end) values ('PROGRAMME', 'Före 0008', '2026-01-01', '2026-12-31') returning id)
      insert into budget_lines (id, budget_id, category, source, amount)
      select x.id, b.id, x.category::cost_category, 'PROGRAMME_GRANT', 10000000000000000 from b,
        (values ('00000000-0000-4000-8000-00000000000a'::uuid, 'OTHER'), ('00000000-0000-4000-8000-00000000000b'::uuid, 'TRAVEL')) as x(id, category)`);
    const line = { other: '00000000-0000-4000-8000-00000000000a', travel: '00000000-0000-4000-8000-00000000000b' };
    const entry = (id: string, lineId: string, kind: string, amount: string, on: string, reverses: string | null = null) =>
      sql`(${id}::uuid, ${lineId}::uuid, (select budget_id from budget_lines where id = ${lineId}::uuid), ${kind}::ledger_kind, ${amount}::bigint, ${on}::date, 'Före', ${reverses}::uuid)`;
    const insert = (...values: ReturnType<typeof entry>[]) =>
      db.execute(sql`insert into ledger_entries (id, budget_line_id, budget_id, kind, amount, occurred_on, reason, reverses_entry_id) values ${sql.join(values, sql`, `)}`);
    const id = (n: number) => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;
    await insert(
      entry(id(1), line.other, 'COMMITMENT', '1000', '2026-01-10'),
      entry(id(2), line.other, 'ACTUAL', '400', '2026-01-20'),
      entry(id(3), line.other, 'RELEASE', '-300', '2026-02-05'),
      entry(id(5), line.other, 'COMMITMENT', '9007199254740993', '2026-03-01'),
      entry(id(6), line.travel, 'ACTUAL', '50', '2026-01-31'),
    );
    await insert(entry(id(4), line.other, 'REVERSAL', '-400', '2026-02-06', id(2)));
    await expect(totals()).rejects.toThrow(); // no table before 0008

    const migrate = database.kind === 'postgres' ? migratePg : migratePglite;
    await migrate(database.db as never, { migrationsFolder: defaultMigrationsFolder });
    expect(await totals()).toEqual([
      'OTHER 2026-01-01 1000 400',
      'OTHER 2026-02-01 -300 -400',
      'OTHER 2026-03-01 9007199254740993 0',
      'TRAVEL 2026-01-01 0 50',
    ]);

    await insert(entry(id(7), line.other, 'REVERSAL', '-1000', '2026-03-15', id(1)), entry(id(8), line.travel, 'ACTUAL', '7', '2026-04-30'));
    expect(await totals()).toEqual([
      'OTHER 2026-01-01 1000 400',
      'OTHER 2026-02-01 -300 -400',
      'OTHER 2026-03-01 9007199254739993 0',
      'TRAVEL 2026-01-01 0 50',
      'TRAVEL 2026-04-01 0 7',
    ]);
  });
});
