import { schema } from '@smartkompetens/db';
import { DEMO_COMPANY_NAME } from '@smartkompetens/db/seed';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helper.ts';

let t: TestApp;
let companyId: string;
beforeAll(async () => {
  t = await createTestApp();
  const [company] = await t.database.db.select().from(schema.companies).where(eq(schema.companies.name, DEMO_COMPANY_NAME));
  companyId = company!.id;
});
afterAll(() => t.close());

const fields = 'id firstName lastName email jobTitle group employmentStart hourlyCost birthYear gender educationLevel active version company { name }';
const create = `mutation($companyId: ID!, $input: EmployeeInput!) {
  employeeCreate(companyId: $companyId, input: $input) { employee { ${fields} } userErrors { field message code } }
}`;
const update = `mutation($id: ID!, $input: EmployeeInput!, $expectedVersion: Int) {
  employeeUpdate(id: $id, input: $input, expectedVersion: $expectedVersion) { employee { ${fields} } userErrors { field message code } }
}`;
const deactivate = `mutation($id: ID!) { employeeDeactivate(id: $id) { employee { id active } userErrors { field code } } }`;
const list = `query($id: ID!, $search: String, $includeInactive: Boolean) {
  company(id: $id) { employees(first: 100, search: $search, includeInactive: $includeInactive) { totalCount nodes { id firstName lastName active } } }
}`;

const valid = {
  firstName: 'Sara',
  lastName: 'Öhrvik-Sand',
  email: 'Sara.Ohrvik@fyrisgjuteriet.se',
  jobTitle: 'Formare',
  group: 'STAFF',
  employmentStart: '2025-08-18',
  hourlyCost: '41250',
  birthYear: 1994,
  gender: 'WOMAN',
  educationLevel: 'ISCED_3_4',
};

async function employeeCount(): Promise<number> {
  return t.database.db.$count(schema.employees);
}

