import { schema } from '@smartkompetens/db';
import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type Actor, type TestApp } from '../helper.ts';
import { describeMatrix, mutationOutcome, queryOutcome, type MatrixRow } from '../matrix.ts';
import { insertFixture, type Fixture } from './fixture.ts';

/**
 * Competence mapping: every query, mutation and REST route against every kind of caller, on
 * the hand-made fixture (firms A and B in Uppsala county; "OTHER_COMPANY_ADMIN" administers B,
 * the EMPLOYEE is person e1 of A, the API client has competence:read for county 03).
 */
let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
});
afterAll(() => t.close());

const query = (actor: Actor, document: string, variables: Record<string, unknown>, pick: (data: any) => unknown) => queryOutcome(t, actor, document, variables, pick);
const mutate = (actor: Actor, document: string, variables: Record<string, unknown>) => mutationOutcome(t, actor, document, variables);

async function rest(actor: Actor, path: string): Promise<number> {
  return (await t.http.get(path).set(await t.headersFor(actor))).status;
}

let n = 0;
const unique = () => `${++n}`;
const companyPart = (field: string) => (data: any) => (data.company ? data.company[field].length ?? data.company[field] : 'no company');

const rows: MatrixRow[] = [
  {
    name: 'levelScale',
    run: (a) => query(a, '{ levelScale { level } }', {}, (d) => d.levelScale.length),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 5, REGION_ADMIN: 5, COMPANY_ADMIN: 5, OTHER_COMPANY_ADMIN: 5, EMPLOYEE: 5, PROVIDER: 5, API_CLIENT: 5 },
  },
  {
    name: 'competenceAreas { competences } (a firm’s local competence stays within it)',
    run: (a) => query(a, '{ competenceAreas { competences { code } } }', {}, (d) => d.competenceAreas.flatMap((x: any) => x.competences).length),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 4, REGION_ADMIN: 4, COMPANY_ADMIN: 4, OTHER_COMPANY_ADMIN: 3, EMPLOYEE: 4, PROVIDER: 3, API_CLIENT: 3 },
  },
  {
    name: 'gaps(COMPETENCE): people counted, or suppressed for aggregate-only callers',
    run: (a) =>
      query(a, '{ gaps(groupBy: COMPETENCE) { people suppressed } }', {}, (d) =>
        d.gaps.every((g: any) => g.suppressed) ? 'suppressed' : Math.max(...d.gaps.map((g: any) => g.people)),
      ),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 4, REGION_ADMIN: 4, COMPANY_ADMIN: 3, OTHER_COMPANY_ADMIN: 1, EMPLOYEE: 1, PROVIDER: 'suppressed', API_CLIENT: 'suppressed' },
  },
  {
    name: 'gaps(EMPLOYEE)',
    run: (a) => query(a, '{ gaps(groupBy: EMPLOYEE) { employee { id } } }', {}, (d) => d.gaps.length),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 4, REGION_ADMIN: 4, COMPANY_ADMIN: 3, OTHER_COMPANY_ADMIN: 1, EMPLOYEE: 1, PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'company(A) { skillsMatrix } rows',
    run: (a) => query(a, 'query($id: ID!) { company(id: $id) { skillsMatrix { rows { employee { id } } } } }', { id: f.companyA }, (d) => (d.company ? d.company.skillsMatrix.rows.length : 'no company')),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 3, REGION_ADMIN: 3, COMPANY_ADMIN: 3, OTHER_COMPANY_ADMIN: 'no company', EMPLOYEE: 1, PROVIDER: 0, API_CLIENT: 0 },
  },
  {
    name: 'company(A) { jobRoles }',
    run: (a) => query(a, 'query($id: ID!) { company(id: $id) { jobRoles { id requirements { requiredLevel } } } }', { id: f.companyA }, companyPart('jobRoles')),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 2, REGION_ADMIN: 2, COMPANY_ADMIN: 2, OTHER_COMPANY_ADMIN: 'no company', EMPLOYEE: 2, PROVIDER: 0, API_CLIENT: 0 },
  },
  {
    name: 'company(A) { coverage keyPersonRisks }',
    run: (a) => query(a, 'query($id: ID!) { company(id: $id) { coverage { covered } keyPersonRisks { reason } } }', { id: f.companyA }, companyPart('coverage')),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 3, REGION_ADMIN: 3, COMPANY_ADMIN: 3, OTHER_COMPANY_ADMIN: 'no company', EMPLOYEE: 2, PROVIDER: 0, API_CLIENT: 0 },
  },
  {
    name: 'company(A) { supplyPlan }',
    run: (a) => query(a, 'query($id: ID!) { company(id: $id) { supplyPlan { id owner { id } } } }', { id: f.companyA }, companyPart('supplyPlan')),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 1, REGION_ADMIN: 1, COMPANY_ADMIN: 1, OTHER_COMPANY_ADMIN: 'no company', EMPLOYEE: 0, PROVIDER: 0, API_CLIENT: 0 },
  },
  {
    name: 'supplyPlanSummaries',
    run: (a) => query(a, '{ supplyPlanSummaries { planned } }', {}, (d) => d.supplyPlanSummaries.map((s: { planned: number }) => s.planned).join(',')),
    // Every followed firm is listed, a firm without a plan as zeros (A has one planned item, B none).
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: '1,0', REGION_ADMIN: '1,0', COMPANY_ADMIN: '1', OTHER_COMPANY_ADMIN: '0', EMPLOYEE: '', PROVIDER: '', API_CLIENT: '' },
  },
  {
    name: 'employee(e2) { assessments standings certificates } (personal data)',
    run: (a) => query(a, 'query($id: ID!) { employee(id: $id) { assessments { level } standings { gap } certificates { name } } }', { id: f.people.e2 }, (d) => (d.employee ? 'visible' : null)),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'visible', REGION_ADMIN: 'visible', COMPANY_ADMIN: 'visible', OTHER_COMPANY_ADMIN: null, EMPLOYEE: null, PROVIDER: null, API_CLIENT: null },
  },
  {
    name: 'whoCanDo(CNC, 1)',
    run: (a) => query(a, 'query($c: ID!) { whoCanDo(competenceId: $c, minLevel: 1) { totalCount } }', { c: f.competences.cnc }, (d) => d.whoCanDo.totalCount),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 4, REGION_ADMIN: 4, COMPANY_ADMIN: 3, OTHER_COMPANY_ADMIN: 1, EMPLOYEE: 1, PROVIDER: 0, API_CLIENT: 0 },
  },
  {
    name: 'REST GET /api/v1/competences',
    run: (a) => rest(a, '/api/v1/competences'),
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 200, REGION_ADMIN: 200, COMPANY_ADMIN: 200, OTHER_COMPANY_ADMIN: 200, EMPLOYEE: 200, PROVIDER: 200, API_CLIENT: 200 },
  },
  {
    name: 'REST GET /api/v1/companies/{A}/gaps',
    run: (a) => rest(a, `/api/v1/companies/${f.companyA}/gaps`),
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 200, REGION_ADMIN: 200, COMPANY_ADMIN: 200, OTHER_COMPANY_ADMIN: 404, EMPLOYEE: 200, PROVIDER: 403, API_CLIENT: 403 },
  },
  {
    name: 'REST GET /api/v1/regions/03/gaps',
    run: (a) => rest(a, '/api/v1/regions/03/gaps'),
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 200, REGION_ADMIN: 200, COMPANY_ADMIN: 200, OTHER_COMPANY_ADMIN: 200, EMPLOYEE: 200, PROVIDER: 200, API_CLIENT: 200 },
  },
  {
    name: 'REST GET /api/v1/companies/{A}/skills-matrix.xlsx',
    run: (a) => rest(a, `/api/v1/companies/${f.companyA}/skills-matrix.xlsx`),
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 200, REGION_ADMIN: 200, COMPANY_ADMIN: 200, OTHER_COMPANY_ADMIN: 404, EMPLOYEE: 200, PROVIDER: 403, API_CLIENT: 403 },
  },
  {
    name: 'REST POST /api/v1/companies/{A}/assessments/import (dry run)',
    run: async (a) =>
      (
        await t.http
          .post(`/api/v1/companies/${f.companyA}/assessments/import?mode=dry-run`)
          .set(await t.headersFor(a))
          .set('x-requested-with', 'test')
          .attach('file', Buffer.from('E-post;cnc\ntva@a.example;3\n'), 'm.csv')
      ).status,
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 403, REGION_ADMIN: 403, COMPANY_ADMIN: 200, OTHER_COMPANY_ADMIN: 404, EMPLOYEE: 403, PROVIDER: 403, API_CLIENT: 403 },
  },
  {
    name: 'assessmentsRecord for e2',
    guards: ['assessments'],
    run: (a) =>
      mutate(a, 'mutation($i: [AssessmentInput!]!) { assessmentsRecord(input: $i) { userErrors { code } } }', {
        i: [{ employeeId: f.people.e2, competenceId: f.competences.welding, level: 3 }],
      }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'NOT_FOUND', PROVIDER: 'NOT_FOUND', API_CLIENT: 'NOT_FOUND' },
  },
  {
    name: 'competenceCreate (programme-wide)',
    guards: ['competences'],
    run: async (a) => {
      const { body } = await t.graphql('PROGRAMME_ADMIN', '{ competenceAreas { id } }');
      return mutate(a, 'mutation($i: CompetenceInput!) { competenceCreate(input: $i) { userErrors { code } } }', {
        i: { areaId: body.data.competenceAreas[0].id, code: `ny-${unique()}`, nameSv: `Ny ${n}`, descriptionSv: 'Ny kompetens' },
      });
    },
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'ok', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'FORBIDDEN', OTHER_COMPANY_ADMIN: 'FORBIDDEN', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'competenceCreate (local to firm A)',
    guards: ['competences'],
    run: async (a) => {
      const { body } = await t.graphql('PROGRAMME_ADMIN', '{ competenceAreas { id } }');
      return mutate(a, 'mutation($c: ID, $i: CompetenceInput!) { competenceCreate(companyId: $c, input: $i) { userErrors { code } } }', {
        c: f.companyA,
        i: { areaId: body.data.competenceAreas[0].id, code: `lokal-${unique()}`, nameSv: `Lokal ${n}`, descriptionSv: 'Lokal' },
      });
    },
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'competenceRetire of a programme-wide competence',
    run: async (a) => {
      const [c] = await t.database.db.insert(schema.competences).values({ areaId: (await t.database.db.select().from(schema.competenceAreas))[0]!.id, code: `att-pensionera-${unique()}`, nameSv: 'Gammal' }).returning();
      return mutate(a, 'mutation($id: ID!) { competenceRetire(id: $id) { competence { retired } userErrors { code } } }', { id: c!.id });
    },
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'ok', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'FORBIDDEN', OTHER_COMPANY_ADMIN: 'FORBIDDEN', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'supplyPlanItemCreate at A',
    guards: ['supplyPlanItems'],
    run: (a) =>
      mutate(a, 'mutation($c: ID!, $i: SupplyPlanItemInput!) { supplyPlanItemCreate(companyId: $c, input: $i) { userErrors { code } } }', {
        c: f.companyA,
        i: { competenceId: f.competences.lean, decision: 'RECRUIT', peopleCount: 2, dueDate: '2027-03-31' },
      }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'jobRoleCreate at A',
    guards: ['jobRoles'],
    run: (a) => mutate(a, 'mutation($c: ID!, $i: JobRoleInput!) { jobRoleCreate(companyId: $c, input: $i) { userErrors { code } } }', { c: f.companyA, i: { nameSv: `Roll ${unique()}` } }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'roleRequirementSet on A’s operator role',
    guards: ['roleRequirements'],
    run: (a) =>
      mutate(a, 'mutation($r: ID!, $i: RoleRequirementInput!) { roleRequirementSet(roleId: $r, input: $i) { userErrors { code } } }', {
        r: f.roles.operator,
        i: { competenceId: f.competences.welding, requiredLevel: 3, importance: 'IMPORTANT' },
      }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'NOT_FOUND', API_CLIENT: 'NOT_FOUND' },
  },
  {
    name: 'employeeRolesSet for e2',
    guards: ['employeeRoles'],
    run: (a) => mutate(a, 'mutation($e: ID!, $r: [ID!]!) { employeeRolesSet(employeeId: $e, roleIds: $r) { userErrors { code } } }', { e: f.people.e2, r: [f.roles.operator, f.roles.lead] }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'NOT_FOUND', PROVIDER: 'NOT_FOUND', API_CLIENT: 'NOT_FOUND' },
  },
  {
    name: 'certificateCreate for e2',
    guards: ['certificates'],
    run: (a) => mutate(a, 'mutation($e: ID!, $i: CertificateInput!) { certificateCreate(employeeId: $e, input: $i) { userErrors { code } } }', { e: f.people.e2, i: { name: 'Heta arbeten', expiresOn: '2027-01-31' } }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'NOT_FOUND', PROVIDER: 'NOT_FOUND', API_CLIENT: 'NOT_FOUND' },
  },
];

describeMatrix('competence authorization matrix', () => t, rows);
