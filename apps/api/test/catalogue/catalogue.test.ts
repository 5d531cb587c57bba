import { schema } from '@smartkompetens/db';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helper.ts';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { insertCatalogue, type CatalogueFixture } from './fixture.ts';

let t: TestApp;
let f: Fixture;
let c: CatalogueFixture;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
  c = await insertCatalogue(t.database.db, f);
});
afterAll(() => t.close());

const search = `query($s: CourseSearch, $sort: CourseSort) { courses(search: $s, sort: $sort) {
  totalCount nodes { titleSv pricePerParticipant competences { competence { code } targetLevel } upcomingOccasions { seatsLeft online region { code } } }
} }`;
const titles = async (s: object, sort?: string) => {
  const { body } = await t.graphql('COMPANY_ADMIN', search, { s, sort });
  expect(body.errors).toBeUndefined();
  return body.data.courses.nodes.map((n: { titleSv: string }) => n.titleSv);
};

describe('catalogue search', () => {
  it('finds "svetsare" when searching for "svetsning" (Swedish stems, by prefix)', async () => {
    expect((await titles({ text: 'svetsning' })).sort()).toEqual(['Fördjupning för svetsare', 'Svetsning MIG/MAG – grundkurs']);
    expect(await titles({ text: 'förbättringar' })).toEqual(['Lean produktion']);
    expect(await titles({ text: 'hydraulik' })).toEqual([]);
  });

  it('filters by competence, county (online counts everywhere), format, audience, price and free seats', async () => {
    expect((await titles({ competenceId: f.competences.welding })).sort()).toEqual(['Fördjupning för svetsare', 'Svetsning MIG/MAG – grundkurs']);
    expect((await titles({ regionCode: '03' })).sort()).toEqual(['Fördjupning för svetsare', 'Lean produktion', 'Svetsning MIG/MAG – grundkurs']);
    expect((await titles({ regionCode: '19' })).sort()).toEqual(['Fördjupning för svetsare']);
    expect(await titles({ text: 'operatör' })).toEqual(['Svetsning MIG/MAG – grundkurs']); // the text says "operatörer"
    expect(await titles({ format: 'ONLINE' })).toEqual(['Fördjupning för svetsare']);
    expect(await titles({ audience: 'STAFF' })).toEqual(['Fördjupning för svetsare', 'Svetsning MIG/MAG – grundkurs']);
    expect(await titles({ maxPrice: '1000000' }, 'PRICE')).toEqual(['Lean produktion', 'Svetsning MIG/MAG – grundkurs']);
    expect((await titles({ freeSeats: true })).sort()).toEqual(['Fördjupning för svetsare', 'Lean produktion', 'Svetsning MIG/MAG – grundkurs']);
  });

  it('pages with the total on every page, also past the last match', async () => {
    const paged = `query($after: String) { courses(first: 2, after: $after, sort: TITLE) { totalCount pageInfo { hasNextPage endCursor } nodes { titleSv } } }`;
    const first = (await t.graphql('COMPANY_ADMIN', paged, {})).body.data.courses;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true }, nodes: [{ titleSv: 'Fördjupning för svetsare' }, { titleSv: 'Lean produktion' }] });
    const second = (await t.graphql('COMPANY_ADMIN', paged, { after: first.pageInfo.endCursor })).body.data.courses;
    expect(second).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false }, nodes: [{ titleSv: 'Svetsning MIG/MAG – grundkurs' }] });
    const beyond = (await t.graphql('COMPANY_ADMIN', paged, { after: second.pageInfo.endCursor })).body.data.courses;
    expect(beyond).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false }, nodes: [] });
  });

  it('answers from its cache only until the catalogue or the seats change', async () => {
    const free = async () => (await titles({ freeSeats: true, regionCode: '03' })).sort();
    const before = await free();
    expect(before).toContain('Svetsning MIG/MAG – grundkurs');
    // The welding course's county-03 occasion fills up: no free seats there any more.
    const added = await t.database.db
      .insert(schema.enrolments)
      .values([f.people.e1, f.people.e2].map((employeeId) => ({ occasionId: c.occasions.upcoming, employeeId, companyId: f.companyA, status: 'CONFIRMED' as const })))
      .returning();
    expect(await free()).not.toContain('Svetsning MIG/MAG – grundkurs');
    await t.database.db.delete(schema.enrolments).where(inArray(schema.enrolments.id, added.map((e) => e.id)));
    expect(await free()).toEqual(before);
    // A course retired leaves the results at once.
    await t.database.db.update(schema.courses).set({ retiredAt: new Date() }).where(eq(schema.courses.id, c.courses.lean));
    expect(await titles({ regionCode: '03' })).not.toContain('Lean produktion');
    await t.database.db.update(schema.courses).set({ retiredAt: null }).where(eq(schema.courses.id, c.courses.lean));
    expect(await titles({ regionCode: '03' })).toContain('Lean produktion');
  });

  it('shows what a course develops and its next occasions with seats left', async () => {
    const { body } = await t.graphql('EMPLOYEE', search, { s: { text: 'MIG' } });
    expect(body.data.courses.nodes[0]).toMatchObject({
      pricePerParticipant: '900000',
      competences: [{ competence: { code: 'welding' }, targetLevel: 3 }],
      upcomingOccasions: [{ seatsLeft: 2, online: false, region: { code: '03' } }],
    });
  });
});

