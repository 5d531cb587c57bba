import { hashPassword, schema } from '@smartkompetens/db';
import { DEMO_PASSWORD } from '@smartkompetens/db/seed';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Actor, type TestApp } from '../helper.ts';
import { describeMatrix, mutationOutcome, queryOutcome, type MatrixRow } from '../matrix.ts';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { insertCatalogue, type CatalogueFixture } from './fixture.ts';

/**
 * Tailored course requests (beställd utbildning), providers' offers, acceptance into an
 * occasion, and joint course candidates, on the competence fixture (firms A and B in Uppsala
 * county 03; the fixture's provider serves 03) plus a Sörmland provider and a provider without
 * a county, added below.
 */

let t: TestApp;
let f: Fixture;
let c: CatalogueFixture;
let sormlandCourse: string;
const cookies = { sormlandProvider: '', anywhereProvider: '' };

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function signIn(email: string): Promise<string> {
  const response = await t.http.post('/api/v1/auth/login').send({ email, password: DEMO_PASSWORD });
  expect(response.status).toBe(200);
  return String(response.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
}

/** GraphQL as one of the users this file adds (the helper's actors cover the fixture's). */
async function graphqlAs(cookie: string, query: string, variables?: Record<string, unknown>): Promise<any> {
  const response = await t.http.post('/graphql').set({ cookie, 'content-type': 'application/json' }).send({ query, variables });
  return response.body;
}

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  const db = t.database.db;
  f = await insertFixture(db);
  c = await insertCatalogue(db, f);

  const { regions, providers, courses, courseCompetences, users, memberships } = schema;
  await db.insert(regions).values({ code: '04', name: 'Södermanlands län', ownerName: 'Region Sörmland' });
  const [sormland, anywhere] = await db
    .insert(providers)
    .values([
      { name: 'Sörmlands Utbildning', regionCode: '04' },
      { name: 'Distansakademin', regionCode: null },
    ])
    .returning();
  const [course] = await db
    .insert(courses)
    .values({ providerId: sormland!.id, titleSv: 'Svetsteknik i Sörmland', format: 'CLASSROOM', lengthHours: 16, pricePerOccasion: 3_000_000n })
    .returning();
  await db.insert(courseCompetences).values({ courseId: course!.id, competenceId: f.competences.welding, targetLevel: 3 });
  sormlandCourse = course!.id;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [sormlandUser, anywhereUser] = await db
    .insert(users)
    .values([
      { email: 'kurser@sormland.example', displayName: 'Sörmlands Utbildning', passwordHash },
      { email: 'kurser@distans.example', displayName: 'Distansakademin', passwordHash },
    ])
    .returning();
  await db.insert(memberships).values([
    { userId: sormlandUser!.id, role: 'PROVIDER', providerId: sormland!.id },
    { userId: anywhereUser!.id, role: 'PROVIDER', providerId: anywhere!.id },
  ]);
  cookies.sormlandProvider = await signIn('kurser@sormland.example');
  cookies.anywhereProvider = await signIn('kurser@distans.example');
});
afterAll(() => t.close());

const createRequest = `mutation($c: ID, $r: ID, $i: CourseRequestInput!) {
  courseRequestCreate(companyId: $c, regionCode: $r, input: $i) {
    courseRequest { id status participants wantedFrom wantedTo note company { name } region { code } competences { code } }
    userErrors { field code message }
  }
}`;
const createOffer = `mutation($r: ID!, $i: CourseOfferInput!) {
  courseOfferCreate(requestId: $r, input: $i) {
    courseOffer { id price startsOn endsOn note provider { name } course { titleSv } request { status } acceptedOccasion { id } }
    userErrors { field code message }
  }
}`;
const acceptOffer = `mutation($id: ID!) {
  courseOfferAccept(id: $id) {
    courseOffer {
      id request { status }
      acceptedOccasion { id status seats startsOn endsOn registrationDeadline online municipality region { code } course { titleSv } }
    }
    userErrors { field code message }
  }
}`;
const closeRequest = 'mutation($id: ID!) { courseRequestClose(id: $id) { courseRequest { status } userErrors { field code } } }';
const listRequests = `query($s: CourseRequestStatus) { courseRequests(status: $s) {
  id status participants wantedFrom wantedTo note company { name } competences { code } offers { id }
} }`;
const enrol = 'mutation($o: ID!, $e: ID!) { enrolmentCreate(occasionId: $o, employeeId: $e) { enrolment { status } userErrors { field code } } }';

