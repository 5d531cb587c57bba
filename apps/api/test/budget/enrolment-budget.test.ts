import { schema } from '@smartkompetens/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCatalogue, type CatalogueFixture } from '../catalogue/fixture.ts';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { createTestApp, type TestApp } from '../helper.ts';

/**
 * Enrolments and the budget: a seat commits its fee and participant time, a cancellation
 * releases them, a budget that cannot carry it refuses with OVER_BUDGET, and an admin's
 * approved override enrols anyway. Fixture: firm A's people cost 450 kr/h; MIG/MAG is 24 h and
 * 9 000 kr, the welders' course 16 h and 15 000 kr.
 */
let t: TestApp;
let f: Fixture;
let c: CatalogueFixture;
let budgetId: string;
const FEES = 2_000_000n; // 20 000 kr: two MIG/MAG fees, not a third course
const MIGMAG_FEE = 900_000n;
const MIGMAG_TIME = 24n * 45_000n;
const WELDERS = 1_500_000n + 16n * 45_000n;

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
  c = await insertCatalogue(t.database.db, f, 5);
  const [budget] = await t.database.db
    .insert(schema.budgets)
    .values({ level: 'COMPANY', regionCode: '03', companyId: f.companyA, name: 'A', periodStart: '2020-01-01', periodEnd: '2035-12-31' })
    .returning();
  budgetId = budget!.id;
  await t.database.db.insert(schema.budgetLines).values([
    { budgetId, companyId: f.companyA, regionCode: '03', category: 'COURSE_FEES', source: 'PROGRAMME_GRANT', amount: FEES },
    { budgetId, companyId: f.companyA, regionCode: '03', category: 'PARTICIPANT_TIME', source: 'OWN_CONTRIBUTION', amount: 100_000_000n, coFinancingShareBp: 10_000 },
  ]);
});
afterAll(() => t.close());

const enrol = `mutation($occasionId: ID!, $employeeId: ID!) { enrolmentCreate(occasionId: $occasionId, employeeId: $employeeId) { enrolment { id status } userErrors { code field message } } }`;
const cancel = `mutation($id: ID!) { enrolmentCancel(id: $id) { enrolment { status } userErrors { code } } }`;
const figures = `query($id: ID!) { budget(id: $id) { summary { committed actual remaining forecast } months { month committed cumulativeCommitted } } }`;
const ledger = `query($id: ID!) { ledger(budgetId: $id, first: 100) { nodes { kind amount enrolmentId category occurredOn overrideApproved createdBy } totalCount } }`;

async function committed(): Promise<bigint> {
  const { body } = await t.graphql('COMPANY_ADMIN', figures, { id: budgetId });
  return BigInt(body.data.budget.summary.committed);
}

