import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helper.ts';
import { insertFixture, type Fixture } from './fixture.ts';

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
});
afterAll(() => t.close());

const errors = (payload: { userErrors: { field: string[]; code: string }[] }) => payload.userErrors.map((e) => `${e.field?.join('.')}:${e.code}`);

describe('role profiles', () => {
  it('creates a role, refuses a duplicate name in the same firm, and sets a requirement with a future level', async () => {
    const create = 'mutation($c: ID!, $i: JobRoleInput!) { jobRoleCreate(companyId: $c, input: $i) { jobRole { id nameSv group } userErrors { field code } } }';
    const { body } = await t.graphql('COMPANY_ADMIN', create, { c: f.companyA, i: { nameSv: 'Smältare', group: 'STAFF' } });
    const role = body.data.jobRoleCreate.jobRole;
    expect(role).toMatchObject({ nameSv: 'Smältare', group: 'STAFF' });
    const duplicate = await t.graphql('COMPANY_ADMIN', create, { c: f.companyA, i: { nameSv: 'smältare' } });
    expect(errors(duplicate.body.data.jobRoleCreate)).toEqual(['input.nameSv:DUPLICATE']);

    const set = `mutation($r: ID!, $i: RoleRequirementInput!) { roleRequirementSet(roleId: $r, input: $i) {
      jobRole { requirements { competence { code } requiredLevel importance futureLevel futureBy } } userErrors { field code } } }`;
    const ok = await t.graphql('COMPANY_ADMIN', set, { r: role.id, i: { competenceId: f.competences.cnc, requiredLevel: 3, importance: 'CRITICAL', futureLevel: 4, futureBy: '2027-12-31' } });
    expect(ok.body.data.roleRequirementSet.jobRole.requirements).toEqual([
      { competence: { code: 'cnc' }, requiredLevel: 3, importance: 'CRITICAL', futureLevel: 4, futureBy: '2027-12-31' },
    ]);
    // Setting it again replaces, never duplicates.
    const again = await t.graphql('COMPANY_ADMIN', set, { r: role.id, i: { competenceId: f.competences.cnc, requiredLevel: 2, importance: 'USEFUL' } });
    expect(again.body.data.roleRequirementSet.jobRole.requirements).toEqual([
      { competence: { code: 'cnc' }, requiredLevel: 2, importance: 'USEFUL', futureLevel: null, futureBy: null },
    ]);
    const bad = await t.graphql('COMPANY_ADMIN', set, { r: role.id, i: { competenceId: f.competences.cnc, requiredLevel: 0, importance: 'USEFUL', futureLevel: 4 } });
    expect(errors(bad.body.data.roleRequirementSet)).toEqual(['input.requiredLevel:OUT_OF_RANGE', 'input.futureBy:REQUIRED']);
  });

  it('sets who holds which roles, refusing another firm’s role', async () => {
    const set = 'mutation($e: ID!, $r: [ID!]!) { employeeRolesSet(employeeId: $e, roleIds: $r) { employee { roles { nameSv } } userErrors { field code } } }';
    const ok = await t.graphql('COMPANY_ADMIN', set, { e: f.people.e3, r: [f.roles.lead, f.roles.operator] });
    expect(ok.body.data.employeeRolesSet.employee.roles.map((r: { nameSv: string }) => r.nameSv)).toEqual(['Lagledare', 'Operatör']);
    const foreign = await t.graphql('COMPANY_ADMIN', set, { e: f.people.e3, r: [f.roles.fitter] });
    expect(errors(foreign.body.data.employeeRolesSet)).toEqual(['roleIds:INVALID']);
    const still = await t.graphql('COMPANY_ADMIN', 'query($id: ID!) { employee(id: $id) { roles { nameSv } } }', { id: f.people.e3 });
    expect(still.body.data.employee.roles).toHaveLength(2);
  });

  it('a retired competence keeps its history but takes no new assessments', async () => {
    const { body } = await t.graphql('PROGRAMME_ADMIN', 'mutation($id: ID!) { competenceRetire(id: $id) { competence { retired } userErrors { code } } }', { id: f.competences.welding });
    expect(body.data.competenceRetire.competence.retired).toBe(true);
    const record = await t.graphql('COMPANY_ADMIN', 'mutation($i: [AssessmentInput!]!) { assessmentsRecord(input: $i) { userErrors { field code } } }', {
      i: [{ employeeId: f.people.e1, competenceId: f.competences.welding, level: 4 }],
    });
    expect(errors(record.body.data.assessmentsRecord)).toEqual(['input.0.competenceId:INVALID']);
    const history = await t.graphql('COMPANY_ADMIN', 'query($id: ID!, $c: ID) { employee(id: $id) { assessments(competenceId: $c) { level } } }', { id: f.people.e1, c: f.competences.welding });
    expect(history.body.data.employee.assessments).toEqual([{ level: 3 }]);
  });

  it('lists certificates expiring within the window, soonest first', async () => {
    const create = 'mutation($e: ID!, $i: CertificateInput!) { certificateCreate(employeeId: $e, input: $i) { certificate { id } userErrors { field code } } }';
    const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const later = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    await t.graphql('COMPANY_ADMIN', create, { e: f.people.e2, i: { name: 'Truckkort', expiresOn: later } });
    await t.graphql('COMPANY_ADMIN', create, { e: f.people.e1, i: { name: 'Heta arbeten', competenceId: f.competences.welding, issuedOn: '2021-05-01', expiresOn: soon } });
    const backwards = await t.graphql('COMPANY_ADMIN', create, { e: f.people.e1, i: { name: 'Fel', issuedOn: '2025-01-01', expiresOn: '2024-01-01' } });
    expect(errors(backwards.body.data.certificateCreate)).toEqual(['input.expiresOn:OUT_OF_RANGE']);
    const { body } = await t.graphql('COMPANY_ADMIN', 'query($id: ID!) { company(id: $id) { expiringCertificates { name expiresOn employee { firstName } } } }', { id: f.companyA });
    expect(body.data.company.expiringCertificates).toEqual([{ name: 'Heta arbeten', expiresOn: soon, employee: { firstName: 'Ett' } }]);
  });
});

