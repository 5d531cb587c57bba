import { schema } from '@smartkompetens/db';
import { DEMO_COMPANY_NAME, DEMO_LOGINS, DEMO_SORMLAND_COMPANY_NAME } from '@smartkompetens/db/seed';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Actor, type TestApp } from './helper.ts';

/**
 * Every query, mutation and REST route against every kind of caller. Each cell is the
 * outcome a caller must get: an HTTP status, a GraphQL error code, a userError code, or a
 * count of what it may see. A new operation gets a new row here.
 */
const actors: Actor[] = [
  'ANONYMOUS',
  'PROGRAMME_ADMIN',
  'REGION_ADMIN',
  'COMPANY_ADMIN',
  'OTHER_COMPANY_ADMIN',
  'EMPLOYEE',
  'PROVIDER',
  'API_CLIENT',
];

let t: TestApp;
let fyris: { id: string; employees: number };
let sormland: { id: string };
let uppsalaCompanies: number;
let allCompanies: number;
let colleagueId: string; // a Fyrisgjuteriet employee who is not the demo employee
let demoEmployeeId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const [f] = await db.select().from(schema.companies).where(eq(schema.companies.name, DEMO_COMPANY_NAME));
  const [s] = await db.select().from(schema.companies).where(eq(schema.companies.name, DEMO_SORMLAND_COMPANY_NAME));
  const [{ n: fyrisEmployees }] = (await db
    .select({ n: count() })
    .from(schema.employees)
    .where(eq(schema.employees.companyId, f!.id))) as [{ n: number }];
  fyris = { id: f!.id, employees: fyrisEmployees };
  sormland = { id: s!.id };
  uppsalaCompanies = await db.$count(schema.companies, eq(schema.companies.regionCode, '03'));
  allCompanies = await db.$count(schema.companies);
  const staff = await db.select().from(schema.employees).where(eq(schema.employees.companyId, f!.id));
  demoEmployeeId = staff.find((e) => e.email === DEMO_LOGINS.EMPLOYEE)!.id;
  colleagueId = staff.find((e) => e.email !== DEMO_LOGINS.EMPLOYEE)!.id;
});
afterAll(() => t.close());

async function rest(actor: Actor, method: 'get' | 'post' | 'delete', path: string, body?: object): Promise<number> {
  const request = t.http[method](path).set(await t.headersFor(actor));
  const response = body ? await request.send(body) : await request.set('x-requested-with', 'test');
  return response.status;
}

/** The first GraphQL error code, or null when there is none. */
function errorCode(body: { errors?: { extensions?: { code?: string } }[] }): string | null {
  return body.errors?.[0]?.extensions?.code ?? null;
}

let uniqueEmail = 0;
const employeeInput = () => ({
  firstName: 'Matris',
  lastName: 'Testsson',
  email: `matris.${++uniqueEmail}@example.se`,
  jobTitle: 'Gjutare',
  group: 'STAFF',
  employmentStart: '2024-01-15',
  hourlyCost: '42000',
});

const mutationFields = 'employee { id } userErrors { code field }';

/** A mutation's outcome: 'ok', a userError code, or a top-level error code. */
async function mutate(actor: Actor, query: string, variables: Record<string, unknown>): Promise<string> {
  const { body } = await t.graphql(actor, query, variables);
  const code = errorCode(body);
  if (code) return code;
  const payload = Object.values(body.data ?? {})[0] as { employee: unknown; userErrors: { code: string }[] };
  return payload.userErrors[0]?.code ?? (payload.employee ? 'ok' : 'empty');
}

async function employeeRows(): Promise<number> {
  return t.database.db.$count(schema.employees);
}

interface Row {
  name: string;
  run(actor: Actor): Promise<unknown>;
  expected: Record<Actor, unknown>;
  /** Whether a failed attempt must leave the employees table as it was. */
  writes?: boolean;
}

