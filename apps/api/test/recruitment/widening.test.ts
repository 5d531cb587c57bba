import { schema } from '@smartkompetens/db';
import { isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCatalogue, type CatalogueFixture } from '../catalogue/fixture.ts';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { createTestApp, type TestApp } from '../helper.ts';
import { insertRecruitment, type RecruitmentFixture } from './fixture.ts';

let t: TestApp;
let f: Fixture;
let r: RecruitmentFixture;
let c: CatalogueFixture;

/**
 * Firms C, D and E get four staff each holding their CNC-operatör role (cnc 3 required):
 * C all at 3 (coverage 1), D half at 3 (0.5), E all at 1 (0). Two women and two men each;
 * all twelve, and e1, e2, e3 of A and e5 of B, attended the held lean course (8 hours).
 */
beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
  r = await insertRecruitment(t.database.db, f);
  c = await insertCatalogue(t.database.db, f, 50);
  const { employees, employeeRoles, assessments, enrolments } = schema;
  const staff = [
    [r.companyC, r.roles.cCnc, [3, 3, 3, 3]],
    [r.companyD, r.roles.dSvetsare, [3, 3, 1, 1]],
    [r.companyE, r.roles.eCnc, [1, 1, 1, 1]],
  ] as const;
  for (const [companyId, roleId, levels] of staff) {
    const people = await t.database.db
      .insert(employees)
      .values(
        levels.map((_, i) => ({
          companyId,
          firstName: `P${i}`,
          lastName: 'Peer',
          jobTitle: 'Operatör',
          group: 'STAFF' as const,
          employmentStart: '2020-01-01',
          hourlyCost: 40_000n,
          birthYear: 1990,
          gender: i < 2 ? ('WOMAN' as const) : ('MAN' as const),
        })),
      )
      .returning();
    await t.database.db.insert(employeeRoles).values(people.map((p) => ({ employeeId: p.id, roleId, companyId })));
    const competenceId = roleId === r.roles.dSvetsare ? f.competences.welding : f.competences.cnc;
    await t.database.db.insert(assessments).values(people.map((p, i) => ({ companyId, employeeId: p.id, competenceId, level: levels[i]!, source: 'MANAGER' as const, assessedOn: '2026-05-01' })));
    await t.database.db.insert(enrolments).values(people.map((p) => ({ occasionId: c.occasions.past, employeeId: p.id, companyId, status: 'ATTENDED' as const })));
  }
  await t.database.db.insert(enrolments).values(
    [f.people.e1, f.people.e2, f.people.e3].map((employeeId) => ({ occasionId: c.occasions.past, employeeId, companyId: f.companyA, status: 'COMPLETED' as const })).concat([
      { occasionId: c.occasions.past, employeeId: f.people.e5, companyId: f.companyB, status: 'COMPLETED' as const },
    ]),
  );
});
afterAll(() => t.close());

