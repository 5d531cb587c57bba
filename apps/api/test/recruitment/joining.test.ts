import { schema } from '@smartkompetens/db';
import { withCheckDigit } from '@smartkompetens/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { createTestApp, type TestApp } from '../helper.ts';
import { insertRecruitment, type RecruitmentFixture } from './fixture.ts';

let t: TestApp;
let f: Fixture;
let r: RecruitmentFixture;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
  r = await insertRecruitment(t.database.db, f);
});
afterAll(() => t.close());

const SUBMIT = `mutation($input: JoinApplicationInput!) { joinApplicationSubmit(input: $input) { application { id companyName status } userErrors { field code message } } }`;
const application = (overrides: Record<string, unknown> = {}) => ({
  companyName: 'Nya Gjuteriet AB',
  orgNumber: withCheckDigit('556777123').replace('-', ''),
  sniCode: '24.530',
  industry: 'Gjutning av lättmetall',
  regionCode: '03',
  municipality: 'Tierp',
  employeeCount: 18,
  contactName: 'Nora Nyström',
  contactEmail: 'nora@nyagjuteriet.example',
  ...overrides,
});

/** Signs in with a cookie from a response's Set-Cookie. */
const cookieOf = (response: { headers: Record<string, unknown> }) => String((response.headers['set-cookie'] as string[])[0]).split(';')[0]!;