const requestInput = (overrides: Record<string, unknown> = {}) => ({
  competenceIds: [f.competences.welding],
  participants: 3,
  wantedFrom: daysFromNow(30),
  wantedTo: daysFromNow(90),
  note: 'Tre svetsare behöver MIG/MAG före sommaren.',
  ...overrides,
});
const offerInput = (overrides: Record<string, unknown> = {}) => ({
  courseId: c.courses.migmag,
  price: '4500000',
  startsOn: daysFromNow(40),
  endsOn: daysFromNow(42),
  note: 'Hos er i Uppsala.',
  ...overrides,
});

async function requestAsFirmA(overrides: Record<string, unknown> = {}): Promise<string> {
  const { body } = await t.graphql('COMPANY_ADMIN', createRequest, { c: f.companyA, i: requestInput(overrides) });
  expect(body.data.courseRequestCreate.userErrors).toEqual([]);
  return body.data.courseRequestCreate.courseRequest.id;
}

const idsOf = (body: any): string[] => body.data.courseRequests.map((r: { id: string }) => r.id);

describe('a tailored course, from request to occasion', () => {
  let requestId: string;
  let offerId: string;
  let otherOfferId: string;
  let occasionId: string;

  it('firm A’s admin requests a course for a group of its people', async () => {
    const { body } = await t.graphql('COMPANY_ADMIN', createRequest, { c: f.companyA, i: requestInput() });
    expect(body.data.courseRequestCreate).toEqual({
      courseRequest: {
        id: expect.any(String),
        status: 'OPEN',
        participants: 3,
        wantedFrom: daysFromNow(30),
        wantedTo: daysFromNow(90),
        note: 'Tre svetsare behöver MIG/MAG före sommaren.',
        company: { name: 'A Gjuteri AB' },
        region: { code: '03' },
        competences: [{ code: 'welding' }],
      },
      userErrors: [],
    });
    requestId = body.data.courseRequestCreate.courseRequest.id;
  });

  it('the county’s provider and a provider without a county see it with the firm’s name; a Sörmland provider does not', async () => {
    const { body } = await t.graphql('PROVIDER', listRequests);
    expect(body.data.courseRequests.find((r: { id: string }) => r.id === requestId)).toEqual({
      id: requestId,
      status: 'OPEN',
      participants: 3,
      wantedFrom: daysFromNow(30),
      wantedTo: daysFromNow(90),
      note: 'Tre svetsare behöver MIG/MAG före sommaren.',
      company: { name: 'A Gjuteri AB' },
      competences: [{ code: 'welding' }],
      offers: [],
    });
    expect(idsOf(await graphqlAs(cookies.anywhereProvider, listRequests))).toContain(requestId);
    expect(idsOf(await graphqlAs(cookies.sormlandProvider, listRequests))).not.toContain(requestId);
    const probe = await graphqlAs(cookies.sormlandProvider, createOffer, { r: requestId, i: offerInput({ courseId: sormlandCourse }) });
    expect(probe.data.courseOfferCreate.userErrors).toEqual([{ field: ['requestId'], code: 'NOT_FOUND', message: 'Course request not found' }]);
  });

  it('the provider offers two of its courses; the request becomes OFFERED', async () => {
    const { body } = await t.graphql('PROVIDER', createOffer, { r: requestId, i: offerInput() });
    expect(body.data.courseOfferCreate).toEqual({
      courseOffer: {
        id: expect.any(String),
        price: '4500000',
        startsOn: daysFromNow(40),
        endsOn: daysFromNow(42),
        note: 'Hos er i Uppsala.',
        provider: { name: 'Test Provider' },
        course: { titleSv: 'Svetsning MIG/MAG – grundkurs' },
        request: { status: 'OFFERED' },
        acceptedOccasion: null,
      },
      userErrors: [],
    });
    offerId = body.data.courseOfferCreate.courseOffer.id;
    const other = await t.graphql('PROVIDER', createOffer, { r: requestId, i: offerInput({ courseId: c.courses.welders, price: '6000000' }) });
    otherOfferId = other.body.data.courseOfferCreate.courseOffer.id;
  });

  it('the firm sees both offers; the other firm sees neither request nor offers', async () => {
    const query = 'query($id: ID!) { courseRequest(id: $id) { status offers { id price course { titleSv } } } }';
    const { body } = await t.graphql('COMPANY_ADMIN', query, { id: requestId });
    expect(body.data.courseRequest).toEqual({
      status: 'OFFERED',
      offers: [
        { id: offerId, price: '4500000', course: { titleSv: 'Svetsning MIG/MAG – grundkurs' } },
        { id: otherOfferId, price: '6000000', course: { titleSv: 'Fördjupning för svetsare' } },
      ],
    });
    expect((await t.graphql('OTHER_COMPANY_ADMIN', query, { id: requestId })).body.data.courseRequest).toBeNull();
  });

  it('the firm accepts one offer: an open occasion tailored for it, the request ACCEPTED, the other offer kept', async () => {
    const { body } = await t.graphql('COMPANY_ADMIN', acceptOffer, { id: offerId });
    expect(body.data.courseOfferAccept).toEqual({
      courseOffer: {
        id: offerId,
        request: { status: 'ACCEPTED' },
        acceptedOccasion: {
          id: expect.any(String),
          status: 'OPEN',
          seats: 3,
          startsOn: daysFromNow(40),
          endsOn: daysFromNow(42),
          registrationDeadline: daysFromNow(33),
          online: false,
          municipality: 'Uppsala',
          region: { code: '03' },
          course: { titleSv: 'Svetsning MIG/MAG – grundkurs' },
        },
      },
      userErrors: [],
    });
    occasionId = body.data.courseOfferAccept.courseOffer.acceptedOccasion.id;
    const [occasion] = await t.database.db.select().from(schema.occasions).where(eq(schema.occasions.id, occasionId));
    expect(occasion).toMatchObject({ tailoredForCompanyId: f.companyA, providerId: c.providerId, courseId: c.courses.migmag });
    const [other] = await t.database.db.select().from(schema.courseOffers).where(eq(schema.courseOffers.id, otherOfferId));
    expect(other!.acceptedOccasionId).toBeNull();
  });

  it('only firm A’s people can enrol on the tailored occasion', async () => {
    const other = await t.graphql('OTHER_COMPANY_ADMIN', enrol, { o: occasionId, e: f.people.e5 });
    expect(other.body.data.enrolmentCreate).toEqual({ enrolment: null, userErrors: [{ field: ['occasionId'], code: 'NOT_FOUND' }] });
    const own = await t.graphql('COMPANY_ADMIN', enrol, { o: occasionId, e: f.people.e1 });
    expect(own.body.data.enrolmentCreate.enrolment.status).toBe('CONFIRMED');
  });

  it('an accepted request takes no more offers and no second acceptance', async () => {
    const offer = await t.graphql('PROVIDER', createOffer, { r: requestId, i: offerInput() });
    expect(offer.body.data.courseOfferCreate.userErrors).toEqual([{ field: ['requestId'], code: 'INVALID', message: 'The request no longer takes offers' }]);
    const again = await t.graphql('COMPANY_ADMIN', acceptOffer, { id: otherOfferId });
    expect(again.body.data.courseOfferAccept.userErrors).toEqual([{ field: ['id'], code: 'INVALID', message: 'The request is already accepted' }]);
    expect(await t.database.db.$count(schema.occasions, eq(schema.occasions.tailoredForCompanyId, f.companyA))).toBe(1);
  });

  it('the requester closes a request; providers no longer see it', async () => {
    const id = await requestAsFirmA();
    const closed = await t.graphql('COMPANY_ADMIN', closeRequest, { id });
    expect(closed.body.data.courseRequestClose).toEqual({ courseRequest: { status: 'CLOSED' }, userErrors: [] });
    const again = await t.graphql('COMPANY_ADMIN', closeRequest, { id });
    expect(again.body.data.courseRequestClose.userErrors).toEqual([{ field: ['id'], code: 'INVALID' }]);
    expect(idsOf((await t.graphql('PROVIDER', listRequests)).body)).not.toContain(id);
    expect(idsOf((await t.graphql('COMPANY_ADMIN', listRequests, { s: 'CLOSED' })).body)).toEqual([id]);
  });
});