const rows: Row[] = [
  {
    name: 'REST GET /api/v1/regions',
    run: (a) => rest(a, 'get', '/api/v1/regions'),
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 200, REGION_ADMIN: 200, COMPANY_ADMIN: 200, OTHER_COMPANY_ADMIN: 200, EMPLOYEE: 200, PROVIDER: 200, API_CLIENT: 200 },
  },
  {
    name: 'REST GET /api/v1/companies (how many the caller sees)',
    run: async (a) => {
      const response = await t.http.get('/api/v1/companies?first=100').set(await t.headersFor(a));
      return response.status === 200 ? response.body.totalCount : response.status;
    },
    get expected() {
      return { ANONYMOUS: 401, PROGRAMME_ADMIN: allCompanies, REGION_ADMIN: uppsalaCompanies, COMPANY_ADMIN: 1, OTHER_COMPANY_ADMIN: 1, EMPLOYEE: 1, PROVIDER: allCompanies, API_CLIENT: uppsalaCompanies };
    },
  },
  {
    name: 'REST GET /api/v1/companies/{Fyrisgjuteriet}',
    run: (a) => rest(a, 'get', `/api/v1/companies/${fyris.id}`),
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 200, REGION_ADMIN: 200, COMPANY_ADMIN: 200, OTHER_COMPANY_ADMIN: 404, EMPLOYEE: 200, PROVIDER: 200, API_CLIENT: 200 },
  },
  {
    name: 'REST GET /api/v1/companies/{a Sörmland firm}',
    run: (a) => rest(a, 'get', `/api/v1/companies/${sormland.id}`),
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 200, REGION_ADMIN: 404, COMPANY_ADMIN: 404, OTHER_COMPANY_ADMIN: 200, EMPLOYEE: 404, PROVIDER: 200, API_CLIENT: 404 },
  },
  {
    name: 'REST GET /api/v1/api-clients',
    run: (a) => rest(a, 'get', '/api/v1/api-clients'),
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 200, REGION_ADMIN: 403, COMPANY_ADMIN: 403, OTHER_COMPANY_ADMIN: 403, EMPLOYEE: 403, PROVIDER: 403, API_CLIENT: 403 },
  },
  {
    name: 'REST POST /api/v1/api-clients',
    run: (a) => rest(a, 'post', '/api/v1/api-clients', { name: `Matrix ${a}`, scopes: ['organisations:read'] }),
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 201, REGION_ADMIN: 403, COMPANY_ADMIN: 403, OTHER_COMPANY_ADMIN: 403, EMPLOYEE: 403, PROVIDER: 403, API_CLIENT: 403 },
  },
  {
    name: 'REST DELETE /api/v1/api-clients/{id}',
    run: async (a) => {
      const created = await t.http
        .post('/api/v1/api-clients')
        .set(await t.headersFor('PROGRAMME_ADMIN'))
        .send({ name: 'To revoke', scopes: ['organisations:read'] });
      return rest(a, 'delete', `/api/v1/api-clients/${created.body.client.id}`);
    },
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 200, REGION_ADMIN: 403, COMPANY_ADMIN: 403, OTHER_COMPANY_ADMIN: 403, EMPLOYEE: 403, PROVIDER: 403, API_CLIENT: 403 },
  },
  {
    name: 'GraphQL viewer',
    run: async (a) => {
      const { body } = await t.graphql(a, '{ viewer { user { email } apiClient { name } memberships { role } } }');
      const viewer = body.data.viewer;
      return viewer ? (viewer.user ? 'user' : 'apiClient') : null;
    },
    expected: { ANONYMOUS: null, PROGRAMME_ADMIN: 'user', REGION_ADMIN: 'user', COMPANY_ADMIN: 'user', OTHER_COMPANY_ADMIN: 'user', EMPLOYEE: 'user', PROVIDER: 'user', API_CLIENT: 'apiClient' },
  },
  {
    name: 'GraphQL regions',
    run: async (a) => {
      const { body } = await t.graphql(a, '{ regions { code companyCount } }');
      return errorCode(body) ?? body.data.regions.length;
    },
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 5, REGION_ADMIN: 5, COMPANY_ADMIN: 5, OTHER_COMPANY_ADMIN: 5, EMPLOYEE: 5, PROVIDER: 5, API_CLIENT: 5 },
  },
  {
    name: 'GraphQL companies (totalCount)',
    run: async (a) => {
      const { body } = await t.graphql(a, '{ companies(first: 5) { totalCount } }');
      return errorCode(body) ?? body.data.companies.totalCount;
    },
    get expected() {
      return { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: allCompanies, REGION_ADMIN: uppsalaCompanies, COMPANY_ADMIN: 1, OTHER_COMPANY_ADMIN: 1, EMPLOYEE: 1, PROVIDER: allCompanies, API_CLIENT: uppsalaCompanies };
    },
  },
  {
    name: 'GraphQL industries (how many the caller sees)',
    run: async (a) => {
      const { body } = await t.graphql(a, '{ industries { sniCode companyCount } }');
      return errorCode(body) ?? body.data.industries.reduce((n: number, i: { companyCount: number }) => n + i.companyCount, 0);
    },
    get expected() {
      return { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: allCompanies, REGION_ADMIN: uppsalaCompanies, COMPANY_ADMIN: 1, OTHER_COMPANY_ADMIN: 1, EMPLOYEE: 1, PROVIDER: allCompanies, API_CLIENT: uppsalaCompanies };
    },
  },
  {
    name: "GraphQL company(Fyrisgjuteriet) { employees } (personal data visible)",
    run: async (a) => {
      const { body } = await t.graphql(a, 'query($id: ID!) { company(id: $id) { name employees(first: 100) { totalCount } } }', { id: fyris.id });
      if (errorCode(body)) return errorCode(body);
      return body.data.company ? body.data.company.employees.totalCount : 'no company';
    },
    get expected() {
      return { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: fyris.employees, REGION_ADMIN: fyris.employees, COMPANY_ADMIN: fyris.employees, OTHER_COMPANY_ADMIN: 'no company', EMPLOYEE: 1, PROVIDER: 0, API_CLIENT: 0 };
    },
  },
  {
    name: 'GraphQL employee(a colleague at Fyrisgjuteriet)',
    run: async (a) => {
      const { body } = await t.graphql(a, 'query($id: ID!) { employee(id: $id) { id hourlyCost } }', { id: colleagueId });
      return errorCode(body) ?? (body.data.employee ? 'visible' : 'null');
    },
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'visible', REGION_ADMIN: 'visible', COMPANY_ADMIN: 'visible', OTHER_COMPANY_ADMIN: 'null', EMPLOYEE: 'null', PROVIDER: 'null', API_CLIENT: 'null' },
  },
  {
    name: 'GraphQL employee(the demo employee themself)',
    run: async (a) => {
      const { body } = await t.graphql(a, 'query($id: ID!) { employee(id: $id) { id } }', { id: demoEmployeeId });
      return errorCode(body) ?? (body.data.employee ? 'visible' : 'null');
    },
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'visible', REGION_ADMIN: 'visible', COMPANY_ADMIN: 'visible', OTHER_COMPANY_ADMIN: 'null', EMPLOYEE: 'visible', PROVIDER: 'null', API_CLIENT: 'null' },
  },
  {
    name: 'GraphQL employeeCreate at Fyrisgjuteriet',
    writes: true,
    run: (a) =>
      mutate(a, `mutation($c: ID!, $i: EmployeeInput!) { employeeCreate(companyId: $c, input: $i) { ${mutationFields} } }`, { c: fyris.id, i: employeeInput() }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'GraphQL employeeUpdate of a Fyrisgjuteriet colleague',
    writes: true,
    run: (a) =>
      mutate(a, `mutation($id: ID!, $i: EmployeeInput!) { employeeUpdate(id: $id, input: $i) { ${mutationFields} } }`, { id: colleagueId, i: employeeInput() }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'NOT_FOUND', PROVIDER: 'NOT_FOUND', API_CLIENT: 'NOT_FOUND' },
  },
  {
    name: 'GraphQL employeeUpdate of the demo employee (by themself)',
    writes: true,
    run: (a) =>
      mutate(a, `mutation($id: ID!, $i: EmployeeInput!) { employeeUpdate(id: $id, input: $i) { ${mutationFields} } }`, { id: demoEmployeeId, i: { ...employeeInput(), email: DEMO_LOGINS.EMPLOYEE } }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'NOT_FOUND', API_CLIENT: 'NOT_FOUND' },
  },
  {
    name: 'GraphQL employeeDeactivate of a Fyrisgjuteriet colleague',
    writes: true,
    run: (a) => mutate(a, `mutation($id: ID!) { employeeDeactivate(id: $id) { ${mutationFields} } }`, { id: colleagueId }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'NOT_FOUND', PROVIDER: 'NOT_FOUND', API_CLIENT: 'NOT_FOUND' },
  },
];