describe('a firm joins the programme', () => {
  it('applies without signing in, is approved by the region admin, sets a password and starts mapping its people', async () => {
    const submitted = await t.graphql('ANONYMOUS', SUBMIT, { input: application() });
    expect(submitted.body.data.joinApplicationSubmit).toMatchObject({ application: { companyName: 'Nya Gjuteriet AB', status: 'PENDING' }, userErrors: [] });
    const id = submitted.body.data.joinApplicationSubmit.application.id;

    const listed = await t.graphql('REGION_ADMIN', '{ joinApplications(status: PENDING) { id orgNumber size region { code } } }');
    expect(listed.body.data.joinApplications).toEqual([{ id, orgNumber: withCheckDigit('556777123'), size: 'SMALL', region: { code: '03' } }]);

    const approved = await t.graphql('REGION_ADMIN', 'mutation($id: ID!) { joinApplicationApprove(id: $id) { application { status company { name region { code } } } invitationPath userErrors { code } } }', { id });
    expect(approved.body.errors).toBeUndefined();
    const approval = approved.body.data.joinApplicationApprove;
    expect(approval.application).toEqual({ status: 'APPROVED', company: { name: 'Nya Gjuteriet AB', region: { code: '03' } } });
    expect(approval.invitationPath).toMatch(/^\/invitation#inv_/);
    const token = approval.invitationPath.split('#')[1];
    // Only the token's hash is stored.
    const stored = await t.database.db.select().from(schema.invitations);
    expect(stored.some((i) => i.tokenHash === token)).toBe(false);

    const short = await t.http.post('/api/v1/auth/invitations/accept').send({ token, password: 'kort' });
    expect(short.status).toBe(400);
    expect(short.body.details[0]).toMatchObject({ field: ['password'] });

    const accepted = await t.http.post('/api/v1/auth/invitations/accept').send({ token, password: 'Ett-långt-lösenord-2026' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user.email).toBe('nora@nyagjuteriet.example');
    const again = await t.http.post('/api/v1/auth/invitations/accept').send({ token, password: 'Ett-annat-lösenord-2026' });
    expect(again.status).toBe(400);
    expect(again.body.message).toMatch(/unknown, used or expired/);

    const cookie = cookieOf(accepted);
    const gql = (query: string, variables: Record<string, unknown> = {}) =>
      t.http.post('/graphql').set('cookie', cookie).set('content-type', 'application/json').send({ query, variables }).then((res) => res.body);
    const viewer = await gql('{ viewer { memberships { role company { id name } } } }');
    const companyId = viewer.data.viewer.memberships[0].company.id;
    expect(viewer.data.viewer.memberships).toEqual([{ role: 'COMPANY_ADMIN', company: { id: companyId, name: 'Nya Gjuteriet AB' } }]);

    // Guided start: templates fitting a foundry (24.530 → 24.5 and 24), copied into the firm's roles.
    const templates = await gql('query($sni: String) { roleTemplates(sniCode: $sni) { id nameSv requirements { competence { code } requiredLevel } } }', { sni: '24.530' });
    expect(templates.data.roleTemplates.map((x: any) => x.nameSv)).toEqual(['CNC-operatör', 'Gjutare', 'Svetsare']);
    const copied = await gql('mutation($c: ID!, $t: ID!) { jobRoleCreateFromTemplate(companyId: $c, templateId: $t) { jobRole { id nameSv requirements { competence { code } requiredLevel } } userErrors { code } } }', {
      c: companyId,
      t: r.templates.gjutare,
    });
    expect(copied.data.jobRoleCreateFromTemplate.jobRole).toMatchObject({ nameSv: 'Gjutare', requirements: expect.arrayContaining([{ competence: { code: 'cnc' }, requiredLevel: 3 }]) });
    const duplicate = await gql('mutation($c: ID!, $t: ID!) { jobRoleCreateFromTemplate(companyId: $c, templateId: $t) { userErrors { code } } }', { c: companyId, t: r.templates.gjutare });
    expect(duplicate.data.jobRoleCreateFromTemplate.userErrors).toEqual([{ code: 'DUPLICATE' }]);

    const employee = await gql(
      `mutation($c: ID!) { employeeCreate(companyId: $c, input: { firstName: "Olle", lastName: "Olsson", email: "olle@nyagjuteriet.example", jobTitle: "Gjutare", group: STAFF, employmentStart: "2020-01-01", hourlyCost: "42000" }) { employee { id } userErrors { field code } } }`,
      { c: companyId },
    );
    const employeeId = employee.data.employeeCreate.employee.id;
    await gql('mutation($e: ID!, $r: [ID!]!) { employeeRolesSet(employeeId: $e, roleIds: $r) { userErrors { code } } }', { e: employeeId, r: [copied.data.jobRoleCreateFromTemplate.jobRole.id] });
    const invited = await gql('mutation($id: ID!) { employeeInvite(id: $id) { employee { id } invitationPath userErrors { code } } }', { id: employeeId });
    expect(invited.data.employeeInvite.invitationPath).toMatch(/^\/invitation#inv_/);

    // The employee accepts and assesses themself: the firm's first self-assessment.
    const employeeAccept = await t.http.post('/api/v1/auth/invitations/accept').send({ token: invited.data.employeeInvite.invitationPath.split('#')[1], password: 'Olles-eget-lösenord' });
    expect(employeeAccept.status).toBe(200);
    const self = await t.http
      .post('/graphql')
      .set('cookie', cookieOf(employeeAccept))
      .set('content-type', 'application/json')
      .send({ query: 'mutation($input: [AssessmentInput!]!) { assessmentsRecord(input: $input) { assessments { source level } userErrors { code } } }', variables: { input: [{ employeeId, competenceId: f.competences.cnc, level: 2 }] } });
    expect(self.body.data.assessmentsRecord).toEqual({ assessments: [{ source: 'SELF', level: 2 }], userErrors: [] });

    const progress = await gql('query($id: ID!) { company(id: $id) { onboarding { roles employees employeesWithRole invited assessedEmployees } } }', { id: companyId });
    expect(progress.data.company.onboarding).toEqual({ roles: 1, employees: 1, employeesWithRole: 1, invited: 1, assessedEmployees: 1 });
  });

  it('names the field when the organisation number has a wrong check digit, and stores nothing', async () => {
    const before = await t.database.db.$count(schema.joinApplications);
    const { body } = await t.graphql('ANONYMOUS', SUBMIT, { input: application({ orgNumber: '556777-1230', companyName: 'Fel AB' }) });
    const wrong = withCheckDigit('556777123') === '556777-1230' ? '556777-1231' : '556777-1230';
    const second = await t.graphql('ANONYMOUS', SUBMIT, { input: application({ orgNumber: wrong }) });
    expect(second.body.data.joinApplicationSubmit.userErrors).toEqual([{ field: ['input', 'orgNumber'], code: 'INVALID', message: 'The last digit does not match: check the number' }]);
    expect(body.data.joinApplicationSubmit.application === null || body.data.joinApplicationSubmit.userErrors.length > 0).toBe(true);
    expect(await t.database.db.$count(schema.joinApplications)).toBe(before);
  });

  it('refuses an application from a firm already in the programme, and a second pending one', async () => {
    const [a] = await t.database.db.select().from(schema.companies).where(eq(schema.companies.id, f.companyA));
    const inAlready = await t.graphql('ANONYMOUS', SUBMIT, { input: application({ orgNumber: a!.orgNumber }) });
    expect(inAlready.body.data.joinApplicationSubmit.userErrors[0]).toMatchObject({ code: 'DUPLICATE', message: expect.stringMatching(/already takes part/) });
    const first = await t.graphql('ANONYMOUS', SUBMIT, { input: application({ orgNumber: withCheckDigit('556888001') }) });
    expect(first.body.data.joinApplicationSubmit.userErrors).toEqual([]);
    const second = await t.graphql('ANONYMOUS', SUBMIT, { input: application({ orgNumber: withCheckDigit('556888001') }) });
    expect(second.body.data.joinApplicationSubmit.userErrors[0]).toMatchObject({ code: 'DUPLICATE', message: expect.stringMatching(/already waiting/) });
  });

  it('lets a region admin reject, after which the application cannot be approved', async () => {
    const submitted = await t.graphql('ANONYMOUS', SUBMIT, { input: application({ orgNumber: withCheckDigit('556888002') }) });
    const id = submitted.body.data.joinApplicationSubmit.application.id;
    const rejected = await t.graphql('REGION_ADMIN', 'mutation($id: ID!) { joinApplicationReject(id: $id, note: "Inte tillverkande industri") { application { status decisionNote } } }', { id });
    expect(rejected.body.data.joinApplicationReject.application).toEqual({ status: 'REJECTED', decisionNote: 'Inte tillverkande industri' });
    const companies = await t.database.db.$count(schema.companies);
    const approve = await t.graphql('REGION_ADMIN', 'mutation($id: ID!) { joinApplicationApprove(id: $id) { invitationPath userErrors { field code message } } }', { id });
    expect(approve.body.data.joinApplicationApprove.userErrors).toEqual([{ field: ['id'], code: 'INVALID', message: 'This application has already been decided' }]);
    expect(await t.database.db.$count(schema.companies)).toBe(companies);
  });

  it('accepts a REST application and slows down floods like sign-in', async () => {
    const response = await t.http.post('/api/v1/join-applications').send(application({ orgNumber: withCheckDigit('556888003') }));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ companyName: 'Nya Gjuteriet AB', status: 'PENDING' });
    const bad = await t.http.post('/api/v1/join-applications').send(application({ orgNumber: '123', contactEmail: 'nej' }));
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: any) => d.field.join('.'))).toEqual(['input.orgNumber', 'input.contactEmail']);
  });
});