describe('a joint request of the county', () => {
  it('the region admin requests, a provider offers, the region admin accepts: an occasion every firm of the county can use', async () => {
    const created = await t.graphql('REGION_ADMIN', createRequest, { r: '03', i: requestInput({ competenceIds: [f.competences.cnc], participants: 6 }) });
    const request = created.body.data.courseRequestCreate.courseRequest;
    expect(request).toMatchObject({ status: 'OPEN', company: null, region: { code: '03' }, competences: [{ code: 'cnc' }] });
    expect((await t.graphql('COMPANY_ADMIN', 'query($id: ID!) { courseRequest(id: $id) { id } }', { id: request.id })).body.data.courseRequest).toBeNull();

    const offered = await t.graphql('PROVIDER', createOffer, { r: request.id, i: offerInput({ courseId: c.courses.lean }) });
    const offerId = offered.body.data.courseOfferCreate.courseOffer.id;
    const byFirm = await t.graphql('COMPANY_ADMIN', acceptOffer, { id: offerId });
    expect(byFirm.body.data.courseOfferAccept.userErrors[0].code).toBe('NOT_FOUND');
    const { body } = await t.graphql('REGION_ADMIN', acceptOffer, { id: offerId });
    expect(body.data.courseOfferAccept.courseOffer.acceptedOccasion).toMatchObject({ status: 'OPEN', seats: 6, municipality: null, region: { code: '03' } });
    const occasionId = body.data.courseOfferAccept.courseOffer.acceptedOccasion.id;
    const [occasion] = await t.database.db.select().from(schema.occasions).where(eq(schema.occasions.id, occasionId));
    expect(occasion!.tailoredForCompanyId).toBeNull();

    const fromB = await t.graphql('OTHER_COMPANY_ADMIN', enrol, { o: occasionId, e: f.people.e5 });
    expect(fromB.body.data.enrolmentCreate.enrolment.status).toBe('CONFIRMED');
  });
});

