import { schema } from '@smartkompetens/db';
import { withCheckDigit } from '@smartkompetens/domain';
import { afterAll, beforeAll } from 'vitest';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { createTestApp, type Actor, type TestApp } from '../helper.ts';
import { describeMatrix, mutationOutcome, queryOutcome, type MatrixRow } from '../matrix.ts';
import { insertRecruitment, type RecruitmentFixture } from './fixture.ts';

/**
 * Recruitment and spreading against every kind of caller, on the competence fixture (firms A
 * and B; EMPLOYEE is e1 of A; PROVIDER is of county 03; the API client has organisations:read
 * and competence:read but not recruitment:read).
 */
let t: TestApp;
let f: Fixture;
let r: RecruitmentFixture;
let placementId: string;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
  r = await insertRecruitment(t.database.db, f);
  const [placement] = await t.database.db
    .insert(schema.placements)
    .values({ companyId: f.companyA, kind: 'LIA', title: 'LIA produktionsteknik', startsOn: '2031-02-01', endsOn: '2031-05-01', places: 2, contactName: 'HR', contactEmail: 'hr@a.example' })
    .returning();
  placementId = placement!.id;
});
afterAll(() => t.close());

const query = (actor: Actor, document: string, variables: Record<string, unknown>, pick: (data: any) => unknown) => queryOutcome(t, actor, document, variables, pick);
const mutate = (actor: Actor, document: string, variables: Record<string, unknown>) => mutationOutcome(t, actor, document, variables);
const status = async (actor: Actor, path: string) => (await t.http.get(path).set(await t.headersFor(actor))).status;

let serial = 100;
/** A fresh organisation number per call, so each actor's application is new. */
const orgNumber = () => withCheckDigit(`556900${serial++}`);
const pending = async () => {
  const [application] = await t.database.db
    .insert(schema.joinApplications)
    .values({ companyName: 'Ny AB', orgNumber: orgNumber(), sniCode: '25.620', industry: 'Metallegoarbeten', regionCode: '03', municipality: 'Knivsta', size: 'MICRO', employeeCount: 4, contactName: 'Kim', contactEmail: `kim${serial}@ny.example` })
    .returning();
  return application!.id;
};

const everyone = (value: unknown): Record<Actor, unknown> => ({
  ANONYMOUS: value,
  PROGRAMME_ADMIN: value,
  REGION_ADMIN: value,
  COMPANY_ADMIN: value,
  OTHER_COMPANY_ADMIN: value,
  EMPLOYEE: value,
  PROVIDER: value,
  API_CLIENT: value,
});