describe('enrolments commit and release budget', () => {
  let first: string;

  it('commits the fee and the participant time when an admin enrols someone into a seat, dated on the occasion’s start', async () => {
    const { body } = await t.graphql('COMPANY_ADMIN', enrol, { occasionId: c.occasions.upcoming, employeeId: f.people.e1 });
    expect(body.data.enrolmentCreate.userErrors).toEqual([]);
    first = body.data.enrolmentCreate.enrolment.id;
    const entries = (await t.graphql('COMPANY_ADMIN', ledger, { id: budgetId })).body.data.ledger.nodes;
    const [occasion] = await t.database.db.select().from(schema.occasions).where(eq(schema.occasions.id, c.occasions.upcoming));
    expect(entries).toEqual(
      expect.arrayContaining([
        { kind: 'COMMITMENT', amount: String(MIGMAG_FEE), enrolmentId: first, category: 'COURSE_FEES', occurredOn: occasion!.startsOn, overrideApproved: false, createdBy: 'HR A' },
        { kind: 'COMMITMENT', amount: String(MIGMAG_TIME), enrolmentId: first, category: 'PARTICIPANT_TIME', occurredOn: occasion!.startsOn, overrideApproved: false, createdBy: 'HR A' },
      ]),
    );
    const budget = (await t.graphql('COMPANY_ADMIN', figures, { id: budgetId })).body.data.budget;
    expect(budget.summary.committed).toBe(String(MIGMAG_FEE + MIGMAG_TIME));
    // The occasion lies ahead: the forecast counts it; its month carries the commitment.
    expect(budget.summary.forecast).toBe(String(MIGMAG_FEE + MIGMAG_TIME));
    const month = budget.months.find((m: { month: string }) => m.month === `${occasion!.startsOn.slice(0, 7)}-01`);
    expect(month.committed).toBe(String(MIGMAG_FEE + MIGMAG_TIME));
  });

  it('commits nothing for a request, and approving it passes the overspend guard', async () => {
    const request = await t.graphql('EMPLOYEE', enrol, { occasionId: c.occasions.online, employeeId: f.people.e1 });
    expect(request.body.data.enrolmentCreate.enrolment.status).toBe('REQUESTED');
    expect(await committed()).toBe(MIGMAG_FEE + MIGMAG_TIME);
    // Approving would take fees to 9 000 + 15 000 kr > 20 000 kr: refused, and the request stays.
    const approve = await t.graphql('COMPANY_ADMIN', `mutation($id: ID!) { enrolmentApprove(id: $id) { enrolment { status } userErrors { code field } } }`, {
      id: request.body.data.enrolmentCreate.enrolment.id,
    });
    expect(approve.body.data.enrolmentApprove.userErrors).toEqual([{ code: 'OVER_BUDGET', field: ['occasionId'] }]);
    const [still] = await t.database.db.select().from(schema.enrolments).where(eq(schema.enrolments.id, request.body.data.enrolmentCreate.enrolment.id));
    expect(still!.status).toBe('REQUESTED');
    await t.graphql('EMPLOYEE', cancel, { id: request.body.data.enrolmentCreate.enrolment.id });
  });

  it('refuses an enrolment the budget cannot carry with OVER_BUDGET, and writes neither seat nor money', async () => {
    const before = await t.database.db.select().from(schema.ledgerEntries).where(eq(schema.ledgerEntries.budgetId, budgetId));
    const { body } = await t.graphql('COMPANY_ADMIN', enrol, { occasionId: c.occasions.online, employeeId: f.people.e3 });
    expect(body.data.enrolmentCreate.enrolment).toBeNull();
    expect(body.data.enrolmentCreate.userErrors).toEqual([expect.objectContaining({ code: 'OVER_BUDGET', field: ['occasionId'] })]);
    expect(body.data.enrolmentCreate.userErrors[0].message).toMatch(/over its budget/);
    const live = await t.database.db
      .select()
      .from(schema.enrolments)
      .where(and(eq(schema.enrolments.occasionId, c.occasions.online), eq(schema.enrolments.employeeId, f.people.e3)));
    expect(live).toEqual([]);
    expect(await t.database.db.select().from(schema.ledgerEntries).where(eq(schema.ledgerEntries.budgetId, budgetId))).toHaveLength(before.length);
  });

  let requestId: string;
  const ask = `mutation($input: BudgetOverrideRequestInput!) { budgetOverrideRequestCreate(input: $input) { request { id status amount employee { id } occasion { id } } userErrors { code field } } }`;
  const decide = `mutation($id: ID!, $approve: Boolean!, $note: String) { budgetOverrideRequestDecide(id: $id, approve: $approve, note: $note) { request { status decisionNote enrolment { id status } } userErrors { code field } } }`;

  it('lets the firm’s admin ask for an override, once per person and occasion', async () => {
    const input = { occasionId: c.occasions.online, employeeId: f.people.e3, reason: 'Certifieringen krävs för ordern från Scania' };
    const { body } = await t.graphql('COMPANY_ADMIN', ask, { input });
    expect(body.data.budgetOverrideRequestCreate.userErrors).toEqual([]);
    expect(body.data.budgetOverrideRequestCreate.request).toMatchObject({ status: 'PENDING', amount: String(WELDERS) });
    requestId = body.data.budgetOverrideRequestCreate.request.id;
    expect((await t.graphql('COMPANY_ADMIN', ask, { input })).body.data.budgetOverrideRequestCreate.userErrors).toEqual([{ code: 'DUPLICATE', field: ['input', 'employeeId'] }]);
    expect((await t.graphql('COMPANY_ADMIN', ask, { input: { ...input, reason: ' ' } })).body.data.budgetOverrideRequestCreate.userErrors[0].code).toBe('REQUIRED');
    expect((await t.graphql('OTHER_COMPANY_ADMIN', ask, { input })).body.data.budgetOverrideRequestCreate.userErrors[0].code).toMatch(/NOT_FOUND|FORBIDDEN/);
  });

  it('shows pending requests to the county’s admins, not to other firms', async () => {
    const list = `{ budgetOverrideRequests(status: PENDING) { id company { id } } }`;
    expect((await t.graphql('REGION_ADMIN', list)).body.data.budgetOverrideRequests.map((r: { id: string }) => r.id)).toEqual([requestId]);
    expect((await t.graphql('COMPANY_ADMIN', list)).body.data.budgetOverrideRequests).toHaveLength(1);
    expect((await t.graphql('OTHER_COMPANY_ADMIN', list)).body.data.budgetOverrideRequests).toEqual([]);
    expect((await t.graphql('PROVIDER', list)).body.data.budgetOverrideRequests).toEqual([]);
  });

  it('lets only a region or programme admin decide; approving enrols with the override on the ledger, audited', async () => {
    expect((await t.graphql('COMPANY_ADMIN', decide, { id: requestId, approve: true })).body.data.budgetOverrideRequestDecide.userErrors[0].code).toBe('FORBIDDEN');
    const { body } = await t.graphql('REGION_ADMIN', decide, { id: requestId, approve: true, note: 'Godkänt, ryms i regionens ram' });
    expect(body.data.budgetOverrideRequestDecide.userErrors).toEqual([]);
    expect(body.data.budgetOverrideRequestDecide.request).toEqual({ status: 'APPROVED', decisionNote: 'Godkänt, ryms i regionens ram', enrolment: { id: expect.any(String), status: 'CONFIRMED' } });
    const who = (await t.graphql('COMPANY_ADMIN', '{ budgetOverrideRequests(status: APPROVED) { requestedBy decidedBy } }')).body.data.budgetOverrideRequests;
    expect(who).toEqual([{ requestedBy: 'HR A', decidedBy: 'Region' }]);
    const made = await t.graphql('COMPANY_ADMIN', 'query($id: ID!) { ledgerEntries(filter: { enrolmentId: $id }) { nodes { category amount overrideApproved } } }', {
      id: body.data.budgetOverrideRequestDecide.request.enrolment.id,
    });
    // Only the line the enrolment took over its amount carries the override; the time line had room.
    expect(made.body.data.ledgerEntries.nodes).toEqual(
      expect.arrayContaining([
        { category: 'COURSE_FEES', amount: '1500000', overrideApproved: true },
        { category: 'PARTICIPANT_TIME', amount: String(16n * 45_000n), overrideApproved: false },
      ]),
    );
    const entries = (await t.graphql('COMPANY_ADMIN', ledger, { id: budgetId })).body.data.ledger.nodes;
    expect(entries.filter((e: { overrideApproved: boolean }) => e.overrideApproved).map((e: { amount: string; createdBy: string }) => [e.amount, e.createdBy])).toEqual(
      expect.arrayContaining([['1500000', 'Region']]),
    );
    const audits = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'ledger.overrideApproved'));
    expect(audits.length).toBeGreaterThanOrEqual(1);
    expect(await committed()).toBe(MIGMAG_FEE + MIGMAG_TIME + WELDERS);
    expect((await t.graphql('REGION_ADMIN', decide, { id: requestId, approve: false, note: 'x' })).body.data.budgetOverrideRequestDecide.userErrors[0].code).toBe('INVALID');
  });

  it('needs a note to reject', async () => {
    const input = { occasionId: c.occasions.online, employeeId: f.people.e2, reason: 'Vill gärna' };
    const id = (await t.graphql('COMPANY_ADMIN', ask, { input })).body.data.budgetOverrideRequestCreate.request.id;
    expect((await t.graphql('PROGRAMME_ADMIN', decide, { id, approve: false })).body.data.budgetOverrideRequestDecide.userErrors).toEqual([{ code: 'REQUIRED', field: ['note'] }]);
    const { body } = await t.graphql('PROGRAMME_ADMIN', decide, { id, approve: false, note: 'Nästa budgetår' });
    expect(body.data.budgetOverrideRequestDecide.request).toMatchObject({ status: 'REJECTED', enrolment: null });
  });

  it('releases exactly what an enrolment committed when it is cancelled', async () => {
    const before = await committed();
    const { body } = await t.graphql('COMPANY_ADMIN', cancel, { id: first });
    expect(body.data.enrolmentCancel.enrolment.status).toBe('CANCELLED');
    expect(await committed()).toBe(before - MIGMAG_FEE - MIGMAG_TIME);
    const releases = await t.database.db
      .select()
      .from(schema.ledgerEntries)
      .where(and(eq(schema.ledgerEntries.enrolmentId, first), eq(schema.ledgerEntries.kind, 'RELEASE')));
    expect(releases.map((r) => r.amount).sort()).toEqual([-MIGMAG_TIME, -MIGMAG_FEE].sort());
  });

  it('releases the commitments of every enrolment when the provider cancels the occasion', async () => {
    const before = await committed();
    const { body } = await t.graphql('PROVIDER', `mutation($id: ID!) { occasionCancel(id: $id) { occasion { status } userErrors { code } } }`, { id: c.occasions.online });
    expect(body.data.occasionCancel.userErrors).toEqual([]);
    expect(await committed()).toBe(before - WELDERS);
  });

  it('commits nothing for a firm without a budget covering the occasion', async () => {
    const { body } = await t.graphql('OTHER_COMPANY_ADMIN', enrol, { occasionId: c.occasions.upcoming, employeeId: f.people.e5 });
    expect(body.data.enrolmentCreate.enrolment.status).toBe('CONFIRMED');
    expect(await t.database.db.select().from(schema.ledgerEntries).where(eq(schema.ledgerEntries.companyId, f.companyB))).toEqual([]);
  });
});

