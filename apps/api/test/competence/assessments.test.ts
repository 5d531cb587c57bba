import { schema } from '@smartkompetens/db';
import { eq, sql } from 'drizzle-orm';
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

const record = `mutation($input: [AssessmentInput!]!) {
  assessmentsRecord(input: $input) { assessments { level source competence { code } } userErrors { field code message } }
}`;
const profile = `query($id: ID!) { employee(id: $id) {
  roles { nameSv }
  standings { competence { code } requiredLevel importance currentLevel currentSource gap weightedGap futureLevel futureBy }
  assessments { competence { code } level source assessedOn }
} }`;

async function assessmentRows(): Promise<number> {
  return t.database.db.$count(schema.assessments);
}

describe('recording assessments', () => {
  it('an employee records a self-assessment; the manager’s word still counts first', async () => {
    const { body } = await t.graphql('EMPLOYEE', record, { input: [{ employeeId: f.people.e1, competenceId: f.competences.cnc, level: 5, comment: 'Har kört nya maskinen' }] });
    expect(body.data.assessmentsRecord).toEqual({ assessments: [{ level: 5, source: 'SELF', competence: { code: 'cnc' } }], userErrors: [] });
    const me = await t.graphql('EMPLOYEE', profile, { id: f.people.e1 });
    const cnc = me.body.data.employee.standings.find((s: { competence: { code: string } }) => s.competence.code === 'cnc');
    expect(cnc).toMatchObject({ requiredLevel: 4, importance: 'CRITICAL', currentLevel: 2, currentSource: 'MANAGER', gap: 2, weightedGap: 6 });
  });

  it('a manager rates a team in one call; the gap closes and the history keeps every reading', async () => {
    const before = await assessmentRows();
    const { body } = await t.graphql('COMPANY_ADMIN', record, {
      input: [
        { employeeId: f.people.e1, competenceId: f.competences.cnc, level: 4 },
        { employeeId: f.people.e3, competenceId: f.competences.cnc, level: 3 },
      ],
    });
    expect(body.data.assessmentsRecord.userErrors).toEqual([]);
    expect(body.data.assessmentsRecord.assessments.map((a: { source: string }) => a.source)).toEqual(['MANAGER', 'MANAGER']);
    expect(await assessmentRows()).toBe(before + 2);

    const { body: after } = await t.graphql('COMPANY_ADMIN', profile, { id: f.people.e1 });
    const cnc = after.data.employee.standings.find((s: { competence: { code: string } }) => s.competence.code === 'cnc');
    expect(cnc).toMatchObject({ currentLevel: 4, gap: 0 });
    const history = after.data.employee.assessments.filter((a: { competence: { code: string } }) => a.competence.code === 'cnc');
    expect(history.map((a: { level: number; source: string }) => `${a.source}:${a.level}`)).toEqual(['MANAGER:4', 'SELF:5', 'SELF:4', 'MANAGER:2']);
  });

  it('refuses to assess people one may not, and writes nothing of a mixed batch', async () => {
    const before = await assessmentRows();
    const employee = await t.graphql('EMPLOYEE', record, { input: [{ employeeId: f.people.e2, competenceId: f.competences.cnc, level: 1 }] });
    expect(employee.body.data.assessmentsRecord.userErrors[0]).toMatchObject({ field: ['input', '0', 'employeeId'], code: 'NOT_FOUND' });
    const provider = await t.graphql('PROVIDER', record, { input: [{ employeeId: f.people.e2, competenceId: f.competences.cnc, level: 1 }] });
    expect(provider.body.data.assessmentsRecord.userErrors[0].code).toBe('NOT_FOUND');
    const programmeAdmin = await t.graphql('PROGRAMME_ADMIN', record, { input: [{ employeeId: f.people.e2, competenceId: f.competences.cnc, level: 1 }] });
    expect(programmeAdmin.body.data.assessmentsRecord.userErrors[0].code).toBe('FORBIDDEN');
    const otherFirm = await t.graphql('COMPANY_ADMIN', record, {
      input: [
        { employeeId: f.people.e2, competenceId: f.competences.cnc, level: 3 },
        { employeeId: f.people.e5, competenceId: f.competences.cnc, level: 3 },
      ],
    });
    expect(otherFirm.body.data.assessmentsRecord).toEqual({
      assessments: null,
      userErrors: [{ field: ['input', '1', 'employeeId'], code: 'NOT_FOUND', message: 'Employee not found' }],
    });
    expect(await assessmentRows()).toBe(before);
  });

  it('names each bad field: level out of range, future date, deactivated person, unknown competence', async () => {
    const before = await assessmentRows();
    const { body } = await t.graphql('COMPANY_ADMIN', record, {
      input: [
        { employeeId: f.people.e1, competenceId: f.competences.cnc, level: 6 },
        { employeeId: f.people.e1, competenceId: f.competences.cnc, level: 3, assessedOn: '2999-01-01' },
        { employeeId: f.people.e4, competenceId: f.competences.cnc, level: 3 },
        { employeeId: f.people.e1, competenceId: '00000000-0000-4000-8000-000000000000', level: 3 },
      ],
    });
    expect(body.data.assessmentsRecord.userErrors.map((e: { field: string[]; code: string }) => `${e.field.join('.')}:${e.code}`)).toEqual([
      'input.0.level:OUT_OF_RANGE',
      'input.1.assessedOn:OUT_OF_RANGE',
      'input.2.employeeId:NOT_FOUND',
      'input.3.competenceId:NOT_FOUND',
    ]);
    expect(await assessmentRows()).toBe(before);
  });

  it('the database itself refuses to rewrite or delete an assessment', async () => {
    const [first] = await t.database.db.select().from(schema.assessments).limit(1);
    await expect(t.database.db.update(schema.assessments).set({ level: 5 }).where(eq(schema.assessments.id, first!.id))).rejects.toThrow();
    await expect(t.database.db.delete(schema.assessments).where(eq(schema.assessments.id, first!.id))).rejects.toThrow();
    await expect(t.database.db.execute(sql`truncate assessments`)).rejects.toThrow();
    const [again] = await t.database.db.select().from(schema.assessments).where(eq(schema.assessments.id, first!.id));
    expect(again!.level).toBe(first!.level);
  });
});