const rows: MatrixRow[] = [
  {
    name: 'recruitmentNeedCells',
    run: (a) => query(a, '{ recruitmentNeedCells { suppressed } }', {}, (d) => (d.recruitmentNeedCells.some((c: any) => c.suppressed) ? 'small cells withheld' : 'all figures')),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'all figures', REGION_ADMIN: 'all figures', COMPANY_ADMIN: 'FORBIDDEN', OTHER_COMPANY_ADMIN: 'FORBIDDEN', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'small cells withheld', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'REST GET /api/v1/recruitment-needs',
    run: (a) => status(a, '/api/v1/recruitment-needs'),
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 200, REGION_ADMIN: 200, COMPANY_ADMIN: 403, OTHER_COMPANY_ADMIN: 403, EMPLOYEE: 403, PROVIDER: 200, API_CLIENT: 403 },
  },
  {
    name: 'company(A) { recruitmentNeeds }',
    run: (a) => query(a, 'query($id: ID!) { company(id: $id) { recruitmentNeeds { people } } }', { id: f.companyA }, (d) => (d.company ? d.company.recruitmentNeeds.length : 'no company')),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 4, REGION_ADMIN: 4, COMPANY_ADMIN: 4, OTHER_COMPANY_ADMIN: 'no company', EMPLOYEE: 0, PROVIDER: 0, API_CLIENT: 0 },
  },
  {
    name: 'internalCandidates(Operatör of A)',
    run: (a) => query(a, 'query($r: ID!) { internalCandidates(roleId: $r) { distance } }', { r: f.roles.operator }, (d) => d.internalCandidates.length),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 3, REGION_ADMIN: 3, COMPANY_ADMIN: 3, OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'NOT_FOUND', API_CLIENT: 'NOT_FOUND' },
  },
  {
    name: 'company(A) { benchmark }',
    run: (a) => query(a, 'query($id: ID!) { company(id: $id) { benchmark { own { coverage } } } }', { id: f.companyA }, (d) => (d.company ? 'benchmark' : 'no company')),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'benchmark', REGION_ADMIN: 'benchmark', COMPANY_ADMIN: 'benchmark', OTHER_COMPANY_ADMIN: 'no company', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'company(A) { onboarding }',
    run: (a) => query(a, 'query($id: ID!) { company(id: $id) { onboarding { employees } } }', { id: f.companyA }, (d) => (d.company ? d.company.onboarding.employees : 'no company')),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 3, OTHER_COMPANY_ADMIN: 'no company', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'placements',
    run: (a) => query(a, '{ placements { id } }', {}, (d) => d.placements.length),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 1, REGION_ADMIN: 1, COMPANY_ADMIN: 1, OTHER_COMPANY_ADMIN: 0, EMPLOYEE: 0, PROVIDER: 1, API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'REST GET /api/v1/placements',
    run: (a) => status(a, '/api/v1/placements'),
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 200, REGION_ADMIN: 200, COMPANY_ADMIN: 200, OTHER_COMPANY_ADMIN: 200, EMPLOYEE: 200, PROVIDER: 200, API_CLIENT: 403 },
  },
  {
    name: 'placementCreate (for A)',
    run: (a) =>
      mutate(a, 'mutation($c: ID!, $i: PlacementInput!) { placementCreate(companyId: $c, input: $i) { userErrors { code } } }', {
        c: f.companyA,
        i: { kind: 'SUMMER_JOB', title: 'Sommarjobb', startsOn: '2031-06-15', endsOn: '2031-08-15', places: 4, contactName: 'HR', contactEmail: 'hr@a.example' },
      }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
    guards: ['placements'],
  },
  {
    name: 'placementFill (A’s LIA)',
    run: (a) => mutate(a, 'mutation($id: ID!) { placementFill(id: $id, filledPlaces: 1) { userErrors { code } } }', { id: placementId }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'FORBIDDEN', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'NOT_FOUND', PROVIDER: 'ok', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'placementDelete (A’s LIA: the provider filled a place above, so even its firm may not delete it)',
    run: (a) => mutate(a, 'mutation($id: ID!) { placementDelete(id: $id) { userErrors { code } } }', { id: placementId }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'INVALID', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'NOT_FOUND', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
    guards: ['placements'],
  },
  {
    name: 'joinApplicationSubmit (open to anyone)',
    run: (a) =>
      mutate(a, 'mutation($i: JoinApplicationInput!) { joinApplicationSubmit(input: $i) { userErrors { code } } }', {
        i: { companyName: 'Sökande AB', orgNumber: orgNumber(), sniCode: '25.620', industry: 'Metallegoarbeten', regionCode: '03', municipality: 'Uppsala', employeeCount: 9, contactName: 'Sam', contactEmail: 'sam@sokande.example' },
      }),
    expected: everyone('ok'),
  },
  {
    name: 'joinApplications',
    run: (a) => query(a, '{ joinApplications { id } }', {}, (d) => (d.joinApplications.length > 0 ? 'listed' : 'none')),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'listed', REGION_ADMIN: 'listed', COMPANY_ADMIN: 'FORBIDDEN', OTHER_COMPANY_ADMIN: 'FORBIDDEN', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'joinApplicationApprove (a fresh Uppsala application each)',
    run: async (a) => mutate(a, 'mutation($id: ID!) { joinApplicationApprove(id: $id) { userErrors { code } } }', { id: await pending() }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'ok', REGION_ADMIN: 'ok', COMPANY_ADMIN: 'FORBIDDEN', OTHER_COMPANY_ADMIN: 'FORBIDDEN', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
    guards: ['companies', 'users', 'memberships', 'invitations'],
  },
  {
    name: 'joinApplicationReject (a fresh Uppsala application each)',
    run: async (a) => mutate(a, 'mutation($id: ID!) { joinApplicationReject(id: $id) { userErrors { code } } }', { id: await pending() }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'ok', REGION_ADMIN: 'ok', COMPANY_ADMIN: 'FORBIDDEN', OTHER_COMPANY_ADMIN: 'FORBIDDEN', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'roleTemplates',
    run: (a) => query(a, '{ roleTemplates { id } }', {}, (d) => d.roleTemplates.length),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 3, REGION_ADMIN: 3, COMPANY_ADMIN: 3, OTHER_COMPANY_ADMIN: 3, EMPLOYEE: 3, PROVIDER: 3, API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'roleTemplateCreate',
    run: (a) =>
      mutate(a, 'mutation($i: RoleTemplateInput!) { roleTemplateCreate(input: $i) { userErrors { code } } }', {
        i: { sniPrefix: '27.11', nameSv: `Lindare ${a}`, requirements: [{ competenceId: f.competences.cnc, requiredLevel: 2, importance: 'USEFUL' }] },
      }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'ok', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'FORBIDDEN', OTHER_COMPANY_ADMIN: 'FORBIDDEN', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
    guards: ['roleTemplates'],
  },
  {
    name: 'jobRoleCreateFromTemplate (into A)',
    run: (a) =>
      mutate(a, 'mutation($c: ID!, $t: ID!, $n: String) { jobRoleCreateFromTemplate(companyId: $c, templateId: $t, nameSv: $n) { userErrors { code } } }', {
        c: f.companyA,
        t: r.templates.svetsare,
        n: `Svetsare ${a}`,
      }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
    guards: ['jobRoles', 'roleRequirements'],
  },
  {
    name: 'employeeInvite (Två of A)',
    run: (a) => mutate(a, 'mutation($id: ID!) { employeeInvite(id: $id) { userErrors { code } } }', { id: f.people.e2 }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'NOT_FOUND', PROVIDER: 'NOT_FOUND', API_CLIENT: 'NOT_FOUND' },
    guards: ['memberships', 'invitations'],
  },
  {
    name: 'programmeResults (public)',
    run: (a) => query(a, '{ programmeResults { totals { firms } } }', {}, (d) => d.programmeResults.totals.firms),
    // The fixture's six firms and the two approved in the rows above.
    expected: everyone(8),
  },
  {
    name: 'REST GET /api/v1/open-data/counties (public)',
    run: (a) => status(a, '/api/v1/open-data/counties?format=csv'),
    expected: everyone(200),
  },
  {
    name: 'REST POST /api/v1/auth/invitations/accept with an unknown token',
    run: async (a) => (await t.http.post('/api/v1/auth/invitations/accept').set(await t.headersFor(a)).send({ token: 'inv_not-a-real-token', password: 'Ett-långt-lösenord' })).status,
    expected: everyone(400),
  },
];

describeMatrix('recruitment and spreading: authorization matrix', () => t, rows);
