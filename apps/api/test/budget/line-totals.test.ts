import { schema } from '@smartkompetens/db';
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { createTestApp, type TestApp } from '../helper.ts';

/**
 * `budget_line_totals` is kept by a trigger on `ledger_entries` (migration 0008) and the budget
 * figures are read from it. Here a ledger of every kind of entry, written through the API and as
 * multi-row inserts, dated in past, current and future months around the database's today, is
 * summed again in JavaScript from the raw rows, by the rule — not by the trigger's SQL — and the
 * table and the figures must equal those sums to the öre.
 */
let t: TestApp;
let f: Fixture;
let today: string;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
  const result = (await t.database.db.execute(sql`select current_date::text as today`)) as unknown as { rows: { today: string }[] };
  today = result.rows[0]!.today;
});
afterAll(() => t.close());

const DAY = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** The first day of the month `months` after the month of `iso`. */
const monthAfter = (iso: string, months: number) => {
  const d = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

const create = `mutation($input: BudgetCreateInput!) { budgetCreate(input: $input) { budget { id lines { id category amount } } userErrors { code field message } } }`;
const record = `mutation($input: LedgerEntryCreateInput!) { ledgerEntryCreate(input: $input) { entry { id } userErrors { code field message } } }`;
const reverse = `mutation($id: ID!, $reason: String!) { ledgerEntryReverse(id: $id, reason: $reason) { entry { id } userErrors { code message } } }`;
const figures = `query($id: ID!) { budget(id: $id) { summary { amount committed actual remaining forecast } lines { id summary { amount committed actual remaining forecast } } } }`;

type Entry = typeof schema.ledgerEntries.$inferSelect;
interface Sums {
  committed: bigint;
  actual: bigint;
  ahead: bigint;
}

/** The figures' rule over raw rows: a reversal counts in the kind of the entry it reverses. */
function countsIn(entry: Entry, byId: Map<string, Entry>): 'COMMITTED' | 'ACTUAL' | null {
  const kind = entry.reversesEntryId ? byId.get(entry.reversesEntryId)!.kind : entry.kind;
  return kind === 'COMMITMENT' || kind === 'RELEASE' ? 'COMMITTED' : kind === 'ACTUAL' ? 'ACTUAL' : null;
}

function sumBy(entries: Entry[], key: (e: Entry) => string): Map<string, Sums> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const sums = new Map<string, Sums>();
  for (const e of entries) {
    const s = sums.get(key(e)) ?? { committed: 0n, actual: 0n, ahead: 0n };
    const figure = countsIn(e, byId);
    if (figure === 'COMMITTED') {
      s.committed += e.amount;
      if (e.occurredOn > today) s.ahead += e.amount;
    }
    if (figure === 'ACTUAL') s.actual += e.amount;
    sums.set(key(e), s);
  }
  return sums;
}

const max = (a: bigint, b: bigint) => (a > b ? a : b);