describe('occasions of a course', () => {
  it('lists past occasions newest first, where the provider records attendance, apart from upcoming ones', async () => {
    const { body } = await t.graphql('PROVIDER', 'query($id: ID!) { course(id: $id) { upcomingOccasions { status } pastOccasions { status } } }', { id: c.courses.lean });
    expect(body.data.course).toEqual({ upcomingOccasions: [{ status: 'OPEN' }], pastOccasions: [{ status: 'HELD' }] });
  });
});

describe('enrolment', () => {
  const enrol = 'mutation($o: ID!, $e: ID!) { enrolmentCreate(occasionId: $o, employeeId: $e) { enrolment { id status } userErrors { field code } } }';
  const cancel = 'mutation($id: ID!) { enrolmentCancel(id: $id) { enrolment { status } userErrors { code } } }';
  const accept = 'mutation($id: ID!) { enrolmentAcceptOffer(id: $id) { enrolment { status } userErrors { code } } }';
  const approve = 'mutation($id: ID!) { enrolmentApprove(id: $id) { enrolment { status } userErrors { code } } }';
  const occasion = `query($id: ID!) { occasion(id: $id) { status seatsLeft waitlistLength } }`;

  it('confirms while seats last, then waitlists; a cancelled seat is offered to the first waiting', async () => {
    const first = await t.graphql('COMPANY_ADMIN', enrol, { o: c.occasions.upcoming, e: f.people.e1 });
    const second = await t.graphql('COMPANY_ADMIN', enrol, { o: c.occasions.upcoming, e: f.people.e2 });
    const third = await t.graphql('COMPANY_ADMIN', enrol, { o: c.occasions.upcoming, e: f.people.e3 });
    expect([first, second, third].map((r) => r.body.data.enrolmentCreate.enrolment.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
    expect((await t.graphql('COMPANY_ADMIN', occasion, { id: c.occasions.upcoming })).body.data.occasion).toEqual({ status: 'FULL', seatsLeft: 0, waitlistLength: 1 });

    const cancelled = await t.graphql('COMPANY_ADMIN', cancel, { id: first.body.data.enrolmentCreate.enrolment.id });
    expect(cancelled.body.data.enrolmentCancel.enrolment.status).toBe('CANCELLED');
    const offered = third.body.data.enrolmentCreate.enrolment.id;
    const accepted = await t.graphql('COMPANY_ADMIN', accept, { id: offered });
    expect(accepted.body.data.enrolmentAcceptOffer.enrolment.status).toBe('CONFIRMED');
    expect((await t.graphql('COMPANY_ADMIN', occasion, { id: c.occasions.upcoming })).body.data.occasion).toEqual({ status: 'FULL', seatsLeft: 0, waitlistLength: 0 });

    // The cancelled person may enrol again; they join the waiting list.
    const again = await t.graphql('COMPANY_ADMIN', enrol, { o: c.occasions.upcoming, e: f.people.e1 });
    expect(again.body.data.enrolmentCreate.enrolment.status).toBe('WAITLISTED');
  });

  it('an employee asks; the admin approves', async () => {
    const asked = await t.graphql('EMPLOYEE', enrol, { o: c.occasions.online, e: f.people.e1 });
    expect(asked.body.data.enrolmentCreate.enrolment.status).toBe('REQUESTED');
    const byEmployee = await t.graphql('EMPLOYEE', approve, { id: asked.body.data.enrolmentCreate.enrolment.id });
    expect(byEmployee.body.data.enrolmentApprove.userErrors[0].code).toBe('FORBIDDEN');
    const approved = await t.graphql('COMPANY_ADMIN', approve, { id: asked.body.data.enrolmentCreate.enrolment.id });
    expect(approved.body.data.enrolmentApprove.enrolment.status).toBe('CONFIRMED');
  });

  it('refuses a second live enrolment, a passed deadline, other firms and other people', async () => {
    const duplicate = await t.graphql('COMPANY_ADMIN', enrol, { o: c.occasions.online, e: f.people.e1 });
    expect(duplicate.body.data.enrolmentCreate.userErrors).toEqual([{ field: ['employeeId'], code: 'DUPLICATE' }]);
    const late = await t.graphql('COMPANY_ADMIN', enrol, { o: c.occasions.closed, e: f.people.e2 });
    expect(late.body.data.enrolmentCreate.userErrors).toEqual([{ field: ['occasionId'], code: 'OUT_OF_RANGE' }]);
    const held = await t.graphql('COMPANY_ADMIN', enrol, { o: c.occasions.past, e: f.people.e2 });
    expect(held.body.data.enrolmentCreate.userErrors).toEqual([{ field: ['occasionId'], code: 'INVALID' }]);
    const otherFirm = await t.graphql('OTHER_COMPANY_ADMIN', enrol, { o: c.occasions.online, e: f.people.e2 });
    expect(otherFirm.body.data.enrolmentCreate.userErrors).toEqual([{ field: ['id'], code: 'NOT_FOUND' }]);
    const colleague = await t.graphql('EMPLOYEE', enrol, { o: c.occasions.online, e: f.people.e2 });
    expect(colleague.body.data.enrolmentCreate.userErrors[0].code).toBe('NOT_FOUND');
    const provider = await t.graphql('PROVIDER', enrol, { o: c.occasions.online, e: f.people.e2 });
    expect(provider.body.data.enrolmentCreate.userErrors[0].code).toBe('NOT_FOUND');
  });
});
