import { schema } from '@smartkompetens/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helper.ts';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { insertCatalogue, type CatalogueFixture } from './fixture.ts';

/*
 * Gaps of the competence fixture (current → required, weight):
 *   A: e1 cnc 2→4 (3), e2 lean 1→3 (1), e3 cnc 1→3 (2, management); B: e5 cnc 1→2 (1).
 * The catalogue fixture has courses for welding (levels 3 and 4) and lean (3); this file adds
 * a CNC course bringing people to level 4.
 */
let t: TestApp;
let f: Fixture;
let c: CatalogueFixture;
let cncCourse: string;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
  c = await insertCatalogue(t.database.db, f);
  const [course] = await t.database.db
    .insert(schema.courses)
    .values({ providerId: c.providerId, titleSv: 'CNC-programmering', descriptionSv: 'Programmering av fleroperationsmaskiner.', format: 'CLASSROOM', lengthHours: 40, pricePerParticipant: 2_000_000n })
    .returning();
  await t.database.db.insert(schema.courseCompetences).values({ courseId: course!.id, competenceId: f.competences.cnc, targetLevel: 4 });
  cncCourse = course!.id;
});
afterAll(() => t.close());

describe('matching courses to gaps', () => {
  const query = `query($c: ID!, $e: ID, $g: EmployeeGroup) { recommendedCourses(companyId: $c, employeeId: $e, group: $g) {
    course { titleSv } weightedGapClosed gapLevelsClosed people pricePerGapLevel
    steps { competence { code } fromLevel toLevel people }
    nextOccasions { region { code } online seatsLeft }
  } }`;

  it('ranks courses by the weighted gap they close, explaining each step and the price per closed level', async () => {
    const { body } = await t.graphql('COMPANY_ADMIN', query, { c: f.companyA });
    expect(body.errors).toBeUndefined();
    expect(body.data.recommendedCourses).toEqual([
      {
        course: { titleSv: 'CNC-programmering' },
        weightedGapClosed: 10, // e1 2→4 × 3 + e3 1→3 × 2
        gapLevelsClosed: 4,
        people: 2,
        pricePerGapLevel: '1000000', // 20 000 kr × 2 people / 4 levels
        steps: [
          { competence: { code: 'cnc' }, fromLevel: 2, toLevel: 4, people: 1 },
          { competence: { code: 'cnc' }, fromLevel: 1, toLevel: 3, people: 1 },
        ],
        nextOccasions: [],
      },
      {
        course: { titleSv: 'Lean produktion' },
        weightedGapClosed: 2,
        gapLevelsClosed: 2,
        people: 1,
        pricePerGapLevel: '225000',
        steps: [{ competence: { code: 'lean' }, fromLevel: 1, toLevel: 3, people: 1 }],
        nextOccasions: [{ region: { code: '03' }, online: false, seatsLeft: 10 }],
      },
    ]);
  });

  it('narrows to one person or one group, and to what the viewer may see', async () => {
    const one = await t.graphql('COMPANY_ADMIN', query, { c: f.companyA, e: f.people.e3 });
    expect(one.body.data.recommendedCourses.map((r: { weightedGapClosed: number }) => r.weightedGapClosed)).toEqual([4]);
    const management = await t.graphql('COMPANY_ADMIN', query, { c: f.companyA, g: 'MANAGEMENT' });
    expect(management.body.data.recommendedCourses).toHaveLength(1);
    const self = await t.graphql('EMPLOYEE', query, { c: f.companyA });
    expect(self.body.data.recommendedCourses.map((r: { weightedGapClosed: number }) => r.weightedGapClosed)).toEqual([6]);
    const provider = await t.graphql('PROVIDER', query, { c: f.companyA });
    expect(provider.body.data.recommendedCourses).toEqual([]);
    const otherFirm = await t.graphql('OTHER_COMPANY_ADMIN', query, { c: f.companyA });
    expect(otherFirm.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('course demand', () => {
  const query = `{ demand { competence { code } region { code } targetLevel group people firms planned unmet hasCourse hasUpcomingOccasion suppressed companies { name } } }`;

  it('counts gaps per competence × county × level × group, with unmet demand and the firms behind it', async () => {
    const { body } = await t.graphql('PROGRAMME_ADMIN', query);
    const cells = Object.fromEntries(body.data.demand.map((d: any) => [`${d.competence.code}/${d.targetLevel}/${d.group}`, d]));
    expect(Object.keys(cells).sort()).toEqual(['cnc/2/STAFF', 'cnc/3/MANAGEMENT', 'cnc/4/STAFF', 'lean/3/STAFF']);
    expect(cells['cnc/4/STAFF']).toMatchObject({ people: 1, firms: 1, planned: 0, unmet: 1, hasCourse: true, hasUpcomingOccasion: false, companies: [{ name: 'A Gjuteri AB' }] });
    expect(cells['lean/3/STAFF']).toMatchObject({ people: 1, unmet: 0, hasCourse: true, hasUpcomingOccasion: true, companies: null });
  });

  it('planned people are not unmet demand', async () => {
    const [occasion] = await t.database.db
      .insert(schema.occasions)
      .values({ courseId: cncCourse, providerId: c.providerId, startsOn: '2099-01-10', endsOn: '2099-01-12', registrationDeadline: '2099-01-01', regionCode: '03', seats: 10 })
      .returning();
    await t.database.db.insert(schema.enrolments).values({ occasionId: occasion!.id, employeeId: f.people.e1, companyId: f.companyA, status: 'CONFIRMED' });
    const { body } = await t.graphql('PROGRAMME_ADMIN', query);
    const cell = body.data.demand.find((d: any) => d.competence.code === 'cnc' && d.targetLevel === 4);
    expect(cell).toMatchObject({ people: 1, planned: 1, unmet: 0, hasUpcomingOccasion: false });
  });

  it('answers from its cache only until a write behind the figures commits', async () => {
    const cnc4 = async () => (await t.graphql('PROGRAMME_ADMIN', query)).body.data.demand.find((d: any) => d.competence.code === 'cnc' && d.targetLevel === 4);
    expect(await cnc4()).toMatchObject({ planned: 1, unmet: 0, hasCourse: true });
    // An enrolment cancelled: the person is unmet demand again (their county's enrolment version).
    await t.database.db.update(schema.enrolments).set({ status: 'CANCELLED' }).where(eq(schema.enrolments.employeeId, f.people.e1));
    expect(await cnc4()).toMatchObject({ planned: 0, unmet: 1, hasCourse: true });
    // The course retired: nothing in the catalogue brings people to level 4 (the catalogue version).
    await t.database.db.update(schema.courses).set({ retiredAt: new Date() }).where(eq(schema.courses.id, cncCourse));
    expect(await cnc4()).toMatchObject({ planned: 0, unmet: 1, hasCourse: false });
    await t.database.db.update(schema.courses).set({ retiredAt: null }).where(eq(schema.courses.id, cncCourse));
    // A new assessment at the required level closes the gap (the competence version).
    await t.database.db.insert(schema.assessments).values({ companyId: f.companyA, employeeId: f.people.e1, competenceId: f.competences.cnc, level: 4, source: 'MANAGER', assessedOn: '2026-11-01' });
    expect(await cnc4()).toBeUndefined();
    await t.database.db.insert(schema.assessments).values({ companyId: f.companyA, employeeId: f.people.e1, competenceId: f.competences.cnc, level: 2, source: 'MANAGER', assessedOn: '2026-11-02' });
    expect(await cnc4()).toMatchObject({ people: 1, hasCourse: true });
  });

  it('a firm’s local competences stay out of demand and of providers’ gap aggregates', async () => {
    const [local] = await t.database.db.select().from(schema.competences).where(eq(schema.competences.code, 'a-sand'));
    await t.database.db.insert(schema.roleRequirements).values({ roleId: f.roles.operator, companyId: f.companyA, competenceId: local!.id, requiredLevel: 4, importance: 'CRITICAL' });
    await t.database.db.insert(schema.assessments).values({ companyId: f.companyA, employeeId: f.people.e1, competenceId: local!.id, level: 1, source: 'MANAGER', assessedOn: '2026-01-01' });
    const provider = await t.graphql('PROVIDER', query);
    expect(provider.body.errors).toBeUndefined();
    expect(provider.body.data.demand.map((d: any) => d.competence.code)).not.toContain('a-sand');
    const gaps = await t.graphql('PROVIDER', '{ gaps(groupBy: COMPETENCE) { competence { code } } }');
    expect(gaps.body.errors).toBeUndefined();
    expect(gaps.body.data.gaps.map((g: any) => g.competence.code)).not.toContain('a-sand');
    const own = await t.graphql('COMPANY_ADMIN', '{ gaps(groupBy: COMPETENCE) { competence { code } } }');
    expect(own.body.data.gaps.map((g: any) => g.competence.code)).toContain('a-sand');
  });

  it('a full occasion meets no one’s demand', async () => {
    await t.database.db.update(schema.occasions).set({ status: 'FULL' }).where(eq(schema.occasions.id, c.occasions.closed));
    const { body } = await t.graphql('PROGRAMME_ADMIN', query);
    expect(body.data.demand.find((d: any) => d.competence.code === 'lean')).toMatchObject({ people: 1, unmet: 1, hasUpcomingOccasion: false });
    await t.database.db.update(schema.occasions).set({ status: 'OPEN' }).where(eq(schema.occasions.id, c.occasions.closed));
  });

  it('providers and integrations get suppressed cells; employees get none at all', async () => {
    const provider = await t.graphql('PROVIDER', query);
    expect(provider.body.data.demand.every((d: any) => d.suppressed && d.people === null && d.companies === null)).toBe(true);
    const employee = await t.graphql('EMPLOYEE', query);
    expect(employee.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('REST /api/v1/demand answers JSON and CSV; an integration needs demand:read', async () => {
    const json = await t.http.get('/api/v1/demand?regionCode=03').set(await t.headersFor('REGION_ADMIN'));
    expect(json.status).toBe(200);
    expect(json.body.find((d: any) => d.competence.code === 'lean')).toMatchObject({ regionCode: '03', people: 1, suppressed: false });
    const csv = await t.http.get('/api/v1/demand?format=csv').set(await t.headersFor('PROGRAMME_ADMIN'));
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.split('\n')[0]).toBe('competence_code,competence,county,target_level,group,people,firms,planned,unmet,has_course,has_upcoming_occasion,suppressed');
    expect(csv.text).toMatch(/\nlean,Lean,03,3,STAFF,1,1,0,0,true,true,false\n/);
    expect((await t.http.get('/api/v1/demand').set(await t.headersFor('API_CLIENT'))).status).toBe(403); // the fixture's token has no demand:read
    expect((await t.http.get('/api/v1/demand?regionCode=04').set(await t.headersFor('REGION_ADMIN'))).status).toBe(403);
  });
});

describe('providers publish courses and occasions', () => {
  const create = `mutation($i: CourseInput!) { courseCreate(input: $i) { course { id titleSv provider { name } competences { competence { code } targetLevel } } userErrors { field code } } }`;
  const input = { titleSv: 'Hydraulik i praktiken', descriptionSv: 'Felsökning av hydraulsystem.', audience: 'STAFF', format: 'BLENDED', lengthHours: 16, pricePerParticipant: '650000' };

  it('a provider publishes a course; others may not; invalid input names its fields', async () => {
    const { body } = await t.graphql('PROVIDER', create, { i: { ...input, competences: [{ competenceId: f.competences.welding, targetLevel: 3 }] } });
    expect(body.data.courseCreate.course).toMatchObject({ titleSv: 'Hydraulik i praktiken', provider: { name: 'Test Provider' }, competences: [{ competence: { code: 'welding' }, targetLevel: 3 }] });
    for (const actor of ['COMPANY_ADMIN', 'PROGRAMME_ADMIN'] as const) {
      const refused = await t.graphql(actor, create, { i: { ...input, competences: [{ competenceId: f.competences.welding, targetLevel: 3 }] } });
      expect(refused.body.data.courseCreate.userErrors[0].code).toBe('FORBIDDEN');
    }
    const bad = await t.graphql('PROVIDER', create, { i: { ...input, titleSv: ' ', lengthHours: 0, pricePerParticipant: null, competences: [] } });
    expect(bad.body.data.courseCreate.userErrors.map((e: any) => `${e.field.join('.')}:${e.code}`)).toEqual([
      'input.titleSv:REQUIRED',
      'input.lengthHours:OUT_OF_RANGE',
      'input.pricePerParticipant:REQUIRED',
      'input.competences:REQUIRED',
    ]);
  });

  it('adds an occasion, refuses fewer seats than are taken, and cancelling it cancels its enrolments', async () => {
    const add = `mutation($c: ID!, $i: OccasionInput!) { occasionCreate(courseId: $c, input: $i) { occasion { id seats seatsLeft status version } userErrors { field code } } }`;
    const { body } = await t.graphql('PROVIDER', add, { c: cncCourse, i: { startsOn: '2099-03-01', endsOn: '2099-03-05', registrationDeadline: '2099-02-15', regionCode: '03', seats: 3 } });
    const occasion = body.data.occasionCreate.occasion;
    expect(occasion).toMatchObject({ seats: 3, seatsLeft: 3, status: 'OPEN', version: 1 });
    const reversed = await t.graphql('PROVIDER', add, { c: cncCourse, i: { startsOn: '2099-03-05', endsOn: '2099-03-01', registrationDeadline: '2099-03-10', seats: 3 } });
    expect(reversed.body.data.occasionCreate.userErrors.map((e: any) => e.field.join('.'))).toEqual(['input.endsOn', 'input.registrationDeadline', 'input.regionCode']);

    const enrol = 'mutation($o: ID!, $e: ID!) { enrolmentCreate(occasionId: $o, employeeId: $e) { enrolment { id status } } }';
    await t.graphql('COMPANY_ADMIN', enrol, { o: occasion.id, e: f.people.e2 });
    await t.graphql('COMPANY_ADMIN', enrol, { o: occasion.id, e: f.people.e3 });
    const update = `mutation($id: ID!, $i: OccasionInput!) { occasionUpdate(id: $id, input: $i) { occasion { seats } userErrors { field code message } } }`;
    const shrink = await t.graphql('PROVIDER', update, { id: occasion.id, i: { startsOn: '2099-03-01', endsOn: '2099-03-05', registrationDeadline: '2099-02-15', regionCode: '03', seats: 1 } });
    expect(shrink.body.data.occasionUpdate.userErrors).toEqual([{ field: ['input', 'seats'], code: 'OUT_OF_RANGE', message: '2 seats are already taken' }]);
    const moved = `mutation($id: ID!, $i: OccasionInput!, $v: Int) { occasionUpdate(id: $id, input: $i, expectedVersion: $v) { occasion { seats version } userErrors { field code } } }`;
    const grown = await t.graphql('PROVIDER', moved, { id: occasion.id, v: 1, i: { startsOn: '2099-03-01', endsOn: '2099-03-05', registrationDeadline: '2099-02-15', regionCode: '03', seats: 4 } });
    expect(grown.body.data.occasionUpdate.occasion).toEqual({ seats: 4, version: 2 });
    const stale = await t.graphql('PROVIDER', moved, { id: occasion.id, v: 1, i: { startsOn: '2099-03-01', endsOn: '2099-03-05', registrationDeadline: '2099-02-15', regionCode: '03', seats: 5 } });
    expect(stale.body.data.occasionUpdate.userErrors).toEqual([{ field: ['expectedVersion'], code: 'STALE' }]);

    const participants = await t.graphql('PROVIDER', 'query($id: ID!) { occasion(id: $id) { participants { name status } } }', { id: occasion.id });
    expect(participants.body.data.occasion.participants).toEqual([
      { name: 'Tre Testsson', status: 'CONFIRMED' },
      { name: 'Två Testsson', status: 'CONFIRMED' },
    ]);
    const cancel = await t.graphql('PROVIDER', 'mutation($id: ID!) { occasionCancel(id: $id) { occasion { status } } }', { id: occasion.id });
    expect(cancel.body.data.occasionCancel.occasion.status).toBe('CANCELLED');
    const after = await t.database.db.select().from(schema.enrolments).where(eq(schema.enrolments.occasionId, occasion.id));
    expect(after.map((e) => e.status)).toEqual(['CANCELLED', 'CANCELLED']);
  });
});

describe('after the occasion', () => {
  it('records completion, prompts a new assessment, takes one rating, and shows the effect', async () => {
    const [enrolment] = await t.database.db
      .insert(schema.enrolments)
      .values([{ occasionId: c.occasions.past, employeeId: f.people.e1, companyId: f.companyA, status: 'CONFIRMED' }, { occasionId: c.occasions.past, employeeId: f.people.e2, companyId: f.companyA, status: 'CONFIRMED' }])
      .returning();
    const outcome = 'mutation($id: ID!, $o: EnrolmentOutcome!) { enrolmentRecordOutcome(id: $id, outcome: $o) { enrolment { status } userErrors { code } } }';
    const completed = await t.graphql('PROVIDER', outcome, { id: enrolment!.id, o: 'COMPLETED' });
    expect(completed.body.data.enrolmentRecordOutcome.enrolment.status).toBe('COMPLETED');
    const e2 = (await t.database.db.select().from(schema.enrolments).where(eq(schema.enrolments.employeeId, f.people.e2))).find((e) => e.occasionId === c.occasions.past)!;
    await t.graphql('COMPANY_ADMIN', outcome, { id: e2.id, o: 'COMPLETED' });
    const stranger = await t.graphql('OTHER_COMPANY_ADMIN', outcome, { id: enrolment!.id, o: 'NO_SHOW' });
    expect(stranger.body.data.enrolmentRecordOutcome.userErrors[0].code).toBe('NOT_FOUND');

    const prompts = await t.graphql('EMPLOYEE', 'query($id: ID!) { employee(id: $id) { assessmentPrompts { competence { code } course { titleSv } } } }', { id: f.people.e1 });
    expect(prompts.body.data.employee.assessmentPrompts).toEqual([{ competence: { code: 'lean' }, course: { titleSv: 'Lean produktion' } }]);

    const rate = 'mutation($e: ID!, $r: Int!, $c: String) { evaluationSubmit(enrolmentId: $e, rating: $r, comment: $c) { evaluation { rating } userErrors { field code } } }';
    expect((await t.graphql('EMPLOYEE', rate, { e: enrolment!.id, r: 4, c: 'Bra övningar' })).body.data.evaluationSubmit.evaluation).toEqual({ rating: 4 });
    expect((await t.graphql('EMPLOYEE', rate, { e: enrolment!.id, r: 5 })).body.data.evaluationSubmit.userErrors).toEqual([{ field: ['enrolmentId'], code: 'DUPLICATE' }]);
    expect((await t.graphql('COMPANY_ADMIN', rate, { e: enrolment!.id, r: 5 })).body.data.evaluationSubmit.userErrors[0].code).toBe('NOT_FOUND');

    // e2's lean was 1 (self) before the occasion; the manager assesses 3 after it.
    await t.graphql('COMPANY_ADMIN', 'mutation($i: [AssessmentInput!]!) { assessmentsRecord(input: $i) { userErrors { code } } }', {
      i: [{ employeeId: f.people.e2, competenceId: f.competences.lean, level: 3 }],
    });
    const courseQuery = `query($id: ID!) { course(id: $id) { evaluationSummary { count average } evaluationComments trainingEffect { competence { code } participants averageBefore averageAfter suppressed } } }`;
    const firm = await t.graphql('COMPANY_ADMIN', courseQuery, { id: c.courses.lean });
    expect(firm.body.data.course).toEqual({
      evaluationSummary: { count: 1, average: 4 },
      evaluationComments: [],
      trainingEffect: [{ competence: { code: 'lean' }, participants: 1, averageBefore: 1, averageAfter: 3, suppressed: false }],
    });
    const provider = await t.graphql('PROVIDER', courseQuery, { id: c.courses.lean });
    expect(provider.body.data.course.evaluationComments).toEqual(['Bra övningar']);
    expect(provider.body.data.course.trainingEffect[0]).toMatchObject({ participants: null, suppressed: true });
  });
});
