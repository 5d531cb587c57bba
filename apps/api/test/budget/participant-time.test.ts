import { schema } from '@smartkompetens/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCatalogue, type CatalogueFixture } from '../catalogue/fixture.ts';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { createTestApp, type TestApp } from '../helper.ts';

/**
 * Participant time: planned from the month's enrolments, attested by the participant or their
 * admin, valued at the person's hourly cost (450 kr/h in the fixture) as an ACTUAL on the firm's
 * participant-time line, and locked for good once the month is reported. The fixture's past
 * occasion is an 8-hour Lean day 30 days ago.
 */
let t: TestApp;
let f: Fixture;
let c: CatalogueFixture;
let month: string;
let lineId: string;

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
  c = await insertCatalogue(t.database.db, f);
  const [past] = await t.database.db.select().from(schema.occasions).where(eq(schema.occasions.id, c.occasions.past));
  month = `${past!.startsOn.slice(0, 7)}-01`;
  await t.database.db.insert(schema.enrolments).values([
    { occasionId: c.occasions.past, employeeId: f.people.e1, companyId: f.companyA, status: 'ATTENDED' },
    { occasionId: c.occasions.past, employeeId: f.people.e2, companyId: f.companyA, status: 'CANCELLED' },
  ]);
  const [budget] = await t.database.db
    .insert(schema.budgets)
    .values({ level: 'COMPANY', regionCode: '03', companyId: f.companyA, name: 'A', periodStart: '2020-01-01', periodEnd: '2035-12-31' })
    .returning();
  const [line] = await t.database.db
    .insert(schema.budgetLines)
    .values({ budgetId: budget!.id, companyId: f.companyA, regionCode: '03', category: 'PARTICIPANT_TIME', source: 'OWN_CONTRIBUTION', amount: 10_000_000n })
    .returning();
  lineId = line!.id;
});
afterAll(() => t.close());

const read = `query($companyId: ID!, $month: Date!) { participantTime(companyId: $companyId, month: $month) { month locked rows { employee { id } plannedMinutes attestedMinutes value reason } attestedMinutes attestedValue } }`;
const attest = `mutation($input: ParticipantTimeAttestInput!) { participantTimeAttest(input: $input) { row { plannedMinutes attestedMinutes value reason } userErrors { code field } } }`;
const lock = `mutation($companyId: ID!, $month: Date!) { participantTimeLock(companyId: $companyId, month: $month) { month { locked lockedAt } userErrors { code field } } }`;

/** The line's actual, by the rule: actuals plus the reversals of actuals. */
async function lineActual(): Promise<bigint> {
  const entries = await t.database.db.select().from(schema.ledgerEntries).where(eq(schema.ledgerEntries.budgetLineId, lineId));
  const kindOf = new Map(entries.map((e) => [e.id, e.kind]));
  return entries.filter((e) => (e.reversesEntryId ? kindOf.get(e.reversesEntryId) : e.kind) === 'ACTUAL').reduce((sum, e) => sum + e.amount, 0n);
}

/** The database's own message when it refuses a statement, or '' when it accepts it. */
async function databaseError(statement: ReturnType<typeof sql>): Promise<string> {
  try {
    await t.database.db.execute(statement);
    return '';
  } catch (error) {
    const e = error as Error & { cause?: Error };
    return e.cause?.message ?? e.message;
  }
}