describe('validation: userErrors, and nothing written', () => {
  const requestProblems = async (i: Record<string, unknown>, target: Record<string, unknown> = { c: f.companyA }) => {
    const before = await t.database.db.$count(schema.courseRequests);
    const { body } = await t.graphql('COMPANY_ADMIN', createRequest, { ...target, i });
    expect(body.data.courseRequestCreate.courseRequest).toBeNull();
    expect(await t.database.db.$count(schema.courseRequests)).toBe(before);
    return body.data.courseRequestCreate.userErrors.map((e: { field: string[]; code: string }) => ({ field: e.field, code: e.code }));
  };

  it('refuses no participants, a reversed or past period, and unknown, local or malformed competences', async () => {
    expect(await requestProblems(requestInput({ participants: 0 }))).toEqual([{ field: ['input', 'participants'], code: 'OUT_OF_RANGE' }]);
    expect(await requestProblems(requestInput({ participants: 501 }))).toEqual([{ field: ['input', 'participants'], code: 'OUT_OF_RANGE' }]);
    expect(await requestProblems(requestInput({ wantedFrom: daysFromNow(90), wantedTo: daysFromNow(30) }))).toEqual([{ field: ['input', 'wantedTo'], code: 'OUT_OF_RANGE' }]);
    expect(await requestProblems(requestInput({ wantedFrom: daysFromNow(-90), wantedTo: daysFromNow(-30) }))).toEqual([{ field: ['input', 'wantedTo'], code: 'OUT_OF_RANGE' }]);
    expect(await requestProblems(requestInput({ competenceIds: [] }))).toEqual([{ field: ['input', 'competenceIds'], code: 'REQUIRED' }]);
    const [local] = await t.database.db.select().from(schema.competences).where(eq(schema.competences.code, 'a-sand'));
    expect(await requestProblems(requestInput({ competenceIds: [f.competences.cnc, '00000000-0000-4000-8000-000000000000', local!.id, 'cnc'] }))).toEqual([
      { field: ['input', 'competenceIds', '1'], code: 'NOT_FOUND' },
      { field: ['input', 'competenceIds', '2'], code: 'NOT_FOUND' },
      { field: ['input', 'competenceIds', '3'], code: 'NOT_FOUND' },
    ]);
    expect(await requestProblems(requestInput({ note: 'x'.repeat(2001) }))).toEqual([{ field: ['input', 'note'], code: 'TOO_LONG' }]);
  });

  it('needs exactly one of companyId and regionCode', async () => {
    expect(await requestProblems(requestInput(), {})).toEqual([{ field: ['companyId'], code: 'REQUIRED' }]);
    expect(await requestProblems(requestInput(), { c: f.companyA, r: '03' })).toEqual([{ field: ['regionCode'], code: 'INVALID' }]);
    expect(await requestProblems(requestInput(), { c: 'not-an-id' })).toEqual([{ field: ['companyId'], code: 'NOT_FOUND' }]);
  });

  it('refuses an offer of someone else’s course, a negative price or impossible dates', async () => {
    const requestId = await requestAsFirmA();
    const offerProblems = async (i: Record<string, unknown>) => {
      const before = await t.database.db.$count(schema.courseOffers);
      const { body } = await t.graphql('PROVIDER', createOffer, { r: requestId, i });
      expect(body.data.courseOfferCreate.courseOffer).toBeNull();
      expect(await t.database.db.$count(schema.courseOffers)).toBe(before);
      return body.data.courseOfferCreate.userErrors.map((e: { field: string[]; code: string }) => ({ field: e.field, code: e.code }));
    };
    expect(await offerProblems(offerInput({ courseId: sormlandCourse }))).toEqual([{ field: ['input', 'courseId'], code: 'INVALID' }]);
    expect(await offerProblems(offerInput({ courseId: '00000000-0000-4000-8000-000000000000' }))).toEqual([{ field: ['input', 'courseId'], code: 'NOT_FOUND' }]);
    expect(await offerProblems(offerInput({ price: '-1' }))).toEqual([{ field: ['input', 'price'], code: 'OUT_OF_RANGE' }]);
    expect(await offerProblems(offerInput({ startsOn: daysFromNow(-1), endsOn: daysFromNow(1) }))).toEqual([{ field: ['input', 'startsOn'], code: 'OUT_OF_RANGE' }]);
    expect(await offerProblems(offerInput({ startsOn: daysFromNow(50), endsOn: daysFromNow(49) }))).toEqual([{ field: ['input', 'endsOn'], code: 'OUT_OF_RANGE' }]);
    expect(await offerProblems(offerInput({ startsOn: daysFromNow(900), endsOn: daysFromNow(901) }))).toEqual([{ field: ['input', 'startsOn'], code: 'OUT_OF_RANGE' }]);
    const [request] = await t.database.db.select().from(schema.courseRequests).where(eq(schema.courseRequests.id, requestId));
    expect(request!.status).toBe('OPEN');
  });
});