describe('authorization matrix', () => {
  for (const row of rows) {
    it(row.name, async () => {
      const actual: Partial<Record<Actor, unknown>> = {};
      for (const actor of actors) {
        const before = row.writes ? await employeeRows() : 0;
        actual[actor] = await row.run(actor);
        if (row.writes && actual[actor] !== 'ok') {
          // A refused write leaves no trace.
          expect(await employeeRows(), `${actor} changed the employees table`).toBe(before);
        }
      }
      expect(actual).toEqual(row.expected);
    });
  }

  it('a token without the organisations:read scope reads no organisation data', async () => {
    const created = await t.http
      .post('/api/v1/api-clients')
      .set(await t.headersFor('PROGRAMME_ADMIN'))
      .send({ name: 'Budget only', scopes: ['budget:read'] });
    const auth = { authorization: `Bearer ${created.body.token}` };
    expect((await t.http.get('/api/v1/regions').set(auth)).status).toBe(403);
    expect((await t.http.get('/api/v1/companies').set(auth)).status).toBe(403);
  });

  it('a revoked token stops working at once', async () => {
    const created = await t.http
      .post('/api/v1/api-clients')
      .set(await t.headersFor('PROGRAMME_ADMIN'))
      .send({ name: 'Short-lived', scopes: ['organisations:read'], regionCode: '03' });
    const auth = { authorization: `Bearer ${created.body.token}` };
    expect((await t.http.get('/api/v1/regions').set(auth)).status).toBe(200);
    await t.http.delete(`/api/v1/api-clients/${created.body.client.id}`).set(await t.headersFor('PROGRAMME_ADMIN')).set('x-requested-with', 'test');
    expect((await t.http.get('/api/v1/regions').set(auth)).status).toBe(401);
  });
});