describe('participant time', () => {
  it('plans each person’s minutes from the month’s enrolments that hold a seat', async () => {
    const { body } = await t.graphql('COMPANY_ADMIN', read, { companyId: f.companyA, month });
    expect(body.data.participantTime).toEqual({
      month,
      locked: false,
      rows: [{ employee: { id: f.people.e1 }, plannedMinutes: 480, attestedMinutes: null, value: null, reason: null }],
      attestedMinutes: 0,
      attestedValue: '0',
    });
  });

  it('lets the participant attest the planned hours: 8 h × 450 kr = 3 600 kr on the participant-time line', async () => {
    const { body } = await t.graphql('EMPLOYEE', attest, { input: { employeeId: f.people.e1, month: `${month.slice(0, 7)}-15`, minutes: 480 } });
    expect(body.data.participantTimeAttest).toEqual({ row: { plannedMinutes: 480, attestedMinutes: 480, value: '360000', reason: null }, userErrors: [] });
    expect(await lineActual()).toBe(360_000n);
  });

  it('needs a reason to differ from the plan; re-attesting reverses the previous entry', async () => {
    const input = { employeeId: f.people.e1, month, minutes: 420 };
    expect((await t.graphql('COMPANY_ADMIN', attest, { input })).body.data.participantTimeAttest.userErrors).toEqual([{ code: 'REQUIRED', field: ['input', 'reason'] }]);
    const { body } = await t.graphql('COMPANY_ADMIN', attest, { input: { ...input, reason: 'Gick en timme tidigare' } });
    expect(body.data.participantTimeAttest.row).toEqual({ plannedMinutes: 480, attestedMinutes: 420, value: '315000', reason: 'Gick en timme tidigare' });
    expect(await lineActual()).toBe(315_000n);
    const entries = await t.database.db.select().from(schema.ledgerEntries).where(eq(schema.ledgerEntries.budgetLineId, lineId));
    expect(entries.map((e) => [e.kind, e.amount]).sort()).toEqual(
      [
        ['ACTUAL', 360_000n],
        ['REVERSAL', -360_000n],
        ['ACTUAL', 315_000n],
      ].sort(),
    );
    const month2 = (await t.graphql('COMPANY_ADMIN', read, { companyId: f.companyA, month })).body.data.participantTime;
    expect(month2).toMatchObject({ attestedMinutes: 420, attestedValue: '315000' });
  });

  it('refuses bad input next to the field: negative minutes, a month ahead, a date that is not one', async () => {
    const errors = async (input: Record<string, unknown>) => (await t.graphql('COMPANY_ADMIN', attest, { input: { employeeId: f.people.e1, month, minutes: 60, reason: 'x', ...input } })).body.data.participantTimeAttest.userErrors;
    expect(await errors({ minutes: -5 })).toEqual([{ code: 'OUT_OF_RANGE', field: ['input', 'minutes'] }]);
    expect(await errors({ month: '2099-01-01' })).toEqual([{ code: 'OUT_OF_RANGE', field: ['input', 'month'] }]);
    const bad = await t.graphql('COMPANY_ADMIN', attest, { input: { employeeId: f.people.e1, month: 'last month', minutes: 60 } });
    expect(bad.body.errors ?? bad.body.data.participantTimeAttest.userErrors).toBeTruthy();
  });

  it('keeps each person to their own time: colleagues, other firms and providers are refused', async () => {
    // A colleague is not even visible to an employee.
    expect((await t.graphql('EMPLOYEE', attest, { input: { employeeId: f.people.e2, month, minutes: 60, reason: 'x' } })).body.data.participantTimeAttest.userErrors[0].code).toBe('NOT_FOUND');
    expect((await t.graphql('OTHER_COMPANY_ADMIN', attest, { input: { employeeId: f.people.e1, month, minutes: 60, reason: 'x' } })).body.data.participantTimeAttest.userErrors[0].code).toMatch(/NOT_FOUND|FORBIDDEN/);
    const own = await t.graphql('EMPLOYEE', read, { companyId: f.companyA, month });
    expect(own.body.data.participantTime.rows.map((r: { employee: { id: string } }) => r.employee.id)).toEqual([f.people.e1]);
    const provider = await t.graphql('PROVIDER', read, { companyId: f.companyA, month });
    expect(provider.body.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
  });

  it('locks a reported month for good: no attestation, no second report, and the database refuses changes', async () => {
    expect((await t.graphql('EMPLOYEE', lock, { companyId: f.companyA, month })).body.data.participantTimeLock.userErrors[0].code).toBe('FORBIDDEN');
    const { body } = await t.graphql('COMPANY_ADMIN', lock, { companyId: f.companyA, month });
    expect(body.data.participantTimeLock.userErrors).toEqual([]);
    expect(body.data.participantTimeLock.month.locked).toBe(true);
    expect((await t.graphql('COMPANY_ADMIN', lock, { companyId: f.companyA, month })).body.data.participantTimeLock.userErrors).toEqual([{ code: 'LOCKED', field: ['month'] }]);
    expect((await t.graphql('EMPLOYEE', attest, { input: { employeeId: f.people.e1, month, minutes: 480 } })).body.data.participantTimeAttest.userErrors).toEqual([
      { code: 'LOCKED', field: ['input', 'month'] },
    ]);
    expect(await lineActual()).toBe(315_000n);
    expect(await databaseError(sql`update participant_time set minutes = 1 where month = ${month}::date`)).toMatch(/reported and locked/);
    expect(await databaseError(sql`delete from participant_time where month = ${month}::date`)).toMatch(/reported and locked/);
    expect(await databaseError(sql`insert into participant_time (employee_id, company_id, region_code, month, planned_minutes, minutes, hourly_cost, value)
      values (${f.people.e2}::uuid, ${f.companyA}::uuid, '03', ${month}::date, 0, 60, 45000, 45000)`)).toMatch(/reported and locked/);
    expect(await databaseError(sql`delete from participant_time_locks`)).not.toBe('');
    expect((await t.graphql('COMPANY_ADMIN', read, { companyId: f.companyA, month })).body.data.participantTime.locked).toBe(true);
  });
});
