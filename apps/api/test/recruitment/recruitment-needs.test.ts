import { halfYearOf } from '@smartkompetens/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { createTestApp, type TestApp } from '../helper.ts';
import { insertRecruitment } from './fixture.ts';

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
  await insertRecruitment(t.database.db, f);
});
afterAll(() => t.close());

const CELLS = `query($regionCode: ID, $dimension: RecruitmentDimension, $from: String, $to: String) {
  recruitmentNeedCells(regionCode: $regionCode, dimension: $dimension, fromHalfYear: $from, toHalfYear: $to) {
    region { code } competence { code } roleTemplate { nameSv } halfYear people firms level suppressed
  }
}`;

type Cell = { region: { code: string }; competence: { code: string } | null; roleTemplate: { nameSv: string } | null; halfYear: string; people: number | null; firms: number | null; suppressed: boolean };
const cellsAs = async (actor: Parameters<TestApp['graphql']>[0], variables: Record<string, unknown> = {}): Promise<Cell[]> => {
  const { body } = await t.graphql(actor, CELLS, variables);
  expect(body.errors).toBeUndefined();
  return body.data.recruitmentNeedCells;
};
const find = (cells: Cell[], code: string, halfYear: string) => cells.find((c) => (c.competence?.code ?? c.roleTemplate?.nameSv) === code && c.halfYear === halfYear);

describe("a firm's recruitment needs", () => {
  it('lists RECRUIT plan lines and retirements ahead, grouped by role and half-year, with what the role requires', async () => {
    const { body } = await t.graphql(
      'COMPANY_ADMIN',
      `query($id: ID!) { company(id: $id) { recruitmentNeeds { source role { nameSv } halfYear people dueDate competences { competence { code } level } } } }`,
      { id: f.companyA },
    );
    const needs = body.data.company.recruitmentNeeds;
    // Plan lines: Gjutare 2 (cnc) and CNC-operatör 3 (lean) in 2030-H1.
    expect(needs.filter((n: any) => n.source === 'SUPPLY_PLAN')).toEqual([
      { source: 'SUPPLY_PLAN', role: { nameSv: 'CNC-operatör' }, halfYear: '2030-H1', people: 3, dueDate: '2030-04-01', competences: [{ competence: { code: 'lean' }, level: 3 }] },
      { source: 'SUPPLY_PLAN', role: { nameSv: 'Gjutare' }, halfYear: '2030-H1', people: 2, dueDate: '2030-03-01', competences: [{ competence: { code: 'cnc' }, level: 3 }] },
    ]);
    // e1 (1960, Operatör) and e2 (1961, first role by name Lagledare) are past 65: needed now.
    const now = halfYearOf(new Date().toISOString().slice(0, 10));
    const retirements = needs.filter((n: any) => n.source === 'RETIREMENT');
    expect(retirements.map((n: any) => [n.role.nameSv, n.halfYear, n.people])).toEqual(
      expect.arrayContaining([
        ['Operatör', now, 1],
        ['Lagledare', now, 1],
      ]),
    );
    const operator = retirements.find((n: any) => n.role.nameSv === 'Operatör');
    expect(operator.competences).toEqual([
      { competence: { code: 'cnc' }, level: 4 },
      { competence: { code: 'welding' }, level: 3 },
    ]);
  });

  it("is not shown to another firm's admin or to a provider", async () => {
    const other = await t.graphql('OTHER_COMPANY_ADMIN', `query($id: ID!) { company(id: $id) { recruitmentNeeds { people } } }`, { id: f.companyA });
    expect(other.body.data.company).toBeNull();
    const provider = await t.graphql('PROVIDER', `query($id: ID!) { company(id: $id) { recruitmentNeeds { people } } }`, { id: f.companyA });
    expect(provider.body.data.company.recruitmentNeeds).toEqual([]);
  });
});