describe('supply plan', () => {
  const create = `mutation($c: ID!, $i: SupplyPlanItemInput!) { supplyPlanItemCreate(companyId: $c, input: $i) {
    supplyPlanItem { id version decision status owner { firstName } competence { code } } userErrors { field code } } }`;
  const update = `mutation($id: ID!, $i: SupplyPlanItemInput!, $v: Int) { supplyPlanItemUpdate(id: $id, input: $i, expectedVersion: $v) {
    supplyPlanItem { status version } userErrors { field code } } }`;

  it('plans how to close a gap, follows it with a version check, and shows progress to the region', async () => {
    const { body } = await t.graphql('COMPANY_ADMIN', create, {
      c: f.companyA,
      i: { competenceId: f.competences.lean, decision: 'DEVELOP', ownerEmployeeId: f.people.e3, dueDate: '2020-01-01', note: 'Intern utbildning' },
    });
    const item = body.data.supplyPlanItemCreate.supplyPlanItem;
    expect(item).toMatchObject({ decision: 'DEVELOP', status: 'PLANNED', owner: { firstName: 'Tre' }, competence: { code: 'lean' }, version: 1 });

    const moved = await t.graphql('COMPANY_ADMIN', update, { id: item.id, v: 1, i: { competenceId: f.competences.lean, decision: 'DEVELOP', status: 'IN_PROGRESS', dueDate: '2020-01-01' } });
    expect(moved.body.data.supplyPlanItemUpdate.supplyPlanItem).toEqual({ status: 'IN_PROGRESS', version: 2 });
    const stale = await t.graphql('COMPANY_ADMIN', update, { id: item.id, v: 1, i: { competenceId: f.competences.lean, decision: 'ACCEPT' } });
    expect(errors(stale.body.data.supplyPlanItemUpdate)).toEqual(['expectedVersion:STALE']);

    const summaries = await t.graphql('REGION_ADMIN', '{ supplyPlanSummaries(regionCode: "03") { company { name } planned inProgress done overdue } }');
    expect(summaries.body.data.supplyPlanSummaries).toEqual([
      { company: { name: 'A Gjuteri AB' }, planned: 1, inProgress: 1, done: 0, overdue: 1 },
      { company: { name: 'B Mekaniska AB' }, planned: 0, inProgress: 0, done: 0, overdue: 0 },
    ]);
  });

  it('names each invalid field: another firm’s owner, a bad decision, too many people', async () => {
    const { body } = await t.graphql('COMPANY_ADMIN', create, {
      c: f.companyA,
      i: { competenceId: f.competences.cnc, decision: 'DEVELOP', ownerEmployeeId: f.people.e5, peopleCount: 0, targetLevel: 9 },
    });
    expect(errors(body.data.supplyPlanItemCreate)).toEqual(['input.ownerEmployeeId:INVALID', 'input.targetLevel:OUT_OF_RANGE', 'input.peopleCount:OUT_OF_RANGE']);
  });
});
