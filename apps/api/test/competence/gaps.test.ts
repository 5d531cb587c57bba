import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helper.ts';
import { insertFixture, type Fixture } from './fixture.ts';

/*
 * Hand-computed from the fixture (current level = latest manager assessment, else self):
 *
 *  person  group  roles          CNC (req/w, cur)   Welding        Lean
 *  e1 A    STAFF  operator       4/3, 2 → gap 2     3/2, 3 → 0     –
 *  e2 A    STAFF  operator+lead  4/3, 4 → 0         3/2, never     3/1, 1 → 2
 *  e3 A    MGMT   lead           3/2, 1 → 2         –              3/1, 3 → 0
 *  e4 A    (deactivated: not counted)
 *  e5 B    STAFF  fitter         2/1, 1 → 1         –              –
 */
let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
});
afterAll(() => t.close());

const gapsQuery = `query($groupBy: GapGrouping!, $scope: GapScope) {
  gaps(groupBy: $groupBy, scope: $scope) {
    competence { code } employee { firstName } role { nameSv } group company { name } region { code } industry { sniCode }
    people peopleWithGap totalGap weightedGap unassessed firms suppressed
  }
}`;

async function gapsBy(groupBy: string, scope?: object, actor: Parameters<TestApp['graphql']>[0] = 'PROGRAMME_ADMIN') {
  const { body } = await t.graphql(actor, gapsQuery, { groupBy, scope });
  expect(body.errors).toBeUndefined();
  return body.data.gaps;
}

const figures = (row: Record<string, unknown>) => ({
  people: row.people,
  peopleWithGap: row.peopleWithGap,
  totalGap: row.totalGap,
  weightedGap: row.weightedGap,
  unassessed: row.unassessed,
  firms: row.firms,
});