describe('joint course candidates', () => {
  /*
   * By hand, from the competence fixture (only assessed gaps count; role requirements in brackets):
   * - CNC: A's e1 (needs 4, manager says 2) and e3 (needs 3, self 1); B's e5 (needs 2, self 1)
   *   → 3 people at 2 firms: a candidate, A with 2, B with 1.
   * - Lean: only A's e2 (needs 3, self 1) → one firm, no candidate.
   * - Welding: e1 meets it, e2 is unassessed → nobody.
   * No course of the catalogue fixture develops CNC.
   */
  const candidates = `query($r: ID!) { jointCourseCandidates(regionCode: $r) {
    competence { code } people firms companies { company { name } people }
  } }`;
  const cncCandidate = {
    competence: { code: 'cnc' },
    people: 3,
    firms: 2,
    companies: [
      { company: { name: 'A Gjuteri AB' }, people: 2 },
      { company: { name: 'B Mekaniska AB' }, people: 1 },
    ],
  };
  const found = async () => {
    const { body } = await t.graphql('REGION_ADMIN', candidates, { r: '03' });
    expect(body.errors).toBeUndefined();
    return body.data.jointCourseCandidates;
  };
  let cncCourse: string;
  let basicCncCourse: string;
  let introCncCourse: string;

  /** Adds an occasion, checks the candidates with it, then cancels it (cancelled occasions do not count). */
  async function withOccasion(values: Partial<typeof schema.occasions.$inferInsert> & { courseId: string }, check: () => Promise<void>) {
    const startsOn = values.startsOn ?? daysFromNow(60);
    const [occasion] = await t.database.db
      .insert(schema.occasions)
      .values({ providerId: c.providerId, startsOn, endsOn: startsOn, registrationDeadline: startsOn, regionCode: '03', seats: 10, status: 'OPEN', ...values })
      .returning();
    await check();
    await t.database.db.update(schema.occasions).set({ status: 'CANCELLED' }).where(eq(schema.occasions.id, occasion!.id));
  }

  beforeAll(async () => {
    const [advanced, basic, intro] = await t.database.db
      .insert(schema.courses)
      .values([
        { providerId: c.providerId, titleSv: 'CNC-programmering fortsättning', format: 'CLASSROOM', lengthHours: 40, pricePerParticipant: 2_000_000n },
        { providerId: c.providerId, titleSv: 'CNC för nybörjare', format: 'ONLINE', lengthHours: 8, pricePerParticipant: 500_000n },
        { providerId: c.providerId, titleSv: 'Vad är CNC?', format: 'ONLINE', lengthHours: 2, pricePerParticipant: 100_000n },
      ])
      .returning();
    await t.database.db.insert(schema.courseCompetences).values([
      { courseId: advanced!.id, competenceId: f.competences.cnc, targetLevel: 4 },
      { courseId: basic!.id, competenceId: f.competences.cnc, targetLevel: 2 },
      { courseId: intro!.id, competenceId: f.competences.cnc, targetLevel: 1 },
    ]);
    cncCourse = advanced!.id;
    basicCncCourse = basic!.id;
    introCncCourse = intro!.id;
  });

  it('finds CNC: people at two firms with a gap and no occasion covering it', async () => {
    expect(await found()).toEqual([cncCandidate]);
    const programme = await t.graphql('PROGRAMME_ADMIN', candidates, { r: '03' });
    expect(programme.body.data.jointCourseCandidates).toEqual([cncCandidate]);
  });

  it('has none once an occasion in the county in the next six months covers the level', async () => {
    await withOccasion({ courseId: cncCourse }, async () => expect(await found()).toEqual([]));
  });

  it('still finds it with the only occasion too late, in another county or tailored for another firm', async () => {
    await withOccasion({ courseId: cncCourse, startsOn: daysFromNow(200) }, async () => expect(await found()).toEqual([cncCandidate]));
    await withOccasion({ courseId: cncCourse, regionCode: '04' }, async () => expect(await found()).toEqual([cncCandidate]));
    // Tailored for B: B's fitter is covered, A's two are not, so only one firm is left.
    await withOccasion({ courseId: cncCourse, tailoredForCompanyId: f.companyB }, async () => expect(await found()).toEqual([]));
    await withOccasion({ courseId: cncCourse, tailoredForCompanyId: f.companyA }, async () => expect(await found()).toEqual([]));
    expect(await found()).toEqual([cncCandidate]);
  });

  it('counts an occasion only for those whose required level the course reaches', async () => {
    // Level 1 reaches nobody's requirement: all three still need a course.
    await withOccasion({ courseId: introCncCourse, online: true, regionCode: null }, async () => expect(await found()).toEqual([cncCandidate]));
    // Level 2 reaches B's fitter (needs 2), not A's two (need 4 and 3): one firm left.
    await withOccasion({ courseId: basicCncCourse, online: true, regionCode: null }, async () => expect(await found()).toEqual([]));
  });
});