describe('inviting employees', () => {
  it('never gives a firm a link that would set the password of an account someone already uses', async () => {
    // Ett's email is the demo employee login: that person signs in already.
    const existing = await t.graphql('COMPANY_ADMIN', 'mutation($id: ID!) { employeeInvite(id: $id) { invitationPath userErrors { code } } }', { id: f.people.e1 });
    expect(existing.body.data.employeeInvite).toEqual({ invitationPath: null, userErrors: [] });
    // Två has no account: a link, and a fresh one when asked again before it was used.
    const first = await t.graphql('COMPANY_ADMIN', 'mutation($id: ID!) { employeeInvite(id: $id) { invitationPath } }', { id: f.people.e2 });
    const again = await t.graphql('COMPANY_ADMIN', 'mutation($id: ID!) { employeeInvite(id: $id) { invitationPath } }', { id: f.people.e2 });
    expect(first.body.data.employeeInvite.invitationPath).toMatch(/^\/invitation#inv_/);
    expect(again.body.data.employeeInvite.invitationPath).not.toBe(first.body.data.employeeInvite.invitationPath);
    // Once Två has set a password, no more links.
    const token = again.body.data.employeeInvite.invitationPath.split('#')[1];
    expect((await t.http.post('/api/v1/auth/invitations/accept').send({ token, password: 'Tvås-eget-lösenord' })).status).toBe(200);
    const after = await t.graphql('COMPANY_ADMIN', 'mutation($id: ID!) { employeeInvite(id: $id) { invitationPath } }', { id: f.people.e2 });
    expect(after.body.data.employeeInvite.invitationPath).toBeNull();
  });
});

describe('role templates', () => {
  it('are kept by programme admins and show how firms adapted their copies once 3 firms have one', async () => {
    const created = await t.graphql(
      'PROGRAMME_ADMIN',
      `mutation($input: RoleTemplateInput!) { roleTemplateCreate(input: $input) { roleTemplate { nameSv sniPrefix requirements { competence { code } requiredLevel importance } } userErrors { field code } } }`,
      { input: { sniPrefix: '25.62', nameSv: 'Finmekaniker', requirements: [{ competenceId: f.competences.cnc, requiredLevel: 4, importance: 'CRITICAL' }] } },
    );
    expect(created.body.data.roleTemplateCreate).toEqual({
      roleTemplate: { nameSv: 'Finmekaniker', sniPrefix: '25.62', requirements: [{ competence: { code: 'cnc' }, requiredLevel: 4, importance: 'CRITICAL' }] },
      userErrors: [],
    });
    const local = await t.graphql(
      'PROGRAMME_ADMIN',
      `mutation($input: RoleTemplateInput!) { roleTemplateCreate(input: $input) { userErrors { field code } } }`,
      { input: { sniPrefix: '25', nameSv: 'Lokal', requirements: [{ competenceId: f.competences.cnc, requiredLevel: 9, importance: 'CRITICAL' }] } },
    );
    expect(local.body.data.roleTemplateCreate.userErrors).toEqual([{ field: ['input', 'requirements', '0', 'requiredLevel'], code: 'OUT_OF_RANGE' }]);
    const usage = await t.graphql('PROGRAMME_ADMIN', '{ roleTemplates(sniCode: "24.530") { nameSv usage { firms competences { competence { code } firms medianLevel } } } }');
    const cnc = usage.body.data.roleTemplates.find((x: any) => x.nameSv === 'CNC-operatör');
    expect(cnc.usage).toEqual({ firms: 4, competences: [{ competence: { code: 'cnc' }, firms: 4, medianLevel: 3 }] });
    const svetsare = usage.body.data.roleTemplates.find((x: any) => x.nameSv === 'Svetsare');
    expect(svetsare.usage).toEqual({ firms: 1, competences: [] });
    const forFirm = await t.graphql('COMPANY_ADMIN', '{ roleTemplates(sniCode: "24.530") { usage { firms } } }');
    expect(forFirm.body.data.roleTemplates.every((x: any) => x.usage === null)).toBe(true);
  });
});