describe('gap analysis in SQL', () => {
  it('aggregates by competence: the manager outranks a newer self-assessment, deactivated people do not count', async () => {
    const rows = await gapsBy('COMPETENCE');
    const byCode = Object.fromEntries(rows.map((r: { competence: { code: string } }) => [r.competence.code, figures(r)]));
    expect(byCode).toEqual({
      cnc: { people: 4, peopleWithGap: 3, totalGap: 5, weightedGap: 11, unassessed: 0, firms: 2 },
      welding: { people: 2, peopleWithGap: 0, totalGap: 0, weightedGap: 0, unassessed: 1, firms: 1 },
      lean: { people: 2, peopleWithGap: 1, totalGap: 2, weightedGap: 2, unassessed: 0, firms: 1 },
    });
    // Largest weighted gap first.
    expect(rows[0].competence.code).toBe('cnc');
  });

  it('aggregates by company, county, industry, group and programme', async () => {
    const companies = Object.fromEntries((await gapsBy('COMPANY')).map((r: { company: { name: string } }) => [r.company.name, figures(r)]));
    expect(companies).toEqual({
      'A Gjuteri AB': { people: 3, peopleWithGap: 3, totalGap: 6, weightedGap: 12, unassessed: 1, firms: 1 },
      'B Mekaniska AB': { people: 1, peopleWithGap: 1, totalGap: 1, weightedGap: 1, unassessed: 0, firms: 1 },
    });
    const [county] = await gapsBy('REGION');
    expect([county.region.code, figures(county)]).toEqual(['03', { people: 4, peopleWithGap: 4, totalGap: 7, weightedGap: 13, unassessed: 1, firms: 2 }]);
    const industries = await gapsBy('INDUSTRY');
    expect(industries.map((r: { industry: { sniCode: string }; weightedGap: number }) => [r.industry.sniCode, r.weightedGap])).toEqual([
      ['24.530', 12],
      ['25.620', 1],
    ]);
    const groups = Object.fromEntries((await gapsBy('GROUP')).map((r: { group: string; totalGap: number; weightedGap: number }) => [r.group, [r.totalGap, r.weightedGap]]));
    expect(groups).toEqual({ STAFF: [5, 9], MANAGEMENT: [2, 4] });
    const [programme] = await gapsBy('PROGRAMME');
    expect(figures(programme)).toEqual({ people: 4, peopleWithGap: 4, totalGap: 7, weightedGap: 13, unassessed: 1, firms: 2 });
  });

  it('aggregates by role against each role’s own requirement, and by employee', async () => {
    const roles = Object.fromEntries((await gapsBy('ROLE')).map((r: { role: { nameSv: string } }) => [r.role.nameSv, figures(r)]));
    expect(roles).toEqual({
      Operatör: { people: 2, peopleWithGap: 1, totalGap: 2, weightedGap: 6, unassessed: 1, firms: 1 },
      Lagledare: { people: 2, peopleWithGap: 2, totalGap: 4, weightedGap: 6, unassessed: 0, firms: 1 },
      Montör: { people: 1, peopleWithGap: 1, totalGap: 1, weightedGap: 1, unassessed: 0, firms: 1 },
    });
    const people = Object.fromEntries(
      (await gapsBy('EMPLOYEE', { companyId: f.companyA })).map((r: { employee: { firstName: string }; weightedGap: number }) => [r.employee.firstName, r.weightedGap]),
    );
    expect(people).toEqual({ Ett: 6, Två: 2, Tre: 4 });
  });

  it('filters by scope: one company, one competence, one group', async () => {
    const [cncInA] = await gapsBy('COMPETENCE', { companyId: f.companyA, competenceId: f.competences.cnc });
    expect(figures(cncInA)).toEqual({ people: 3, peopleWithGap: 2, totalGap: 4, weightedGap: 10, unassessed: 0, firms: 1 });
    const management = await gapsBy('COMPETENCE', { group: 'MANAGEMENT' });
    expect(management.map((r: { competence: { code: string }; totalGap: number }) => [r.competence.code, r.totalGap])).toEqual([
      ['cnc', 2],
      ['lean', 0],
    ]);
  });

  it('an employee sees only their own gaps; a company admin only their firm', async () => {
    const own = await gapsBy('EMPLOYEE', undefined, 'EMPLOYEE');
    expect(own.map((r: { employee: { firstName: string } }) => r.employee.firstName)).toEqual(['Ett']);
    const firm = await gapsBy('COMPANY', undefined, 'COMPANY_ADMIN');
    expect(firm.map((r: { company: { name: string } }) => r.company.name)).toEqual(['A Gjuteri AB']);
  });

  it('a provider gets aggregates only, with cells under 3 firms or 5 people suppressed', async () => {
    const rows = await gapsBy('COMPETENCE', undefined, 'PROVIDER');
    expect(rows).toHaveLength(3);
    // Not ranked by their hidden size (cnc, the largest gap, would come first): a fixed order.
    const ids = await t.graphql('PROVIDER', '{ gaps(groupBy: COMPETENCE) { competence { id } } }');
    const order = ids.body.data.gaps.map((r: { competence: { id: string } }) => r.competence.id);
    expect(order).toEqual([...order].sort());
    for (const row of rows) {
      expect(row).toMatchObject({ suppressed: true, people: null, totalGap: null, weightedGap: null, firms: null });
    }
    const identifying = await t.graphql('PROVIDER', gapsQuery, { groupBy: 'EMPLOYEE' });
    expect(identifying.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const oneFirm = await t.graphql('PROVIDER', gapsQuery, { groupBy: 'COMPETENCE', scope: { companyId: f.companyA } });
    expect(oneFirm.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('coverage and key-person risk', () => {
  const query = `query($id: ID!) { company(id: $id) {
    coverage { competence { code } required covered holders critical singlePointOfKnowledge }
    keyPersonRisks { employee { firstName } competence { code } reason retirementYear }
  } }`;

  it('counts who meets each requirement and flags a critical competence only one person holds', async () => {
    const { body } = await t.graphql('COMPANY_ADMIN', query, { id: f.companyA });
    const coverage = Object.fromEntries(body.data.company.coverage.map((r: { competence: { code: string } }) => [r.competence.code, { ...r, competence: undefined }]));
    expect(coverage).toEqual({
      cnc: { required: 3, covered: 1, holders: 1, critical: true, singlePointOfKnowledge: true, competence: undefined },
      welding: { required: 2, covered: 1, holders: 1, critical: false, singlePointOfKnowledge: false, competence: undefined },
      lean: { required: 2, covered: 1, holders: 1, critical: false, singlePointOfKnowledge: false, competence: undefined },
    });
  });

  it('names the single holder and the holder who retires within five years', async () => {
    const { body } = await t.graphql('COMPANY_ADMIN', query, { id: f.companyA });
    expect(body.data.company.keyPersonRisks).toEqual([
      { employee: { firstName: 'Två' }, competence: { code: 'cnc' }, reason: 'SINGLE_HOLDER', retirementYear: null },
      { employee: { firstName: 'Två' }, competence: { code: 'cnc' }, reason: 'RETIRING', retirementYear: 2026 },
    ]);
  });

  it('finds who can do X, best first, within what the viewer may see', async () => {
    const query = `query($c: ID!, $min: Int!) { whoCanDo(competenceId: $c, minLevel: $min) { totalCount nodes { employee { firstName } level source } } }`;
    const { body } = await t.graphql('PROGRAMME_ADMIN', query, { c: f.competences.cnc, min: 2 });
    expect(body.data.whoCanDo).toEqual({
      totalCount: 2,
      nodes: [
        { employee: { firstName: 'Två' }, level: 4, source: 'MANAGER' },
        { employee: { firstName: 'Ett' }, level: 2, source: 'MANAGER' },
      ],
    });
    const inB = await t.graphql('PROGRAMME_ADMIN', `query($c: ID!, $b: ID) { whoCanDo(competenceId: $c, minLevel: 1, companyId: $b) { nodes { employee { firstName } } } }`, { c: f.competences.cnc, b: f.companyB });
    expect(inB.body.data.whoCanDo.nodes).toEqual([{ employee: { firstName: 'Fem' } }]);
    const provider = await t.graphql('PROVIDER', query, { c: f.competences.cnc, min: 1 });
    expect(provider.body.data.whoCanDo.totalCount).toBe(0);
  });
});

describe('REST gap endpoints', () => {
  it('GET /api/v1/companies/{id}/gaps answers the same figures as GraphQL', async () => {
    const response = await t.http.get(`/api/v1/companies/${f.companyA}/gaps`).set(await t.headersFor('COMPANY_ADMIN'));
    expect(response.status).toBe(200);
    const cnc = response.body.find((r: { competence: { code: string } }) => r.competence.code === 'cnc');
    expect(figures(cnc)).toEqual({ people: 3, peopleWithGap: 2, totalGap: 4, weightedGap: 10, unassessed: 0, firms: 1 });
  });

  it('GET /api/v1/regions/{code}/gaps aggregates a county; unknown counties are 404, bad codes 400', async () => {
    const auth = await t.headersFor('PROGRAMME_ADMIN');
    const response = await t.http.get('/api/v1/regions/03/gaps?groupBy=INDUSTRY').set(auth);
    expect(response.status).toBe(200);
    expect(response.body.map((r: { sniCode: string; weightedGap: number }) => [r.sniCode, r.weightedGap])).toEqual([
      ['24.530', 12],
      ['25.620', 1],
    ]);
    expect((await t.http.get('/api/v1/regions/99/gaps').set(auth)).status).toBe(404);
    expect((await t.http.get('/api/v1/regions/Uppsala/gaps').set(auth)).status).toBe(400);
    expect((await t.http.get('/api/v1/regions/03/gaps?groupBy=EVERYTHING').set(auth)).status).toBe(400);
  });

  it('GET /api/v1/competences lists the framework', async () => {
    const response = await t.http.get('/api/v1/competences').set(await t.headersFor('PROVIDER'));
    expect(response.status).toBe(200);
    expect(response.body.map((c: { code: string }) => c.code).sort()).toEqual(['cnc', 'lean', 'welding']);
    expect(response.body[0].area).toMatchObject({ code: 'production' });
  });
});