describe('statements', () => {
  it('lists requests with their firm, competences and offers in the same number of statements, however many', async () => {
    const query = `{ courseRequests {
      id company { name } region { code } competences { code }
      offers { price provider { name } course { titleSv } acceptedOccasion { id } request { id } }
    } }`;
    const count = async () => {
      const before = t.statements();
      const { body } = await t.graphql('PROGRAMME_ADMIN', query);
      expect(body.errors).toBeUndefined();
      return { statements: t.statements() - before, requests: body.data.courseRequests.length };
    };
    await count(); // signs in
    const few = await count();
    for (let i = 0; i < 3; i++) {
      const id = await requestAsFirmA({ competenceIds: [f.competences.cnc, f.competences.lean] });
      await t.graphql('PROVIDER', createOffer, { r: id, i: offerInput() });
    }
    const many = await count();
    expect(many.requests).toBe(few.requests + 3);
    expect(many.statements).toBe(few.statements);
  });
});

/**
 * Every new query and mutation against every kind of caller, on requests made for the matrix:
 * firm A's and firm B's open requests, a closed one of A, a joint one of county 03 with offers
 * from the fixture's provider and the Sörmland provider, and a joint one of county 04.
 */
describe('authorization', () => {
  const labels = new Map<string, string>();
  let firmA: string;
  let joint03: string;

  const query = (actor: Actor, document: string, variables: Record<string, unknown>, pick: (data: any) => unknown) => queryOutcome(t, actor, document, variables, pick);
  const mutate = (actor: Actor, document: string, variables: Record<string, unknown>) => mutationOutcome(t, actor, document, variables);

  const insertRequest = async (values: Partial<typeof schema.courseRequests.$inferInsert> = {}) => {
    const [request] = await t.database.db
      .insert(schema.courseRequests)
      .values({ companyId: f.companyA, regionCode: '03', competenceIds: [f.competences.welding], participants: 4, wantedFrom: daysFromNow(30), wantedTo: daysFromNow(120), ...values })
      .returning();
    return request!;
  };
  const insertOffer = async (requestId: string, providerId = c.providerId, courseId = c.courses.migmag) => {
    const [offer] = await t.database.db
      .insert(schema.courseOffers)
      .values({ requestId, providerId, courseId, price: 4_000_000n, startsOn: daysFromNow(45), endsOn: daysFromNow(46) })
      .returning();
    await t.database.db.update(schema.courseRequests).set({ status: 'OFFERED' }).where(eq(schema.courseRequests.id, requestId));
    return offer!;
  };

  beforeAll(async () => {
    const [sormlandProvider] = await t.database.db.select().from(schema.providers).where(eq(schema.providers.name, 'Sörmlands Utbildning'));
    const made = {
      firmA: await insertRequest(),
      firmB: await insertRequest({ companyId: f.companyB }),
      closedA: await insertRequest({ status: 'CLOSED' }),
      joint03: await insertRequest({ companyId: null }),
      joint04: await insertRequest({ companyId: null, regionCode: '04' }),
    };
    await insertOffer(made.joint03.id);
    await insertOffer(made.joint03.id, sormlandProvider!.id, sormlandCourse);
    for (const [label, request] of Object.entries(made)) labels.set(request.id, label);
    firmA = made.firmA.id;
    joint03 = made.joint03.id;
  });

  /** The matrix's own requests the caller sees, by label; requests other tests made are left out. */
  const visibleLabels = (data: any) =>
    data.courseRequests
      .map((r: { id: string }) => labels.get(r.id))
      .filter(Boolean)
      .sort();

  /** A request's status must not change when a caller is refused. */
  async function unchanged(id: string, status: string, outcome: string): Promise<string> {
    const [row] = await t.database.db.select().from(schema.courseRequests).where(eq(schema.courseRequests.id, id));
    if (outcome !== 'ok') expect(row!.status, `refused call changed request ${id}`).toBe(status);
    return outcome;
  }

  const rows: MatrixRow[] = [
    {
      name: 'courseRequests (scoped to requester, county, provider’s county)',
      run: (a) => query(a, '{ courseRequests { id } }', {}, visibleLabels),
      expected: {
        ANONYMOUS: 'UNAUTHENTICATED',
        PROGRAMME_ADMIN: ['closedA', 'firmA', 'firmB', 'joint03', 'joint04'],
        REGION_ADMIN: ['closedA', 'firmA', 'firmB', 'joint03'],
        COMPANY_ADMIN: ['closedA', 'firmA'],
        OTHER_COMPANY_ADMIN: ['firmB'],
        EMPLOYEE: [],
        PROVIDER: ['firmA', 'firmB', 'joint03'],
        API_CLIENT: [],
      },
    },
    {
      name: 'courseRequest(firm A’s)',
      run: (a) => query(a, 'query($id: ID!) { courseRequest(id: $id) { company { name } } }', { id: firmA }, (d) => d.courseRequest?.company.name ?? null),
      expected: {
        ANONYMOUS: 'UNAUTHENTICATED',
        PROGRAMME_ADMIN: 'A Gjuteri AB',
        REGION_ADMIN: 'A Gjuteri AB',
        COMPANY_ADMIN: 'A Gjuteri AB',
        OTHER_COMPANY_ADMIN: null,
        EMPLOYEE: null,
        PROVIDER: 'A Gjuteri AB',
        API_CLIENT: null,
      },
    },
    {
      name: 'courseRequest(joint 03) { offers } (a provider sees only its own)',
      run: (a) =>
        query(a, 'query($id: ID!) { courseRequest(id: $id) { offers { provider { name } } } }', { id: joint03 }, (d) =>
          d.courseRequest ? d.courseRequest.offers.map((o: any) => o.provider.name).sort() : null,
        ),
      expected: {
        ANONYMOUS: 'UNAUTHENTICATED',
        PROGRAMME_ADMIN: ['Sörmlands Utbildning', 'Test Provider'],
        REGION_ADMIN: ['Sörmlands Utbildning', 'Test Provider'],
        COMPANY_ADMIN: null,
        OTHER_COMPANY_ADMIN: null,
        EMPLOYEE: null,
        PROVIDER: ['Test Provider'],
        API_CLIENT: null,
      },
    },
    {
      name: 'jointCourseCandidates(03)',
      run: (a) => query(a, '{ jointCourseCandidates(regionCode: "03") { people } }', {}, (d) => (Array.isArray(d.jointCourseCandidates) ? 'ok' : null)),
      expected: {
        ANONYMOUS: 'UNAUTHENTICATED',
        PROGRAMME_ADMIN: 'ok',
        REGION_ADMIN: 'ok',
        COMPANY_ADMIN: 'FORBIDDEN',
        OTHER_COMPANY_ADMIN: 'FORBIDDEN',
        EMPLOYEE: 'FORBIDDEN',
        PROVIDER: 'FORBIDDEN',
        API_CLIENT: 'FORBIDDEN',
      },
    },
    {
      name: 'jointCourseCandidates(04) (another county)',
      run: (a) => query(a, '{ jointCourseCandidates(regionCode: "04") { people } }', {}, (d) => (Array.isArray(d.jointCourseCandidates) ? 'ok' : null)),
      expected: {
        ANONYMOUS: 'UNAUTHENTICATED',
        PROGRAMME_ADMIN: 'ok',
        REGION_ADMIN: 'FORBIDDEN',
        COMPANY_ADMIN: 'FORBIDDEN',
        OTHER_COMPANY_ADMIN: 'FORBIDDEN',
        EMPLOYEE: 'FORBIDDEN',
        PROVIDER: 'FORBIDDEN',
        API_CLIENT: 'FORBIDDEN',
      },
    },
    {
      name: 'courseRequestCreate for firm A',
      guards: ['courseRequests'],
      run: (a) => mutate(a, createRequest, { c: f.companyA, i: requestInput() }),
      expected: {
        ANONYMOUS: 'UNAUTHENTICATED',
        PROGRAMME_ADMIN: 'FORBIDDEN',
        REGION_ADMIN: 'FORBIDDEN',
        COMPANY_ADMIN: 'ok',
        OTHER_COMPANY_ADMIN: 'NOT_FOUND',
        EMPLOYEE: 'FORBIDDEN',
        PROVIDER: 'FORBIDDEN',
        API_CLIENT: 'FORBIDDEN',
      },
    },
    {
      name: 'courseRequestCreate joint for county 03',
      guards: ['courseRequests'],
      run: (a) => mutate(a, createRequest, { r: '03', i: requestInput() }),
      expected: {
        ANONYMOUS: 'UNAUTHENTICATED',
        PROGRAMME_ADMIN: 'FORBIDDEN',
        REGION_ADMIN: 'ok',
        COMPANY_ADMIN: 'FORBIDDEN',
        OTHER_COMPANY_ADMIN: 'FORBIDDEN',
        EMPLOYEE: 'FORBIDDEN',
        PROVIDER: 'FORBIDDEN',
        API_CLIENT: 'FORBIDDEN',
      },
    },
    {
      name: 'courseRequestClose of firm A’s open request',
      run: async (a) => {
        const request = await insertRequest();
        return unchanged(request.id, 'OPEN', await mutate(a, closeRequest, { id: request.id }));
      },
      expected: {
        ANONYMOUS: 'UNAUTHENTICATED',
        PROGRAMME_ADMIN: 'FORBIDDEN',
        REGION_ADMIN: 'FORBIDDEN',
        COMPANY_ADMIN: 'ok',
        OTHER_COMPANY_ADMIN: 'NOT_FOUND',
        EMPLOYEE: 'NOT_FOUND',
        PROVIDER: 'FORBIDDEN',
        API_CLIENT: 'NOT_FOUND',
      },
    },
    {
      name: 'courseRequestClose of a joint 03 request',
      run: async (a) => {
        const request = await insertRequest({ companyId: null });
        return unchanged(request.id, 'OPEN', await mutate(a, closeRequest, { id: request.id }));
      },
      expected: {
        ANONYMOUS: 'UNAUTHENTICATED',
        PROGRAMME_ADMIN: 'FORBIDDEN',
        REGION_ADMIN: 'ok',
        COMPANY_ADMIN: 'NOT_FOUND',
        OTHER_COMPANY_ADMIN: 'NOT_FOUND',
        EMPLOYEE: 'NOT_FOUND',
        PROVIDER: 'FORBIDDEN',
        API_CLIENT: 'NOT_FOUND',
      },
    },
    {
      name: 'courseOfferCreate on firm A’s open request, with the provider’s own course',
      guards: ['courseOffers'],
      run: async (a) => {
        const request = await insertRequest();
        return unchanged(request.id, 'OPEN', await mutate(a, createOffer, { r: request.id, i: offerInput() }));
      },
      expected: {
        ANONYMOUS: 'UNAUTHENTICATED',
        PROGRAMME_ADMIN: 'FORBIDDEN',
        REGION_ADMIN: 'FORBIDDEN',
        COMPANY_ADMIN: 'FORBIDDEN',
        OTHER_COMPANY_ADMIN: 'NOT_FOUND',
        EMPLOYEE: 'NOT_FOUND',
        PROVIDER: 'ok',
        API_CLIENT: 'NOT_FOUND',
      },
    },
    {
      name: 'courseOfferAccept on firm A’s request',
      guards: ['occasions'],
      run: async (a) => {
        const request = await insertRequest();
        const offer = await insertOffer(request.id);
        return unchanged(request.id, 'OFFERED', await mutate(a, acceptOffer, { id: offer.id }));
      },
      expected: {
        ANONYMOUS: 'UNAUTHENTICATED',
        PROGRAMME_ADMIN: 'FORBIDDEN',
        REGION_ADMIN: 'FORBIDDEN',
        COMPANY_ADMIN: 'ok',
        OTHER_COMPANY_ADMIN: 'NOT_FOUND',
        EMPLOYEE: 'NOT_FOUND',
        PROVIDER: 'FORBIDDEN',
        API_CLIENT: 'NOT_FOUND',
      },
    },
    {
      name: 'courseOfferAccept on a joint 03 request',
      guards: ['occasions'],
      run: async (a) => {
        const request = await insertRequest({ companyId: null });
        const offer = await insertOffer(request.id);
        return unchanged(request.id, 'OFFERED', await mutate(a, acceptOffer, { id: offer.id }));
      },
      expected: {
        ANONYMOUS: 'UNAUTHENTICATED',
        PROGRAMME_ADMIN: 'FORBIDDEN',
        REGION_ADMIN: 'ok',
        COMPANY_ADMIN: 'NOT_FOUND',
        OTHER_COMPANY_ADMIN: 'NOT_FOUND',
        EMPLOYEE: 'NOT_FOUND',
        PROVIDER: 'FORBIDDEN',
        API_CLIENT: 'NOT_FOUND',
      },
    },
  ];

  describeMatrix('course requests authorization matrix', () => t, rows);
});
