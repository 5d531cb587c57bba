import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helper.ts';

/** The "done": on the demo programme, Teknikcollege Uppland sees Uppsala's recruitment needs and placements. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the demo programme', () => {
  it('shows Teknikcollege published recruitment needs for Uppsala county, small cells withheld', async () => {
    const { body } = await t.graphql('PROVIDER', '{ recruitmentNeedCells(regionCode: "03", fromHalfYear: "2027-H1", toHalfYear: "2027-H2") { competence { code } halfYear people firms suppressed } }');
    const cells = body.data.recruitmentNeedCells;
    expect(cells.find((c: any) => c.competence.code === 'metrology' && c.halfYear === '2027-H1')).toMatchObject({ suppressed: false, firms: expect.any(Number) });
    expect(cells.find((c: any) => c.competence.code === 'metrology' && c.halfYear === '2027-H1').people).toBeGreaterThanOrEqual(7);
    expect(cells.find((c: any) => c.competence.code === 'coil-winding' && c.halfYear === '2027-H2')).toMatchObject({ suppressed: true, people: null });
    expect(cells.every((c: any) => c.suppressed || (c.firms >= 3 && c.people >= 5))).toBe(true);
  });

  it('shows Teknikcollege the placements Uppsala firms offer', async () => {
    const { body } = await t.graphql('PROVIDER', '{ placements(regionCode: "03") { kind company { name region { code } } places filledPlaces } }');
    const names = new Set(body.data.placements.map((p: any) => p.company.name));
    expect(names).toContain('Fyrisgjuteriet AB');
    expect(names.size).toBeGreaterThanOrEqual(5);
    expect(body.data.placements.some((p: any) => p.kind === 'APL')).toBe(true);
  });

  it('has an application waiting for Region Uppsala, and templates for a foundry', async () => {
    const applications = await t.graphql('REGION_ADMIN', '{ joinApplications(status: PENDING) { companyName } }');
    expect(applications.body.data.joinApplications).toEqual([{ companyName: 'Gränby Plåt & Svets AB' }]);
    const templates = await t.graphql('COMPANY_ADMIN', '{ roleTemplates(sniCode: "24.530") { nameSv } }');
    expect(templates.body.data.roleTemplates.map((x: any) => x.nameSv)).toContain('Gjutare');
  });
});
