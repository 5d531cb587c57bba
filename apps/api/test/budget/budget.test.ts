import { schema } from '@smartkompetens/db';
import { DEMO_LOGINS } from '@smartkompetens/db/seed';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { createTestApp, type TestApp } from '../helper.ts';

/**
 * Budget figures and the ledger's rules on the competence fixture (firms A and B in county 03).
 * Amounts are chosen above 2^31 and above 2^53 öre: they must come back exactly.
 */
let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
});
afterAll(() => t.close());

const BIG = 12_345_678_901_234_567n; // > 2^53
const COMMIT = 3_000_000_000n; // > 2^31
const ACTUAL = 2_500_000_001n;

const create = `mutation($input: BudgetCreateInput!) { budgetCreate(input: $input) { budget { id lines { id category source } } userErrors { code field message } } }`;
const record = `mutation($input: LedgerEntryCreateInput!) { ledgerEntryCreate(input: $input) { entry { id kind amount overrideApproved } userErrors { code field message } } }`;
const reverse = `mutation($id: ID!, $reason: String!) { ledgerEntryReverse(id: $id, reason: $reason) { entry { id kind amount reverses { id } } userErrors { code message } } }`;
const figures = `query($id: ID!) { budget(id: $id) { summary { amount committed actual remaining forecast } lines { id summary { amount committed actual remaining forecast } } } }`;

async function newBudget(amount: bigint, name = 'A 2026'): Promise<{ budgetId: string; lineId: string }> {
  const { body } = await t.graphql('PROGRAMME_ADMIN', create, {
    input: {
      level: 'COMPANY',
      companyId: f.companyA,
      name,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      lines: [
        { category: 'COURSE_FEES', source: 'PROGRAMME_GRANT', amount: String(amount), coFinancingShareBp: 5000 },
        { category: 'TRAVEL', source: 'OWN_CONTRIBUTION', amount: '1000' },
      ],
    },
  });
  expect(body.data.budgetCreate.userErrors).toEqual([]);
  const budget = body.data.budgetCreate.budget;
  return { budgetId: budget.id, lineId: budget.lines.find((l: { category: string }) => l.category === 'COURSE_FEES').id };
}

const entry = (budgetLineId: string, kind: string, amount: bigint, extra: Record<string, unknown> = {}) => ({
  input: { budgetLineId, kind, amount: String(amount), occurredOn: '2026-03-01', reason: 'Test', ...extra },
});

describe('budget figures', () => {
  it('keeps totals above 2^31 and 2^53 öre exact through GraphQL and REST', async () => {
    const { budgetId, lineId } = await newBudget(BIG, 'Big');
    expect((await t.graphql('COMPANY_ADMIN', record, entry(lineId, 'COMMITMENT', COMMIT))).body.data.ledgerEntryCreate.userErrors).toEqual([]);
    expect((await t.graphql('COMPANY_ADMIN', record, entry(lineId, 'ACTUAL', ACTUAL))).body.data.ledgerEntryCreate.userErrors).toEqual([]);
    expect((await t.graphql('COMPANY_ADMIN', record, entry(lineId, 'RELEASE', 1n))).body.data.ledgerEntryCreate.entry.amount).toBe('-1');

    const committed = COMMIT - 1n;
    // Nothing is dated after today, so the forecast is what is committed (more than the actual).
    const line = { amount: String(BIG), committed: String(committed), actual: String(ACTUAL), remaining: String(BIG - committed), forecast: String(committed) };
    const total = { ...line, amount: String(BIG + 1000n), remaining: String(BIG + 1000n - committed) };

    const { body } = await t.graphql('REGION_ADMIN', figures, { id: budgetId });
    expect(body.data.budget.summary).toEqual(total);
    expect(body.data.budget.lines.find((l: { id: string }) => l.id === lineId).summary).toEqual(line);

    const rest = await t.http.get('/api/v1/budgets').query({ companyId: f.companyA }).set(await t.headersFor('COMPANY_ADMIN'));
    expect(rest.status).toBe(200);
    const budget = rest.body.find((b: { id: string }) => b.id === budgetId);
    expect(budget.summary).toEqual(total);
    expect(budget.lines.find((l: { id: string }) => l.id === lineId)).toMatchObject({ amount: String(BIG), coFinancingShareBp: 5000, summary: line });

    const ledger = await t.http.get(`/api/v1/budgets/${budgetId}/ledger`).query({ first: 2 }).set(await t.headersFor('COMPANY_ADMIN'));
    expect(ledger.status).toBe(200);
    expect(ledger.body).toMatchObject({ totalCount: 3, hasNextPage: true });
    const next = await t.http.get(`/api/v1/budgets/${budgetId}/ledger`).query({ first: 2, after: ledger.body.endCursor }).set(await t.headersFor('COMPANY_ADMIN'));
    expect([...ledger.body.items, ...next.body.items].map((e: { amount: string }) => e.amount).sort()).toEqual(['-1', String(ACTUAL), String(COMMIT)].sort());
    expect(next.body.hasNextPage).toBe(false);
  });

  it('computes a budget’s figures in one statement however many lines it has', async () => {
    const { budgetId } = await newBudget(10_000n, 'Counted');
    const before = t.statements();
    await t.graphql('PROGRAMME_ADMIN', figures, { id: budgetId });
    // session + budget + lines + two summary loaders (budget level and line level)
    expect(t.statements() - before).toBeLessThanOrEqual(6);
  });

  it('restores the totals on a reversal and leaves the original row untouched', async () => {
    const { budgetId, lineId } = await newBudget(10_000_000_000n, 'Reversal');
    const { body: created } = await t.graphql('COMPANY_ADMIN', record, entry(lineId, 'ACTUAL', ACTUAL));
    const original = created.data.ledgerEntryCreate.entry;
    const [rowBefore] = await t.database.db.select().from(schema.ledgerEntries).where(eq(schema.ledgerEntries.id, original.id));

    const { body } = await t.graphql('COMPANY_ADMIN', reverse, { id: original.id, reason: 'Wrong invoice' });
    expect(body.data.ledgerEntryReverse.userErrors).toEqual([]);
    expect(body.data.ledgerEntryReverse.entry).toMatchObject({ kind: 'REVERSAL', amount: String(-ACTUAL), reverses: { id: original.id } });

    const { body: after } = await t.graphql('COMPANY_ADMIN', figures, { id: budgetId });
    expect(after.data.budget.summary).toEqual({ amount: '10000001000', committed: '0', actual: '0', remaining: '10000001000', forecast: '0' });
    const [rowAfter] = await t.database.db.select().from(schema.ledgerEntries).where(eq(schema.ledgerEntries.id, original.id));
    expect(rowAfter).toEqual(rowBefore);

    const again = await t.graphql('COMPANY_ADMIN', reverse, { id: original.id, reason: 'Twice' });
    expect(again.body.data.ledgerEntryReverse.userErrors[0].code).toBe('DUPLICATE');
  });

  it('refuses UPDATE, DELETE and TRUNCATE of ledger rows in the database', async () => {
    const { lineId } = await newBudget(10_000n, 'Append-only');
    const { body } = await t.graphql('COMPANY_ADMIN', record, entry(lineId, 'COMMITMENT', 100n));
    const id = body.data.ledgerEntryCreate.entry.id;
    const { db } = t.database;
    await expect(db.update(schema.ledgerEntries).set({ amount: 1n }).where(eq(schema.ledgerEntries.id, id))).rejects.toThrow();
    await expect(db.delete(schema.ledgerEntries).where(eq(schema.ledgerEntries.id, id))).rejects.toThrow();
    await expect(db.execute(sql`truncate ledger_entries cascade`)).rejects.toThrow();
    const [row] = await db.select().from(schema.ledgerEntries).where(eq(schema.ledgerEntries.id, id));
    expect(row!.amount).toBe(100n);
  });
});