describe('skills matrix', () => {
  const matrixQuery = `query($id: ID!, $roleId: ID, $group: EmployeeGroup) { company(id: $id) { skillsMatrix(roleId: $roleId, group: $group) {
    competences { code }
    rows { employee { firstName } roles { nameSv } standings { competence { code } currentLevel gap } }
  } } }`;

  it('lays out people × required competences, filterable by role and group', async () => {
    const { body } = await t.graphql('COMPANY_ADMIN', matrixQuery, { id: f.companyA });
    const matrix = body.data.company.skillsMatrix;
    expect(matrix.competences.map((c: { code: string }) => c.code).sort()).toEqual(['cnc', 'lean', 'welding']);
    expect(matrix.rows.map((r: { employee: { firstName: string } }) => r.employee.firstName).sort()).toEqual(['Ett', 'Tre', 'Två']);
    const byRole = await t.graphql('COMPANY_ADMIN', matrixQuery, { id: f.companyA, roleId: f.roles.lead });
    expect(byRole.body.data.company.skillsMatrix.rows.map((r: { employee: { firstName: string } }) => r.employee.firstName).sort()).toEqual(['Tre', 'Två']);
    const managers = await t.graphql('COMPANY_ADMIN', matrixQuery, { id: f.companyA, group: 'MANAGEMENT' });
    expect(managers.body.data.company.skillsMatrix.rows.map((r: { employee: { firstName: string } }) => r.employee.firstName)).toEqual(['Tre']);
  });

  it('issues the same number of SQL statements for a firm of 10 people as for 500', async () => {
    const db = t.database.db;
    async function firmOf(size: number): Promise<string> {
      const [company] = await db
        .insert(schema.companies)
        .values({ name: `Stor ${size} AB`, orgNumber: `55${String(size).padStart(4, '0')}-0000`.replace(/-0000$/, '-0001'), sniCode: '25.620', industry: 'Metallegoarbeten', regionCode: '03', municipality: 'Uppsala', size: 'MEDIUM', employeeCount: size })
        .returning();
      const [role] = await db.insert(schema.jobRoles).values({ companyId: company!.id, nameSv: 'Operatör' }).returning();
      await db.insert(schema.roleRequirements).values([
        { roleId: role!.id, companyId: company!.id, competenceId: f.competences.cnc, requiredLevel: 3, importance: 'CRITICAL' },
        { roleId: role!.id, companyId: company!.id, competenceId: f.competences.lean, requiredLevel: 2, importance: 'USEFUL' },
      ]);
      const people = await db
        .insert(schema.employees)
        .values(Array.from({ length: size }, (_, i) => ({ companyId: company!.id, firstName: `P${i}`, lastName: 'Stor', jobTitle: 'Operatör', group: 'STAFF' as const, employmentStart: '2020-01-01', hourlyCost: 40_000n })))
        .returning({ id: schema.employees.id });
      await db.insert(schema.employeeRoles).values(people.map((p) => ({ employeeId: p.id, roleId: role!.id, companyId: company!.id })));
      await db.insert(schema.assessments).values(people.map((p, i) => ({ companyId: company!.id, employeeId: p.id, competenceId: f.competences.cnc, level: 1 + (i % 5), source: 'MANAGER' as const, assessedOn: '2026-05-01' })));
      return company!.id;
    }
    const small = await firmOf(10);
    const large = await firmOf(500);
    const fullQuery = `query($id: ID!) { company(id: $id) {
      skillsMatrix { competences { code area { code } } rows { employee { firstName company { name } } roles { nameSv requirements { competence { code } } } standings { competence { code } gap } } }
      coverage { competence { code } covered } keyPersonRisks { employee { firstName } } jobRoles { nameSv holderCount }
    } }`;
    async function statementsFor(id: string, expectedRows: number): Promise<number> {
      const before = t.statements();
      const { body } = await t.graphql('PROGRAMME_ADMIN', fullQuery, { id });
      expect(body.errors).toBeUndefined();
      expect(body.data.company.skillsMatrix.rows).toHaveLength(expectedRows);
      return t.statements() - before;
    }
    await statementsFor(small, 10); // warm-up
    expect(await statementsFor(large, 500)).toBe(await statementsFor(small, 10));
  });
});