describe('the training plan against the budget', () => {
  const plan = `query($id: ID!) { company(id: $id) { trainingPlan { totals { fees } budgetCheck { budget { id } remainingFees uncommittedFees uncommittedParticipantTime fits } } } }`;

  it('counts what is not yet committed against what remains', async () => {
    await t.graphql('EMPLOYEE', enrol, { occasionId: c.occasions.upcoming, employeeId: f.people.e1 }); // a request: not committed
    const { body } = await t.graphql('COMPANY_ADMIN', plan, { id: f.companyA });
    const check = body.data.company.trainingPlan.budgetCheck;
    const remaining = BigInt((await t.graphql('COMPANY_ADMIN', `query($id: ID!) { budget(id: $id) { lines { category summary { remaining } } } }`, { id: budgetId })).body.data.budget.lines.find((l: { category: string }) => l.category === 'COURSE_FEES').summary.remaining);
    expect(check).toEqual({
      budget: { id: budgetId },
      remainingFees: String(remaining),
      uncommittedFees: String(MIGMAG_FEE),
      uncommittedParticipantTime: String(MIGMAG_TIME),
      fits: MIGMAG_FEE <= remaining,
    });
  });

  it('is null for a firm without a budget', async () => {
    const { body } = await t.graphql('PROGRAMME_ADMIN', plan, { id: f.companyB });
    expect(body.data.company.trainingPlan.budgetCheck).toBeNull();
  });
});