describe('employees', () => {
  it('adds an employee that then appears in the company list, with money in öre as a string', async () => {
    const { body } = await t.graphql('COMPANY_ADMIN', create, { companyId, input: valid });
    expect(body.data.employeeCreate.userErrors).toEqual([]);
    const employee = body.data.employeeCreate.employee;
    expect(employee).toMatchObject({ ...valid, email: 'sara.ohrvik@fyrisgjuteriet.se', active: true, version: 1, company: { name: DEMO_COMPANY_NAME } });
    const listed = await t.graphql('COMPANY_ADMIN', list, { id: companyId, search: 'öhrvik-sand' });
    expect(listed.body.data.company.employees.nodes.map((e: { id: string }) => e.id)).toEqual([employee.id]);
  });

  it('returns every broken rule as a userError next to its field, and writes nothing', async () => {
    const before = await employeeCount();
    const { body } = await t.graphql('COMPANY_ADMIN', create, {
      companyId,
      input: { ...valid, firstName: '  ', email: 'not-an-email', employmentStart: '1899-12-31', hourlyCost: '0', birthYear: 1800 },
    });
    expect(body.data.employeeCreate.employee).toBeNull();
    const byField = Object.fromEntries(body.data.employeeCreate.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code]));
    expect(byField).toEqual({
      'input.firstName': 'REQUIRED',
      'input.email': 'INVALID',
      'input.employmentStart': 'OUT_OF_RANGE',
      'input.hourlyCost': 'OUT_OF_RANGE',
      'input.birthYear': 'OUT_OF_RANGE',
    });
    expect(await employeeCount()).toBe(before);
  });

  it('refuses a second employee with the same email in the firm (any letter case)', async () => {
    const input = { ...valid, email: 'dubblett@fyrisgjuteriet.se' };
    await t.graphql('COMPANY_ADMIN', create, { companyId, input });
    const before = await employeeCount();
    const { body } = await t.graphql('COMPANY_ADMIN', create, { companyId, input: { ...input, email: 'DUBBLETT@fyrisgjuteriet.se' } });
    expect(body.data.employeeCreate.userErrors).toEqual([
      { field: ['input', 'email'], code: 'DUPLICATE', message: 'Another employee of this company has this email' },
    ]);
    expect(await employeeCount()).toBe(before);
  });

  it('answers wrong types with a GraphQL error naming the argument, and writes nothing', async () => {
    const before = await employeeCount();
    const badEnum = await t.graphql('COMPANY_ADMIN', create, { companyId, input: { ...valid, group: 'BOARD' } });
    expect(badEnum.status).toBe(400);
    expect(badEnum.body.errors[0].message).toMatch(/input\.group/);
    const fractional = await t.graphql('COMPANY_ADMIN', create, { companyId, input: { ...valid, hourlyCost: '412.50' } });
    expect(fractional.body.errors[0].message).toMatch(/whole number of öre/);
    const impossibleDate = await t.graphql('COMPANY_ADMIN', create, { companyId, input: { ...valid, employmentStart: '2025-02-30' } });
    expect(impossibleDate.body.errors[0].message).toMatch(/real date/);
    const missing = await t.graphql('COMPANY_ADMIN', create, { companyId, input: { firstName: 'Utan' } });
    expect(missing.body.data ?? null).toBeNull();
    expect(missing.body.errors.map((e: { message: string }) => e.message).join(' ')).toMatch(/lastName/);
    expect(await employeeCount()).toBe(before);
  });

  it('answers an unknown or malformed company id with NOT_FOUND', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'fyris']) {
      const { body } = await t.graphql('COMPANY_ADMIN', create, { companyId: id, input: valid });
      expect(body.data.employeeCreate.userErrors).toEqual([{ field: ['companyId'], code: 'NOT_FOUND', message: 'Company not found' }]);
    }
  });

  it('updates with a version check: a stale edit is refused and loses nothing', async () => {
    const created = await t.graphql('COMPANY_ADMIN', create, { companyId, input: { ...valid, email: 'versions@fyrisgjuteriet.se' } });
    const { id, version } = created.body.data.employeeCreate.employee;

    const first = await t.graphql('COMPANY_ADMIN', update, { id, expectedVersion: version, input: { ...valid, email: 'versions@fyrisgjuteriet.se', jobTitle: 'Smältare' } });
    expect(first.body.data.employeeUpdate.employee).toMatchObject({ jobTitle: 'Smältare', version: version + 1 });

    // A second editor still holding the old version.
    const stale = await t.graphql('COMPANY_ADMIN', update, { id, expectedVersion: version, input: { ...valid, email: 'versions@fyrisgjuteriet.se', jobTitle: 'Gjutare' } });
    expect(stale.body.data.employeeUpdate.userErrors[0].code).toBe('STALE');
    const [row] = await t.database.db.select().from(schema.employees).where(eq(schema.employees.id, id));
    expect(row!.jobTitle).toBe('Smältare');
  });

  it('deactivates: the person leaves the default list but stays in history', async () => {
    const created = await t.graphql('COMPANY_ADMIN', create, { companyId, input: { ...valid, firstName: 'Slutar', email: 'slutar@fyrisgjuteriet.se' } });
    const { id } = created.body.data.employeeCreate.employee;
    const { body } = await t.graphql('COMPANY_ADMIN', deactivate, { id });
    expect(body.data.employeeDeactivate.employee).toEqual({ id, active: false });

    const active = await t.graphql('COMPANY_ADMIN', list, { id: companyId, search: 'Slutar' });
    expect(active.body.data.company.employees.totalCount).toBe(0);
    const all = await t.graphql('COMPANY_ADMIN', list, { id: companyId, search: 'Slutar', includeInactive: true });
    expect(all.body.data.company.employees.nodes).toEqual([expect.objectContaining({ id, active: false })]);
  });

  it('audits every change with field names only, never the personal data itself', async () => {
    const created = await t.graphql('COMPANY_ADMIN', create, { companyId, input: { ...valid, email: 'revision@fyrisgjuteriet.se' } });
    const { id } = created.body.data.employeeCreate.employee;
    await t.graphql('COMPANY_ADMIN', update, { id, input: { ...valid, email: 'revision@fyrisgjuteriet.se', lastName: 'Nyström', hourlyCost: '43000' } });
    const entries = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, id));
    expect(entries.map((e) => e.action).sort()).toEqual(['employee.create', 'employee.update']);
    const updateEntry = entries.find((e) => e.action === 'employee.update')!;
    expect(updateEntry.details).toEqual({ fields: ['lastName', 'hourlyCost'] });
    expect(JSON.stringify(entries, (_key, value) => (typeof value === 'bigint' ? String(value) : value))).not.toMatch(/Nyström|43000|revision@/);
  });
});

describe('malformed and oversized requests', () => {
  it('answers unparseable GraphQL with 400 and a syntax error', async () => {
    const response = await t.graphql('COMPANY_ADMIN', '{ companies(first: 5) { nodes { name }');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/Syntax Error/);
  });

  it('refuses queries nested deeper, aliased more or longer than the limits', async () => {
    const deep = '{ viewer { memberships { company { employees { nodes { company { employees { nodes { company { name } } } } } } } } } }';
    expect((await t.graphql('PROGRAMME_ADMIN', deep)).body.errors[0].message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: regions { code }`).join(' ')} }`;
    expect((await t.graphql('PROGRAMME_ADMIN', aliases)).body.errors[0].message).toMatch(/aliases/i);
    const tokens = `{ regions { ${'code '.repeat(2500)} } }`;
    expect((await t.graphql('PROGRAMME_ADMIN', tokens)).body.errors[0].message).toMatch(/token/i);
  });

  it('answers a body above the limit with 413 and writes nothing', async () => {
    const before = await employeeCount();
    const response = await t.http
      .post('/graphql')
      .set(await t.headersFor('COMPANY_ADMIN'))
      .set('content-type', 'application/json')
      .send({ query: create, variables: { companyId, input: { ...valid, jobTitle: 'x'.repeat(2 * 1024 * 1024) } } });
    expect(response.status).toBe(413);
    expect(await employeeCount()).toBe(before);
  });

  it('refuses batched queries', async () => {
    const batch = await t.http
      .post('/graphql')
      .set(await t.headersFor('COMPANY_ADMIN'))
      .send([{ query: '{ regions { code } }' }, { query: '{ regions { name } }' }]);
    expect(batch.status).toBe(400);
  });
});
