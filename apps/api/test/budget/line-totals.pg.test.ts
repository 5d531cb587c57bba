import { schema } from '@smartkompetens/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { createTestApp, type TestApp } from '../helper.ts';

/**
 * The trigger that keeps `budget_line_totals` under concurrent writers: real parallel
 * connections exist only on PostgreSQL, so this file runs in the PostgreSQL pass of the suite
 * (TEST_DATABASE_URL) and fails — never skips — without it. The writers insert straight into the
 * ledger, without the line's lock the services take, so nothing but the trigger's own upsert
 * keeps them apart: each round's months are new, so they also race to create the same rows.
 */
const ROUNDS = 5;
const CLIENTS = 20;

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL) throw new Error('This test needs TEST_DATABASE_URL: concurrency cannot be tested on PGlite');
  t = await createTestApp({ seed: false });
  expect(t.database.kind).toBe('postgres');
  f = await insertFixture(t.database.db);
});
afterAll(() => t?.close());

describe('budget line totals under concurrency (PostgreSQL)', () => {
  it(`lose no sum when ${CLIENTS} transactions write the same lines and months at once, round after round`, async () => {
    const { db } = t.database;
    const [budget] = await db
      .insert(schema.budgets)
      .values({ level: 'COMPANY', regionCode: '03', companyId: f.companyA, name: 'Concurrent', periodStart: '2026-01-01', periodEnd: '2027-12-31' })
      .returning();
    const lines = await db
      .insert(schema.budgetLines)
      .values(
        (['COURSE_FEES', 'PARTICIPANT_TIME', 'TRAVEL'] as const).map((category) => ({
          budgetId: budget!.id,
          companyId: f.companyA,
          regionCode: '03',
          category,
          source: 'PROGRAMME_GRANT' as const,
          amount: 10n ** 15n,
        })),
      )
      .returning();
    for (let round = 0; round < ROUNDS; round++) {
      const months = [`2026-${String(2 * round + 1).padStart(2, '0')}-15`, `2026-${String(2 * round + 2).padStart(2, '0')}-03`];
      await Promise.all(
        Array.from({ length: CLIENTS }, (_, client) =>
          db.transaction(async (tx) => {
            // Half the clients list the keys in reverse order; a deadlock or a failed upsert fails the round.
            const keys = lines.flatMap((line) => months.map((on) => ({ line, on })));
            if (client % 2) keys.reverse();
            await tx.insert(schema.ledgerEntries).values(
              keys.map(({ line, on }, i) => ({
                budgetLineId: line.id,
                budgetId: budget!.id,
                companyId: f.companyA,
                regionCode: '03',
                kind: i % 3 === 0 ? ('ACTUAL' as const) : ('COMMITMENT' as const),
                amount: 3_000_000_000n + BigInt(client),
                occurredOn: on,
                reason: `Round ${round}, client ${client}`,
              })),
            );
            await tx.execute(sql`select pg_sleep(0.01)`);
          }),
        ),
      );
    }
    const { rows } = (await db.execute(sql`
      with raw as (
        select e.budget_line_id, date_trunc('month', e.occurred_on::timestamp)::date as month,
          coalesce(sum(e.amount) filter (where e.kind = 'COMMITMENT'), 0) as committed,
          coalesce(sum(e.amount) filter (where e.kind = 'ACTUAL'), 0) as actual
        from ledger_entries e where e.budget_id = ${budget!.id} group by 1, 2
      )
      select (select count(*) from raw)::int as months,
        (select count(*) from ledger_entries where budget_id = ${budget!.id})::int as entries,
        (select count(*) from raw full join (select t.* from budget_line_totals t join budget_lines l on l.id = t.budget_line_id where l.budget_id = ${budget!.id}) t
           using (budget_line_id, month)
         where (raw.committed, raw.actual) is distinct from (t.committed::numeric, t.actual::numeric))::int as differ`)) as unknown as {
      rows: { months: number; entries: number; differ: number }[];
    };
    expect(rows[0]).toEqual({ months: ROUNDS * 2 * lines.length, entries: ROUNDS * CLIENTS * 2 * lines.length, differ: 0 });
  });
});
