import { schema } from '@smartkompetens/db';
import { withCheckDigit } from '@smartkompetens/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { insertCatalogue } from '../catalogue/fixture.ts';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { actors, describeMatrix, mutationOutcome, queryOutcome, type MatrixRow } from '../matrix.ts';
import { createTestApp, type Actor, type TestApp } from '../helper.ts';

/**
 * Budgets: every query, mutation and REST route against every kind of caller. Five budgets:
 * the programme's, county 03's, firm A's and firm B's (both in 03), and county 04's. The
 * REGION_ADMIN is county 03's; COMPANY_ADMIN is A's, OTHER_COMPANY_ADMIN B's; the API client
 * is county 03's and is given budget:read here.
 */
let t: TestApp;
let f: Fixture;
const ids = { programme: '', region: '', a: '', b: '', sormland: '', lineA: '' };
const entryFor = new Map<Actor, string>();
const requestFor = new Map<Actor, string>();
const thisMonth = `${new Date().toISOString().slice(0, 7)}-01`;
/** A different past month per caller to report, so each locking row starts from the same state. */
const lockMonth = (actor: Actor) => `2025-${String(actors.indexOf(actor) + 1).padStart(2, '0')}-01`;

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
  const { db } = t.database;
  await db.update(schema.apiClients).set({ scopes: ['organisations:read', 'competence:read', 'budget:read'] }).where(eq(schema.apiClients.tokenPrefix, 'sk_demo_'));
  await db.insert(schema.regions).values({ code: '04', name: 'Södermanlands län', ownerName: 'Region Sörmland' });
  await db.insert(schema.companies).values({ name: 'S Verkstad AB', orgNumber: withCheckDigit('556000003'), sniCode: '25.620', industry: 'Metallegoarbeten', regionCode: '04', municipality: 'Eskilstuna', size: 'SMALL', employeeCount: 20 });
  const budget = (level: 'PROGRAMME' | 'REGION' | 'COMPANY', regionCode: string | null, companyId: string | null) => ({ level, regionCode, companyId, name: `${level} ${regionCode ?? ''}`, periodStart: '2026-01-01', periodEnd: '2026-12-31' });
  const [p, r, a, b, s] = await db
    .insert(schema.budgets)
    .values([budget('PROGRAMME', null, null), budget('REGION', '03', null), budget('COMPANY', '03', f.companyA), budget('COMPANY', '03', f.companyB), budget('REGION', '04', null)])
    .returning();
  Object.assign(ids, { programme: p!.id, region: r!.id, a: a!.id, b: b!.id, sormland: s!.id });
  const [line] = await db
    .insert(schema.budgetLines)
    .values({ budgetId: a!.id, companyId: f.companyA, regionCode: '03', category: 'COURSE_FEES', source: 'PROGRAMME_GRANT', amount: 10_000_000_000n })
    .returning();
  ids.lineA = line!.id;
  // One entry per caller to reverse, so each reversal row starts from the same state.
  const entries = await db
    .insert(schema.ledgerEntries)
    .values(actors.map(() => ({ budgetLineId: line!.id, budgetId: a!.id, companyId: f.companyA, regionCode: '03', kind: 'COMMITMENT' as const, amount: 1_000n, occurredOn: '2026-02-01', reason: 'Setup' })))
    .returning();
  actors.forEach((actor, i) => entryFor.set(actor, entries[i]!.id));
  // One pending override request per caller to decide (distinct person × occasion pairs).
  const c = await insertCatalogue(db, f, 5);
  const pairs = [f.people.e1, f.people.e2, f.people.e3, f.people.e5].flatMap((e) => [c.occasions.upcoming, c.occasions.online].map((o) => [e, o] as const));
  const requests = await db
    .insert(schema.budgetOverrideRequests)
    .values(
      pairs.map(([employeeId, occasionId]) => ({
        companyId: employeeId === f.people.e5 ? f.companyB : f.companyA,
        regionCode: '03',
        occasionId,
        employeeId,
        amount: 1_000n,
        reason: 'Setup',
      })),
    )
    .returning();
  actors.forEach((actor, i) => requestFor.set(actor, requests[i]!.id));
});
afterAll(() => t.close());

const query = (actor: Actor, document: string, variables: Record<string, unknown>, pick: (data: any) => unknown) => queryOutcome(t, actor, document, variables, pick);
const mutate = (actor: Actor, document: string, variables: Record<string, unknown>) => mutationOutcome(t, actor, document, variables);

