import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helper.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const companiesQuery = `query($first: Int, $after: String, $filter: CompanyFilter) {
  companies(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name orgNumber sniCode region { code name } }
  }
}`;

describe('companies', () => {
  it('pages through every company by name, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const { body } = await t.graphql('PROGRAMME_ADMIN', companiesQuery, { first: 15, after });
      const result = body.data.companies;
      total = result.totalCount;
      seen.push(...result.nodes.map((c: { name: string }) => c.name));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThanOrEqual(65);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    // Byte order of the lower-cased names, as the API documents.
    expect(seen).toEqual([...seen].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
  });

  it('filters by county, by SNI prefix and by search text', async () => {
    const uppsala = await t.graphql('PROGRAMME_ADMIN', companiesQuery, { first: 100, filter: { regionCode: '03' } });
    const names = uppsala.body.data.companies.nodes.map((c: { name: string }) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(['Fyrisgjuteriet AB', 'Dannemora Snabbstål AB', 'Enköpings Karosseri AB', 'Tierps Mikromotor AB', 'Bålsta Finmekaniska AB']),
    );
    expect(uppsala.body.data.companies.nodes.every((c: { region: { code: string } }) => c.region.code === '03')).toBe(true);

    const foundries = await t.graphql('PROGRAMME_ADMIN', companiesQuery, { first: 100, filter: { sniCode: '24.5' } });
    expect(foundries.body.data.companies.nodes.length).toBeGreaterThan(0);
    expect(foundries.body.data.companies.nodes.every((c: { sniCode: string }) => c.sniCode.startsWith('24.5'))).toBe(true);

    const search = await t.graphql('PROGRAMME_ADMIN', companiesQuery, { first: 100, filter: { search: 'fyris' } });
    expect(search.body.data.companies.nodes.map((c: { name: string }) => c.name)).toEqual(['Fyrisgjuteriet AB']);

    // LIKE wildcards in the search are taken literally.
    const wildcard = await t.graphql('PROGRAMME_ADMIN', companiesQuery, { first: 100, filter: { search: '%' } });
    expect(wildcard.body.data.companies.totalCount).toBe(0);
  });

  it('refuses a forged cursor and an out-of-range page size with a clear error', async () => {
    const forged = await t.graphql('PROGRAMME_ADMIN', companiesQuery, { first: 10, after: 'not-a-cursor' });
    expect(forged.body.errors[0].extensions.code).toBe('VALIDATION');
    expect(forged.body.errors[0].message).toMatch(/after: Not a cursor/);
    const huge = await t.graphql('PROGRAMME_ADMIN', companiesQuery, { first: 10_000 });
    expect(huge.body.errors[0].message).toMatch(/first: Must be between 1 and 100/);
  });

  it('REST lists, filters and pages companies the same way', async () => {
    const auth = await t.headersFor('API_CLIENT');
    const first = await t.http.get('/api/v1/companies?first=2').set(auth);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.hasNextPage).toBe(true);
    const second = await t.http.get(`/api/v1/companies?first=2&after=${first.body.endCursor}`).set(auth);
    expect(second.body.items[0].name.localeCompare(first.body.items[1].name, 'sv')).toBeGreaterThan(0);
    expect(second.body.items.every((c: { regionCode: string }) => c.regionCode === '03')).toBe(true);

    const one = await t.http.get(`/api/v1/companies/${first.body.items[0].id}`).set(auth);
    expect(one.body).toEqual(first.body.items[0]);
  });

  it('REST answers bad parameters with 400 naming the parameter, and unknown ids with 404', async () => {
    const auth = await t.headersFor('PROGRAMME_ADMIN');
    const badSize = await t.http.get('/api/v1/companies?first=abc').set(auth);
    expect(badSize.status).toBe(400);
    expect(badSize.body.details[0].field).toEqual(['querystring', 'first']);
    const badRegion = await t.http.get('/api/v1/companies?regionCode=Uppsala').set(auth);
    expect(badRegion.status).toBe(400);
    const badId = await t.http.get('/api/v1/companies/12345').set(auth);
    expect(badId.status).toBe(400);
    expect(badId.body.details[0].field).toEqual(['params', 'id']);
    const unknown = await t.http.get('/api/v1/companies/00000000-0000-4000-8000-000000000000').set(auth);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
  });

  it('lists regions with their sub-project owners and firm counts', async () => {
    const { body } = await t.graphql('PROVIDER', '{ regions { code name ownerName companyCount } }');
    expect(body.data.regions.map((r: { code: string }) => r.code)).toEqual(['03', '04', '05', '18', '19']);
    expect(body.data.regions[0]).toMatchObject({ name: 'Uppsala län', ownerName: 'Region Uppsala' });
    expect(body.data.regions.every((r: { companyCount: number }) => r.companyCount > 0)).toBe(true);
  });

  it('issues the same number of SQL statements for 2 companies with employees as for 60', async () => {
    const query = `query($first: Int) { companies(first: $first) { nodes { name region { name } employees(first: 5) { totalCount nodes { lastName company { name } } } } } }`;
    async function statementsFor(first: number): Promise<number> {
      const before = t.statements();
      const { body } = await t.graphql('PROGRAMME_ADMIN', query, { first });
      expect(body.errors).toBeUndefined();
      expect(body.data.companies.nodes).toHaveLength(first);
      return t.statements() - before;
    }
    await statementsFor(1); // warm up: sessions are touched on first use
    expect(await statementsFor(60)).toBe(await statementsFor(2));
  });
});