describe('internal candidates for a role', () => {
  const QUERY = `query($role: ID!) { internalCandidates(roleId: $role) {
    employee { firstName } holdsRole distance unassessed met requirements
    gaps { competence { code } requiredLevel level gap courses { titleSv } } } }`;

  it("ranks the firm's people by distance to the requirements, with courses that close the rest", async () => {
    const { body } = await t.graphql('COMPANY_ADMIN', QUERY, { role: f.roles.operator });
    // Operatör: cnc 4 (critical ×3), welding 3 (important ×2).
    // Ett: cnc 2 → 2×3 = 6. Två: cnc 4, welding never assessed → 3×2 = 6 but one unassessed. Tre: cnc 1, welding unassessed → 9 + 6.
    expect(body.data.internalCandidates.map((x: any) => [x.employee.firstName, x.distance, x.unassessed, x.holdsRole])).toEqual([
      ['Ett', 6, 0, true],
      ['Två', 6, 1, true],
      ['Tre', 15, 1, false],
    ]);
    const tva = body.data.internalCandidates[1];
    expect(tva.gaps).toEqual([{ competence: { code: 'welding' }, requiredLevel: 3, level: null, gap: null, courses: [{ titleSv: 'Fördjupning för svetsare' }, { titleSv: 'Svetsning MIG/MAG – grundkurs' }] }]);
  });

  it("is the firm's and its owners' only, and answers in a bounded number of statements", async () => {
    await t.headersFor('REGION_ADMIN'); // sign in first: only the query's own statements are counted
    const count = async (first: number) => {
      const before = t.statements();
      const { body } = await t.graphql('REGION_ADMIN', QUERY.replace('internalCandidates(roleId: $role)', `internalCandidates(roleId: $role, first: ${first})`), { role: f.roles.operator });
      return { statements: t.statements() - before, people: body.data.internalCandidates.length };
    };
    const two = await count(2);
    const all = await count(10);
    expect([two.people, all.people]).toEqual([2, 3]);
    // Three people with their gaps and courses cost no more statements than two: loaders, not a query per row.
    expect(all.statements).toBe(two.statements);
    const other = await t.graphql('OTHER_COMPANY_ADMIN', QUERY, { role: f.roles.operator });
    expect(other.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('placements', () => {
  const CREATE = `mutation($c: ID!, $input: PlacementInput!) { placementCreate(companyId: $c, input: $input) { placement { id title remainingPlaces competences { code } } userErrors { field code } } }`;
  const input = (overrides: Record<string, unknown> = {}) => ({
    kind: 'APL',
    title: 'APL inom gjutning',
    startsOn: '2031-01-15',
    endsOn: '2031-03-15',
    places: 3,
    competenceIds: [f.competences.cnc],
    contactName: 'Hanna HR',
    contactEmail: 'hr@a.example',
    ...overrides,
  });

  it('are offered by a firm, seen by the county’s provider, and marked filled by it', async () => {
    const created = await t.graphql('COMPANY_ADMIN', CREATE, { c: f.companyA, input: input() });
    expect(created.body.data.placementCreate).toMatchObject({ placement: { title: 'APL inom gjutning', remainingPlaces: 3, competences: [{ code: 'cnc' }] }, userErrors: [] });
    const id = created.body.data.placementCreate.placement.id;

    const seen = await t.graphql('PROVIDER', '{ placements(regionCode: "03") { id company { name } contactName places filledPlaces } }');
    expect(seen.body.data.placements).toEqual([{ id, company: { name: 'A Gjuteri AB' }, contactName: 'Hanna HR', places: 3, filledPlaces: 0 }]);

    const filled = await t.graphql('PROVIDER', 'mutation($id: ID!) { placementFill(id: $id, filledPlaces: 2) { placement { filledPlaces remainingPlaces } userErrors { code } } }', { id });
    expect(filled.body.data.placementFill).toEqual({ placement: { filledPlaces: 2, remainingPlaces: 1 }, userErrors: [] });
    const over = await t.graphql('PROVIDER', 'mutation($id: ID!) { placementFill(id: $id, filledPlaces: 4) { userErrors { field code message } } }', { id });
    expect(over.body.data.placementFill.userErrors).toEqual([{ field: ['filledPlaces'], code: 'OUT_OF_RANGE', message: 'At most 3 places' }]);

    const open = await t.http.get('/api/v1/placements?openOnly=true').set(await t.headersFor('PROVIDER'));
    expect(open.status).toBe(200);
    expect(open.body).toMatchObject([{ id, kind: 'APL', places: 3, filledPlaces: 2, company: { regionCode: '03' }, competences: [{ code: 'cnc' }] }]);

    const firmB = await t.graphql('OTHER_COMPANY_ADMIN', '{ placements { id } }');
    expect(firmB.body.data.placements).toEqual([]);
    const byFirm = await t.graphql('COMPANY_ADMIN', 'mutation($id: ID!) { placementFill(id: $id, filledPlaces: 3) { userErrors { code } } }', { id });
    expect(byFirm.body.data.placementFill.userErrors).toEqual([{ code: 'FORBIDDEN' }]);
  });

  it('names the fields at fault: period backwards, no places, a firm-local competence', async () => {
    const [local] = await t.database.db.select().from(schema.competences).where(isNotNull(schema.competences.companyId));
    const { body } = await t.graphql('COMPANY_ADMIN', CREATE, { c: f.companyA, input: input({ startsOn: '2031-05-01', endsOn: '2031-04-01', places: 0, competenceIds: [local!.id] }) });
    expect(body.data.placementCreate.userErrors).toEqual([
      { field: ['input', 'endsOn'], code: 'OUT_OF_RANGE' },
      { field: ['input', 'places'], code: 'OUT_OF_RANGE' },
      { field: ['input', 'competenceIds'], code: 'INVALID' },
    ]);
  });
});


describe('benchmark', () => {
  const QUERY = `query($id: ID!) { company(id: $id) { benchmark {
    industryCode own { firms coverage weightedGapPerPerson assessedShare suppressed }
    industry { firms coverage suppressed } county { firms coverage suppressed }
    competences { competence { code } own industry county } } } }`;

  it('sets a firm beside the average other firm of its industry and county', async () => {
    const { body } = await t.graphql('COMPANY_ADMIN', QUERY, { id: f.companyA });
    const b = body.data.company.benchmark;
    // A: six assessed requirements, three met; weighted gaps 6 + 2 + 4 over three people; 6 of 7 assessed.
    expect(b.own).toEqual({ firms: 1, coverage: 0.5, weightedGapPerPerson: 4, assessedShare: 0.86, suppressed: false });
    // Industry 24 (others): C 1, D 0.5, E 0. County 03 (others): B 0, C 1, D 0.5, E 0.
    expect(b.industry).toEqual({ firms: 3, coverage: 0.5, suppressed: false });
    expect(b.county).toEqual({ firms: 4, coverage: 0.38, suppressed: false });
    // cnc: required by C and E in the industry (2 firms: withheld), by B, C and E in the county (0, 1, 0).
    expect(b.competences.find((x: any) => x.competence.code === 'cnc')).toEqual({ competence: { code: 'cnc' }, own: 0.33, industry: null, county: 0.33 });
    // Welding: only D among the others requires it — withheld.
    expect(b.competences.find((x: any) => x.competence.code === 'welding')).toMatchObject({ industry: null, county: null });
  });

  it('withholds a comparison with fewer than 3 other firms', async () => {
    const { body } = await t.graphql('OTHER_COMPANY_ADMIN', QUERY, { id: f.companyB });
    // B is the only firm of SNI division 25.
    expect(body.data.company.benchmark.industry).toEqual({ firms: null, coverage: null, suppressed: true });
    expect(body.data.company.benchmark.county.suppressed).toBe(false);
  });
});

describe('public programme results', () => {
  const QUERY = `{ programmeResults { totals { firms participants trainingHours } counties { regionCode firms participants trainingHours gapsClosed suppressed }
    participants { regionCode group gender participants suppressed } } }`;

  it('are open without signing in, and withhold small cells together with a complement', async () => {
    const { body } = await t.graphql('ANONYMOUS', QUERY);
    const results = body.data.programmeResults;
    expect(results.counties).toEqual([
      // One gap closed so far (Tre's lean, from 1 to 3), by one person: withheld.
      { regionCode: '03', firms: 5, participants: 16, trainingHours: 128, gapsClosed: null, suppressed: true },
      { regionCode: '04', firms: 1, participants: 0, trainingHours: 0, gapsClosed: 0, suppressed: false },
    ]);
    expect(results.totals).toEqual({ firms: 6, participants: 16, trainingHours: 128 });
    const cells = results.participants;
    // No published cell under 5 people; staff of unknown gender (Ett, Två, Fem: 3) are withheld,
    // and with them one more staff cell, so the county total minus the rest gives nothing away.
    expect(cells.every((x: any) => x.suppressed || x.participants >= 5)).toBe(true);
    const staff = cells.filter((x: any) => x.group === 'STAFF');
    expect(staff.find((x: any) => x.gender === 'UNKNOWN')).toMatchObject({ participants: null, suppressed: true });
    expect(staff.filter((x: any) => x.suppressed)).toHaveLength(2);
    expect(staff.filter((x: any) => !x.suppressed)).toEqual([expect.objectContaining({ participants: 6 })]);
  });

  it('are open data as CSV and JSON without a token', async () => {
    const csv = await t.http.get('/api/v1/open-data/counties?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.text.split('\n').slice(0, 2)).toEqual(['county,county_name,firms,joined_firms,participants,training_hours,gaps_closed,suppressed', '03,Uppsala län,5,0,16,128,,true']);
    const json = await t.http.get('/api/v1/open-data/participants');
    expect(json.status).toBe(200);
    expect(json.body.every((x: any) => x.participants === null || x.participants >= 5)).toBe(true);
  });
});
