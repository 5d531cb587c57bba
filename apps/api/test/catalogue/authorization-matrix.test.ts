import { schema } from '@smartkompetens/db';
import { afterAll, beforeAll, expect } from 'vitest';
import { createTestApp, type Actor, type TestApp } from '../helper.ts';
import { describeMatrix, mutationOutcome, queryOutcome, type MatrixRow } from '../matrix.ts';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { insertCatalogue, type CatalogueFixture } from './fixture.ts';

/**
 * The catalogue against every kind of caller, on the competence fixture (firms A and B; the
 * EMPLOYEE is e1 of A; the API client has organisations:read and competence:read only).
 */
let t: TestApp;
let f: Fixture;
let c: CatalogueFixture;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
  c = await insertCatalogue(t.database.db, f, 50);
});
afterAll(() => t.close());

const query = (actor: Actor, document: string, variables: Record<string, unknown>, pick: (data: any) => unknown) => queryOutcome(t, actor, document, variables, pick);
const mutate = (actor: Actor, document: string, variables: Record<string, unknown>) => mutationOutcome(t, actor, document, variables);

/** A fresh enrolment of e1 on the held occasion (earlier ones and their ratings removed). */
const past = async () => {
  await t.database.db.delete(schema.evaluations);
  await t.database.db.delete(schema.enrolments);
  const [row] = await t.database.db.insert(schema.enrolments).values({ occasionId: c.occasions.past, employeeId: f.people.e1, companyId: f.companyA, status: 'CONFIRMED' }).returning();
  return row!.id;
};