describe('anonymised recruitment needs per county', () => {
  it('shows a provider the cells of 3 firms and 5 people, and withholds smaller ones', async () => {
    const cells = await cellsAs('PROVIDER');
    expect(find(cells, 'cnc', '2030-H1')).toMatchObject({ region: { code: '03' }, people: 5, firms: 3, suppressed: false });
    expect(find(cells, 'lean', '2030-H1')).toMatchObject({ people: 9, firms: 4, suppressed: false });
    expect(find(cells, 'welding', '2030-H1')).toMatchObject({ people: null, firms: null, suppressed: true });
    expect(find(cells, 'welding', '2030-H2')).toMatchObject({ people: null, suppressed: true });
    // The provider's county is Uppsala: Sörmland's 40 never show.
    expect(cells.every((c) => c.region.code === '03')).toBe(true);
  });

  it('shows region and programme admins every cell unsuppressed', async () => {
    const cells = await cellsAs('PROGRAMME_ADMIN');
    expect(find(cells, 'welding', '2030-H2')).toMatchObject({ people: 1, firms: 1, suppressed: false });
    expect(cells.some((c) => c.region.code === '04' && c.people === 40)).toBe(true);
    const region = await cellsAs('REGION_ADMIN');
    expect(region.every((c) => c.region.code === '03')).toBe(true);
  });

  it('gives a cell the same figures whatever the filter, so two filtered queries differ by whole cells only', async () => {
    const all = await cellsAs('PROVIDER');
    const firstHalf = await cellsAs('PROVIDER', { from: '2030-H1', to: '2030-H1' });
    const inCounty = await cellsAs('PROVIDER', { regionCode: '03' });
    for (const cell of firstHalf) expect(all).toContainEqual(cell);
    expect(inCounty).toEqual(all);
    // Every cell missing from the narrower answer is a whole cell of another half-year, not a remainder.
    const missing = all.filter((c) => !firstHalf.some((x) => JSON.stringify(x) === JSON.stringify(c)));
    expect(missing.every((c) => c.halfYear !== '2030-H1')).toBe(true);
  });

  it('offers no filter below the cells: narrowing by group or firm is refused', async () => {
    const { body } = await t.graphql('PROVIDER', '{ recruitmentNeedCells(group: STAFF) { people } }');
    expect(body.errors[0].message).toMatch(/Unknown argument "group"/);
    const rest = await t.http.get('/api/v1/recruitment-needs?companyId=' + f.companyA).set(await t.headersFor('PROVIDER'));
    expect(rest.status).toBe(400);
  });

  it('withholds a second template cell where one withheld cell could be got back from a county total', async () => {
    const cells = await cellsAs('PROVIDER', { dimension: 'ROLE_TEMPLATE', from: '2030-H1', to: '2030-H1' });
    // Svetsare (1 person) is withheld; Gjutare (5 people, 3 firms) would pass alone but is its complement.
    expect(find(cells, 'Svetsare', '2030-H1')).toMatchObject({ suppressed: true });
    expect(find(cells, 'Gjutare', '2030-H1')).toMatchObject({ suppressed: true, people: null });
    expect(find(cells, 'CNC-operatör', '2030-H1')).toMatchObject({ people: 9, firms: 4, suppressed: false });
    const admin = await cellsAs('PROGRAMME_ADMIN', { dimension: 'ROLE_TEMPLATE', regionCode: '03', from: '2030-H1', to: '2030-H1' });
    expect(find(admin, 'Gjutare', '2030-H1')).toMatchObject({ people: 5, suppressed: false });
  });

  it('refuses a half-year that is not one, naming the argument', async () => {
    const { body } = await t.graphql('PROVIDER', CELLS, { from: '2030-Q1' });
    expect(body.errors[0].extensions.code).toBe('VALIDATION');
    expect(body.errors[0].message).toMatch(/fromHalfYear/);
  });

  it('is served as JSON and CSV at GET /api/v1/recruitment-needs, withheld cells empty', async () => {
    const json = await t.http.get('/api/v1/recruitment-needs').set(await t.headersFor('PROVIDER'));
    expect(json.status).toBe(200);
    expect(json.body.find((c: any) => c.competence?.code === 'cnc' && c.halfYear === '2030-H1')).toMatchObject({ regionCode: '03', people: 5, firms: 3 });
    const csv = await t.http.get('/api/v1/recruitment-needs?format=csv&fromHalfYear=2030-H1&toHalfYear=2030-H2').set(await t.headersFor('PROVIDER'));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe('county,half_year,dimension,code,name,people,firms,level,suppressed');
    expect(lines).toContain('03,2030-H1,COMPETENCE,cnc,CNC-programmering,5,3,3,false');
    expect(lines).toContain('03,2030-H2,COMPETENCE,welding,Svetsning,,,,true');
  });
});