describe('budget line totals', () => {
  it('equal the raw ledger, per line and month, after every kind of entry in past, current and future months', async () => {
    const { db } = t.database;
    // Dates around the database's today; "later this month" is today itself on a month's last day.
    const lastYear = addDays(monthAfter(today, -12), 9);
    const lastMonth = addDays(monthAfter(today, -1), 27);
    const earlierThisMonth = monthAfter(today, 0);
    const laterThisMonth = addDays(monthAfter(today, 1), -1);
    const nextMonth = addDays(monthAfter(today, 1), 14);
    const halfYearAhead = addDays(monthAfter(today, 6), 2);

    const { body } = await t.graphql('PROGRAMME_ADMIN', create, {
      input: {
        level: 'COMPANY',
        companyId: f.companyA,
        name: 'Totals',
        periodStart: monthAfter(today, -13),
        periodEnd: monthAfter(today, 13),
        lines: [
          { category: 'COURSE_FEES', source: 'PROGRAMME_GRANT', amount: '90000000000000000' },
          { category: 'TRAVEL', source: 'OWN_CONTRIBUTION', amount: '50000000000' },
        ],
      },
    });
    expect(body.data.budgetCreate.userErrors).toEqual([]);
    const budget = body.data.budgetCreate.budget;
    const fees: string = budget.lines.find((l: { category: string }) => l.category === 'COURSE_FEES').id;
    const travel: string = budget.lines.find((l: { category: string }) => l.category === 'TRAVEL').id;

    // Through the API, one entry per statement, each under the line's lock.
    const entry = async (budgetLineId: string, kind: string, amount: bigint, occurredOn: string) => {
      const { body } = await t.graphql('COMPANY_ADMIN', record, { input: { budgetLineId, kind, amount: String(amount), occurredOn, reason: 'Test' } });
      expect(body.data.ledgerEntryCreate.userErrors).toEqual([]);
      return body.data.ledgerEntryCreate.entry.id as string;
    };
    const reversal = async (id: string) => {
      const { body } = await t.graphql('COMPANY_ADMIN', reverse, { id, reason: 'Wrong line' });
      expect(body.data.ledgerEntryReverse.userErrors).toEqual([]);
    };
    const aheadCommitment = await entry(fees, 'COMMITMENT', 1_000_000_007n, nextMonth);
    await entry(fees, 'COMMITMENT', 2_000_000_011n, laterThisMonth);
    await entry(fees, 'COMMITMENT', 9_007_199_254_740_993n, lastYear); // > 2^53
    const oldInvoice = await entry(fees, 'ACTUAL', 250_000n, lastYear);
    await entry(fees, 'RELEASE', 100n, earlierThisMonth);
    await entry(fees, 'COMMITMENT', 77n, today);
    const todaysInvoice = await entry(fees, 'ACTUAL', 5_000_000_000n, today);
    await reversal(aheadCommitment); // dated today: counts as committed in this month, not ahead
    await reversal(todaysInvoice);
    await reversal(oldInvoice);

    // Multi-row inserts past the service, lines and months out of key order; the second
    // statement reverses an entry of its own statement, and entries of the first.
    const budgetId: string = budget.id;
    const row = (budgetLineId: string, kind: Entry['kind'], amount: bigint, occurredOn: string, extra: Partial<Entry> = {}) => ({
      budgetLineId,
      budgetId,
      companyId: f.companyA,
      regionCode: '03',
      kind,
      amount,
      occurredOn,
      reason: 'Bulk',
      ...extra,
    });
    const [travelAhead, travelPast, feesAhead] = [randomUUID(), randomUUID(), randomUUID()];
    await db.insert(schema.ledgerEntries).values([
      row(travel, 'COMMITMENT', 40_000n, halfYearAhead, { id: travelAhead }),
      row(fees, 'ACTUAL', 3_000_000_001n, lastMonth),
      row(travel, 'ACTUAL', 12_345n, lastMonth, { id: travelPast }),
      row(fees, 'COMMITMENT', 6_000_000_000n, halfYearAhead, { id: feesAhead }),
      row(travel, 'COMMITMENT', 500n, laterThisMonth),
      row(fees, 'ACTUAL', 1n, earlierThisMonth),
      row(travel, 'RELEASE', -200n, nextMonth),
    ]);
    const ownTarget = randomUUID();
    await db.insert(schema.ledgerEntries).values([
      row(travel, 'REVERSAL', -12_345n, nextMonth, { reversesEntryId: travelPast }), // an actual, reversed in a month ahead
      row(fees, 'COMMITMENT', 123n, lastMonth, { id: ownTarget }),
      row(fees, 'REVERSAL', -6_000_000_000n, laterThisMonth, { reversesEntryId: feesAhead }),
      row(fees, 'REVERSAL', -123n, nextMonth, { reversesEntryId: ownTarget }), // its target is in this statement
      row(travel, 'REVERSAL', -40_000n, lastYear, { reversesEntryId: travelAhead }),
      row(travel, 'COMMITMENT', 999n, lastYear),
    ]);

    const ledger = await db.select().from(schema.ledgerEntries);
    const months = sumBy(ledger, (e) => `${e.budgetLineId} ${e.occurredOn.slice(0, 7)}-01`);
    const expected = [...months].map(([key, s]) => `${key} ${s.committed} ${s.actual}`).sort();
    const kept = (await db.select().from(schema.budgetLineTotals)).map((r) => `${r.budgetLineId} ${r.month} ${r.committed} ${r.actual}`).sort();
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect(kept).toEqual(expected);

    // The figures: committed and actual from the table, "ahead" split at this month's end.
    const lines = sumBy(ledger, (e) => e.budgetLineId);
    const amounts = new Map<string, bigint>([
      [fees, 90_000_000_000_000_000n],
      [travel, 50_000_000_000n],
    ]);
    const summary = (line: string) => {
      const s = lines.get(line)!;
      const amount = amounts.get(line)!;
      return { amount, committed: s.committed, actual: s.actual, remaining: amount - max(s.committed, s.actual), forecast: max(s.committed, s.actual + s.ahead) };
    };
    const asText = (s: Record<string, bigint>) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, String(v)]));
    expect(lines.get(fees)!.ahead).not.toBe(0n);
    expect(lines.get(travel)!.ahead).not.toBe(0n);

    const { body: read } = await t.graphql('REGION_ADMIN', figures, { id: budget.id });
    for (const line of [fees, travel]) {
      expect(read.data.budget.lines.find((l: { id: string }) => l.id === line).summary).toEqual(asText(summary(line)));
    }
    const total = Object.fromEntries(
      (['amount', 'committed', 'actual', 'remaining', 'forecast'] as const).map((k) => [k, summary(fees)[k] + summary(travel)[k]]),
    );
    expect(read.data.budget.summary).toEqual(asText(total));
  });

  it('figures read once are not served after a line changes (the budgets version)', async () => {
    const [line] = await t.database.db.select().from(schema.budgetLines).limit(1);
    const before = (await t.graphql('PROGRAMME_ADMIN', figures, { id: line!.budgetId })).body.data.budget;
    const summaryOf = (budget: { lines: { id: string; summary: { amount: string; remaining: string } }[] }) => budget.lines.find((l) => l.id === line!.id)!.summary;
    expect(summaryOf(before).amount).toBe(String(line!.amount));
    await t.database.db.update(schema.budgetLines).set({ amount: line!.amount + 100n }).where(sql`${schema.budgetLines.id} = ${line!.id}`);
    const after = (await t.graphql('PROGRAMME_ADMIN', figures, { id: line!.budgetId })).body.data.budget;
    expect(summaryOf(after).amount).toBe(String(line!.amount + 100n));
    expect(BigInt(summaryOf(after).remaining)).toBe(BigInt(summaryOf(before).remaining) + 100n);
  });
});