const rows: MatrixRow[] = [
  {
    name: 'courses (search)',
    run: (a) => query(a, '{ courses { totalCount } }', {}, (d) => d.courses.totalCount),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 3, REGION_ADMIN: 3, COMPANY_ADMIN: 3, OTHER_COMPANY_ADMIN: 3, EMPLOYEE: 3, PROVIDER: 3, API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'occasion { participants } (names for the provider, own people for firms)',
    run: async (a) => {
      await t.database.db.delete(schema.enrolments);
      await t.database.db.insert(schema.enrolments).values([
        { occasionId: c.occasions.online, employeeId: f.people.e2, companyId: f.companyA, status: 'CONFIRMED' },
        { occasionId: c.occasions.online, employeeId: f.people.e5, companyId: f.companyB, status: 'CONFIRMED' },
      ]);
      return query(a, 'query($id: ID!) { occasion(id: $id) { participants { name } } }', { id: c.occasions.online }, (d) => d.occasion.participants.length);
    },
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 2, REGION_ADMIN: 2, COMPANY_ADMIN: 1, OTHER_COMPANY_ADMIN: 1, EMPLOYEE: 0, PROVIDER: 2, API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'recommendedCourses(A)',
    run: (a) => query(a, 'query($c: ID!) { recommendedCourses(companyId: $c) { people } }', { c: f.companyA }, (d) => d.recommendedCourses.reduce((n: number, r: any) => n + r.people, 0)),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 1, REGION_ADMIN: 1, COMPANY_ADMIN: 1, OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 0, PROVIDER: 0, API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'company(A) { trainingPlan }',
    run: (a) => query(a, 'query($id: ID!) { company(id: $id) { trainingPlan { totals { total } } } }', { id: f.companyA }, (d) => (d.company ? 'visible' : 'no company')),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'visible', REGION_ADMIN: 'visible', COMPANY_ADMIN: 'visible', OTHER_COMPANY_ADMIN: 'no company', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'trainingPlanSuggestion(A)',
    run: (a) =>
      query(a, 'query($c: ID!) { trainingPlanSuggestion(companyId: $c, budget: "10000000", from: "2026-01-01", to: "2099-12-31") { optimal } }', { c: f.companyA }, (d) =>
        d.trainingPlanSuggestion.optimal ? 'suggested' : 'not optimal',
      ),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'suggested', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'FORBIDDEN', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'demand',
    run: (a) => query(a, '{ demand { suppressed } }', {}, (d) => (d.demand.every((x: any) => x.suppressed) ? 'suppressed' : d.demand.length)),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 4, REGION_ADMIN: 4, COMPANY_ADMIN: 'FORBIDDEN', OTHER_COMPANY_ADMIN: 'FORBIDDEN', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'suppressed', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'REST GET /api/v1/demand',
    run: async (a) => (await t.http.get('/api/v1/demand').set(await t.headersFor(a))).status,
    expected: { ANONYMOUS: 401, PROGRAMME_ADMIN: 200, REGION_ADMIN: 200, COMPANY_ADMIN: 403, OTHER_COMPANY_ADMIN: 403, EMPLOYEE: 403, PROVIDER: 200, API_CLIENT: 403 },
  },
  {
    name: 'enrolmentCreate (e2 on the online occasion)',
    run: async (a) => {
      await t.database.db.delete(schema.enrolments);
      const outcome = await mutate(a, 'mutation($o: ID!, $e: ID!) { enrolmentCreate(occasionId: $o, employeeId: $e) { userErrors { code } } }', { o: c.occasions.online, e: f.people.e2 });
      if (outcome !== 'ok') expect(await t.database.db.$count(schema.enrolments)).toBe(0);
      return outcome;
    },
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'NOT_FOUND', PROVIDER: 'NOT_FOUND', API_CLIENT: 'NOT_FOUND' },
  },
  {
    name: 'courseCreate',
    guards: ['courses'],
    run: (a) =>
      mutate(a, 'mutation($i: CourseInput!) { courseCreate(input: $i) { userErrors { code } } }', {
        i: { titleSv: `Kurs ${a}`, descriptionSv: '–', audience: 'BOTH', format: 'ONLINE', lengthHours: 4, pricePerParticipant: '100000', competences: [{ competenceId: f.competences.lean, targetLevel: 2 }] },
      }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'FORBIDDEN', OTHER_COMPANY_ADMIN: 'FORBIDDEN', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'ok', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'occasionCreate on the provider’s course',
    guards: ['occasions'],
    run: (a) =>
      mutate(a, 'mutation($c: ID!, $i: OccasionInput!) { occasionCreate(courseId: $c, input: $i) { userErrors { code } } }', {
        c: c.courses.lean,
        i: { startsOn: '2099-05-01', endsOn: '2099-05-01', registrationDeadline: '2099-04-20', online: true, seats: 12 },
      }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'FORBIDDEN', REGION_ADMIN: 'FORBIDDEN', COMPANY_ADMIN: 'FORBIDDEN', OTHER_COMPANY_ADMIN: 'FORBIDDEN', EMPLOYEE: 'FORBIDDEN', PROVIDER: 'ok', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'enrolmentRecordOutcome (e1 on a held occasion)',
    run: async (a) => mutate(a, 'mutation($id: ID!) { enrolmentRecordOutcome(id: $id, outcome: ATTENDED) { userErrors { code } } }', { id: await past() }),
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'NOT_FOUND', REGION_ADMIN: 'NOT_FOUND', COMPANY_ADMIN: 'ok', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'NOT_FOUND', PROVIDER: 'ok', API_CLIENT: 'FORBIDDEN' },
  },
  {
    name: 'evaluationSubmit (e1’s completed course)',
    run: async (a) => {
      const id = await past();
      await t.database.db.update(schema.enrolments).set({ status: 'COMPLETED' });
      const before = await t.database.db.$count(schema.evaluations);
      const outcome = await mutate(a, 'mutation($e: ID!) { evaluationSubmit(enrolmentId: $e, rating: 4) { userErrors { code } } }', { e: id });
      if (outcome !== 'ok') expect(await t.database.db.$count(schema.evaluations)).toBe(before);
      return outcome;
    },
    expected: { ANONYMOUS: 'UNAUTHENTICATED', PROGRAMME_ADMIN: 'NOT_FOUND', REGION_ADMIN: 'NOT_FOUND', COMPANY_ADMIN: 'NOT_FOUND', OTHER_COMPANY_ADMIN: 'NOT_FOUND', EMPLOYEE: 'ok', PROVIDER: 'NOT_FOUND', API_CLIENT: 'FORBIDDEN' },
  },
];

describeMatrix('catalogue authorization matrix', () => t, rows);