async function rest(actor: Actor, path: string): Promise<string> {
  const response = await t.http.get(path).set(await t.headersFor(actor));
  return response.status === 200 ? `200:${response.body.items?.length ?? response.body.length}` : String(response.status);
}

async function status(actor: Actor, path: string): Promise<number> {
  return (await t.http.get(path).set(await t.headersFor(actor))).status;
}

const rows: MatrixRow[] = [
  {
    name: 'budgets',
    run: (a) => query(a, '{ budgets { id summary { remaining } lines { summary { committed } } } }', {}, (d) => d.budgets.length),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 5, REGION_ADMIN: 3, COMPANY_ADMIN: 1, OTHER_COMPANY_ADMIN: 1, EMPLOYEE: 0, PROVIDER: 0, API_CLIENT: 3 },
  },
  {
    name: 'budgets(regionCode: "04")',
    run: (a) => query(a, '{ budgets(regionCode: "04") { id } }', {}, (d) => d.budgets.length),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 1, REGION_ADMIN: 0, COMPANY_ADMIN: 0, OTHER_COMPANY_ADMIN: 0, EMPLOYEE: 0, PROVIDER: 0, API_CLIENT: 0 },
  },
  {
    name: 'budget(A) { lines summary }',
    run: (a) => query(a, 'query($id: ID!) { budget(id: $id) { lines { id } summary { amount } } }', { id: ids.a }, (d) => d.budget?.summary.amount ?? null),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: '10000000000', REGION_ADMIN: '10000000000', COMPANY_ADMIN: '10000000000', OTHER_COMPANY_ADMIN: null, EMPLOYEE: null, PROVIDER: null, API_CLIENT: '10000000000' },
  },
  {
    name: 'budget(programme)',
    run: (a) => query(a, 'query($id: ID!) { budget(id: $id) { id } }', { id: ids.programme }, (d) => (d.budget ? 'seen' : null)),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'seen', REGION_ADMIN: null, COMPANY_ADMIN: null, OTHER_COMPANY_ADMIN: null, EMPLOYEE: null, PROVIDER: null, API_CLIENT: null },
  },
  {
    name: 'ledger(A)',
    run: (a) => query(a, 'query($id: ID!) { ledger(budgetId: $id) { totalCount nodes { budgetLine { id } reverses { id } } } }', { id: ids.a }, (d) => (d.ledger.totalCount >= 8 ? 'seen' : d.ledger.totalCount)),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'seen', REGION_ADMIN: 'seen', COMPANY_ADMIN: 'seen', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'NOT_FOUND', PROVIDER: 'NOT_FOUND', API_CLIENT: 'seen' },
  },
  {
    name: 'budgetCreate(firm A)',
    run: (a) =>
      mutate(a, 'mutation($input: BudgetCreateInput!) { budgetCreate(input: $input) { budget { id } userErrors { code } } }', {
        input: { level: 'COMPANY', companyId: f.companyA, name: `A ${a}`, periodStart: '2027-01-01', periodEnd: '2027-12-31', lines: [{ category: 'TRAVEL', source: 'REGIONAL', amount: '5000' }] },
      }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'ok', REGION_ADMIN: 'ok', COMPANY_ADMIN: 'FORBIDDEN', OTHER_COMPANY_ADMIN: 'FORBIDDEN', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
    guards: ['budgets', 'budgetLines'],
  },
  {
    name: 'budgetCreate(county 04)',
    run: (a) =>
      mutate(a, 'mutation($input: BudgetCreateInput!) { budgetCreate(input: $input) { budget { id } userErrors { code } } }', {
        input: { level: 'REGION', regionCode: '04', name: `S ${a}`, periodStart: '2027-01-01', periodEnd: '2027-12-31', lines: [] },
      }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'ok', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'FORBIDDEN', OTHER_COMPANY_ADMIN: 'FORBIDDEN', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
    guards: ['budgets', 'budgetLines'],
  },
  {
    name: 'ledgerEntryCreate(line of A)',
    run: (a) =>
      mutate(a, 'mutation($input: LedgerEntryCreateInput!) { ledgerEntryCreate(input: $input) { entry { id } userErrors { code } } }', {
        input: { budgetLineId: ids.lineA, kind: 'ACTUAL', amount: '100', occurredOn: '2026-03-01', reason: `By ${a}` },
      }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'ok', REGION_ADMIN: 'ok', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'NOT_FOUND', PROVIDER: 'NOT_FOUND', API_CLIENT: 'FORBIDDEN' },
    guards: ['ledgerEntries', 'auditLog'],
  },
  {
    name: 'ledgerEntryReverse(entry of A)',
    run: (a) =>
      mutate(a, 'mutation($id: ID!) { ledgerEntryReverse(id: $id, reason: "Wrong") { entry { id } userErrors { code } } }', { id: entryFor.get(a) }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'ok', REGION_ADMIN: 'ok', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'NOT_FOUND', PROVIDER: 'NOT_FOUND', API_CLIENT: 'FORBIDDEN' },
    guards: ['ledgerEntries', 'auditLog'],
  },
  {
    name: 'ledgerEntries(filter: county 03)',
    run: (a) => query(a, '{ ledgerEntries(filter: { regionCode: "03", figure: COMMITTED }) { totalCount nodes { company { id } createdBy } } }', {}, (d) => (d.ledgerEntries.totalCount >= 8 ? 'seen' : d.ledgerEntries.totalCount)),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'seen', REGION_ADMIN: 'seen', COMPANY_ADMIN: 'seen', OTHER_COMPANY_ADMIN: 0, EMPLOYEE: 0, PROVIDER: 0, API_CLIENT: 'seen' },
  },
  {
    name: 'budgetOverrideRequests',
    run: (a) => query(a, '{ budgetOverrideRequests { id } }', {}, (d) => d.budgetOverrideRequests.length),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 8, REGION_ADMIN: 8, COMPANY_ADMIN: 6, OTHER_COMPANY_ADMIN: 2, EMPLOYEE: 0, PROVIDER: 0, API_CLIENT: 8 },
  },
  {
    name: 'budgetOverrideRequestDecide (reject)',
    run: (a) => mutate(a, 'mutation($id: ID!) { budgetOverrideRequestDecide(id: $id, approve: false, note: "Nej") { request { id } userErrors { code } } }', { id: requestFor.get(a) }),
    // Firm A's requests: firm B's admin does not see them; A's own admin sees but may not decide.
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'ok', REGION_ADMIN: 'ok', COMPANY_ADMIN: 'FORBIDDEN', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'NOT_FOUND', PROVIDER: 'NOT_FOUND', API_CLIENT: 'FORBIDDEN' },
    guards: ['budgetOverrideRequests', 'enrolments'],
  },
  {
    name: 'participantTime(A)',
    run: (a) => query(a, 'query($id: ID!, $m: Date!) { participantTime(companyId: $id, month: $m) { locked rows { employee { id } } } }', { id: f.companyA, m: thisMonth }, () => 'seen'),
    // Providers see the firm in the catalogue, not its people's time.
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'seen', REGION_ADMIN: 'seen', COMPANY_ADMIN: 'seen', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'seen', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'participantTimeAttest(person of A)',
    run: (a) =>
      mutate(a, 'mutation($input: ParticipantTimeAttestInput!) { participantTimeAttest(input: $input) { row { attestedMinutes } userErrors { code } } }', {
        input: { employeeId: f.people.e1, month: thisMonth, minutes: 60, reason: `By ${a}` },
      }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'ok', PROVIDER: 'NOT_FOUND', API_CLIENT: 'NOT_FOUND' },
    guards: ['participantTime', 'ledgerEntries'],
  },
  {
    name: 'participantTimeLock(A)',
    run: (a) => mutate(a, 'mutation($id: ID!, $m: Date!) { participantTimeLock(companyId: $id, month: $m) { month { locked } userErrors { code } } }', { id: f.companyA, m: lockMonth(a) }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'ok', REGION_ADMIN: 'ok', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
    guards: ['participantTimeLocks'],
  },
  {
    name: 'costComparison(county 03)',
    run: (a) => query(a, '{ costComparison(regionCode: "03", from: "2026-01-01", to: "2026-12-31") { firms { company { id } } } }', {}, (d) => d.costComparison.firms.length),
    // Only firm A's budget has lines and entries; B's admin sees only B, which has none.
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 1, REGION_ADMIN: 1, COMPANY_ADMIN: 1, OTHER_COMPANY_ADMIN: 0, EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 1 },
  },
  {
    name: 'funderReport(county 03)',
    run: (a) => query(a, '{ funderReport(regionCode: "03", from: "2026-01-01", to: "2026-12-31") { ledgerEntryCount } }', {}, (d) => (d.funderReport.ledgerEntryCount >= 8 ? 'seen' : d.funderReport.ledgerEntryCount)),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'seen', REGION_ADMIN: 'seen', COMPANY_ADMIN: 'FORBIDDEN', OTHER_COMPANY_ADMIN: 'FORBIDDEN', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'seen' },
  },
  {
    name: 'funderReport(programme)',
    run: (a) => query(a, '{ funderReport(from: "2026-01-01", to: "2026-12-31") { regionCode } }', {}, (d) => d.funderReport.regionCode ?? 'programme'),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'programme', REGION_ADMIN: '03', COMPANY_ADMIN: 'FORBIDDEN', OTHER_COMPANY_ADMIN: 'FORBIDDEN', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: '03' },
  },
  {
    name: 'GET /api/v1/reports/participants',
    run: (a) => status(a, '/api/v1/reports/participants?regionCode=03&from=2026-01-01&to=2026-12-31'),
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 200, REGION_ADMIN: 200, COMPANY_ADMIN: 403, OTHER_COMPANY_ADMIN: 403, EMPLOYEE: 403, PROVIDER: 403, API_CLIENT: 200 },
  },
  {
    name: 'GET /api/v1/reports/costs',
    run: (a) => status(a, '/api/v1/reports/costs?regionCode=03&from=2026-01-01&to=2026-12-31'),
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 200, REGION_ADMIN: 200, COMPANY_ADMIN: 403, OTHER_COMPANY_ADMIN: 403, EMPLOYEE: 403, PROVIDER: 403, API_CLIENT: 200 },
  },
  {
    name: 'GET /api/v1/reports/funder?format=csv',
    run: (a) => status(a, '/api/v1/reports/funder?regionCode=03&from=2026-01-01&to=2026-12-31&format=csv'),
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 200, REGION_ADMIN: 200, COMPANY_ADMIN: 403, OTHER_COMPANY_ADMIN: 403, EMPLOYEE: 403, PROVIDER: 403, API_CLIENT: 200 },
  },
  {
    name: 'GET /api/v1/ledger.csv?companyId=A',
    run: async (a) => {
      const response = await t.http.get(`/api/v1/ledger.csv?companyId=${f.companyA}`).set(await t.headersFor(a));
      return response.status === 200 ? `200:${response.text.trim().split('\r\n').length > 8 ? 'rows' : 'header'}` : String(response.status);
    },
    expected: { ANONYMOUS: '401', PROGRAMME_ADMIN: '200:rows', REGION_ADMIN: '200:rows', COMPANY_ADMIN: '200:rows', OTHER_COMPANY_ADMIN: '200:header', EMPLOYEE: '200:header', PROVIDER: '200:header', API_CLIENT: '200:rows' },
  },
  {
    name: 'GET /api/v1/budgets',
    run: (a) => rest(a, '/api/v1/budgets'),
    // After the budgetCreate rows above: two more budgets for A (programme and region admin), one more for county 04.
    expected: { ANONYMOUS: '401', PROGRAMME_ADMIN: '200:8', REGION_ADMIN: '200:5', COMPANY_ADMIN: '200:3', OTHER_COMPANY_ADMIN: '200:1', EMPLOYEE: '200:0', PROVIDER: '200:0', API_CLIENT: '200:5' },
  },
  {
    name: 'GET /api/v1/budgets/{A}/ledger',
    run: (a) => rest(a, `/api/v1/budgets/${ids.a}/ledger?first=1`),
    expected: { ANONYMOUS: '401', PROGRAMME_ADMIN: '200:1', REGION_ADMIN: '200:1', COMPANY_ADMIN: '200:1', OTHER_COMPANY_ADMIN: '404', EMPLOYEE: '404', PROVIDER: '404', API_CLIENT: '200:1' },
  },
  {
    name: 'GET /api/v1/budgets/{programme}/ledger',
    run: (a) => rest(a, `/api/v1/budgets/${ids.programme}/ledger`),
    expected: { ANONYMOUS: '401', PROGRAMME_ADMIN: '200:0', REGION_ADMIN: '404', COMPANY_ADMIN: '404', OTHER_COMPANY_ADMIN: '404', EMPLOYEE: '404', PROVIDER: '404', API_CLIENT: '404' },
  },
];

describeMatrix('budget authorization matrix', () => t, rows);