describe('the overspend guard', () => {
  it('refuses an entry over the line’s amount with OVER_BUDGET and writes nothing', async () => {
    const { lineId } = await newBudget(1_000n, 'Guard');
    expect((await t.graphql('COMPANY_ADMIN', record, entry(lineId, 'COMMITMENT', 900n))).body.data.ledgerEntryCreate.userErrors).toEqual([]);
    const before = await t.database.db.$count(schema.ledgerEntries);
    const audits = await t.database.db.$count(schema.auditLog);
    for (const kind of ['COMMITMENT', 'ACTUAL']) {
      const { body } = await t.graphql('COMPANY_ADMIN', record, entry(lineId, kind, kind === 'COMMITMENT' ? 101n : 1_001n));
      expect(body.data.ledgerEntryCreate).toMatchObject({ entry: null, userErrors: [{ code: 'OVER_BUDGET', field: ['input', 'amount'] }] });
    }
    // An actual up to the committed amount fits: used is max(committed, actual).
    expect((await t.graphql('COMPANY_ADMIN', record, entry(lineId, 'ACTUAL', 900n))).body.data.ledgerEntryCreate.userErrors).toEqual([]);
    expect(await t.database.db.$count(schema.ledgerEntries)).toBe(before + 1);
    expect(await t.database.db.$count(schema.auditLog)).toBe(audits + 1);
    // A company admin cannot approve an override.
    const { body } = await t.graphql('COMPANY_ADMIN', record, entry(lineId, 'COMMITMENT', 500n, { overrideApproved: true }));
    expect(body.data.ledgerEntryCreate.userErrors[0].code).toBe('FORBIDDEN');
    expect(await t.database.db.$count(schema.ledgerEntries)).toBe(before + 1);
  });

  it('accepts it with a region or programme admin’s override, recorded and audited', async () => {
    const { budgetId, lineId } = await newBudget(1_000n, 'Override');
    const { body } = await t.graphql('REGION_ADMIN', record, entry(lineId, 'COMMITMENT', 1_500n, { overrideApproved: true }));
    expect(body.data.ledgerEntryCreate).toMatchObject({ entry: { overrideApproved: true, amount: '1500' }, userErrors: [] });
    const id = body.data.ledgerEntryCreate.entry.id;
    const [row] = await t.database.db.select().from(schema.ledgerEntries).where(eq(schema.ledgerEntries.id, id));
    const [regionAdmin] = await t.database.db.select().from(schema.users).where(eq(schema.users.email, DEMO_LOGINS.REGION_ADMIN));
    expect(row!.overrideApprovedByUserId).toBe(regionAdmin!.id);
    const audited = await t.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'ledger.overrideApproved'), eq(schema.auditLog.entityId, id)));
    expect(audited).toHaveLength(1);
    expect(audited[0]!.actorUserId).toBe(row!.overrideApprovedByUserId);
    const { body: after } = await t.graphql('PROGRAMME_ADMIN', figures, { id: budgetId });
    expect(after.data.budget.lines.find((l: { id: string }) => l.id === lineId).summary.remaining).toBe('-500');
  });

  it('refuses releasing more than is committed', async () => {
    const { lineId } = await newBudget(1_000n, 'Release');
    await t.graphql('COMPANY_ADMIN', record, entry(lineId, 'COMMITMENT', 100n));
    const { body } = await t.graphql('COMPANY_ADMIN', record, entry(lineId, 'RELEASE', 101n));
    expect(body.data.ledgerEntryCreate.userErrors[0].code).toBe('OUT_OF_RANGE');
  });
});
