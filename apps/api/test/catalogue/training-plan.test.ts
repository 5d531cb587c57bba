import { schema, type Database } from '@smartkompetens/db';
import { formatOre } from '@smartkompetens/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { createTestApp, type Actor, type TestApp } from '../helper.ts';
import { insertCatalogue, type CatalogueFixture } from './fixture.ts';

/**
 * The training plan and its suggestion over HTTP, on the competence fixture (firm A: Ett,
 * Två, Tre; firm B: Fem) and its catalogue, plus CNC courses added here. Every amount is
 * computed by hand in the comments.
 *
 * Firm A's assessed gaps (standings):
 *   Ett  CNC 2 → required 4, critical (weight 3)
 *   Två  lean 1 → required 3, useful (1); welding never assessed (no gap counted)
 *   Tre  CNC 1 → required 3, important (2)
 * Hourly costs set here: Ett 520 kr, Två 450 kr, Tre 610 kr.
 */

let t: TestApp;
let f: Fixture;
let c: CatalogueFixture;
let cnc: Awaited<ReturnType<typeof insertCncCourses>>;

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const period = { from: daysFromNow(0), to: daysFromNow(90) };

/**
 * CNC-grund: CNC → 3, 16 h, 4 000 kr, one seat in Uppsala.
 * CNC-fördjupning: CNC → 4, 40 h, 12 000 kr, two seats in Uppsala; also given in Västmanland
 *   (not the firm's county), online tailored for firm B, and after the period — none of which count.
 * Lean i vardagen: lean → 2, 8 h, 2 000 kr, for staff too, online.
 * A retired CNC course with a free occasion, never suggested.
 */
async function insertCncCourses(db: Database, f: Fixture, providerId: string) {
  const { courses, courseCompetences, occasions, regions, employees } = schema;
  await db.insert(regions).values({ code: '19', name: 'Västmanlands län', ownerName: 'Region Västmanland' });
  await db.update(employees).set({ hourlyCost: 52_000n }).where(eq(employees.id, f.people.e1));
  await db.update(employees).set({ hourlyCost: 61_000n }).where(eq(employees.id, f.people.e3));
  const [basic, advanced, lean, retired] = await db
    .insert(courses)
    .values([
      { providerId, titleSv: 'CNC-grund', format: 'CLASSROOM', lengthHours: 16, pricePerParticipant: 400_000n },
      { providerId, titleSv: 'CNC-fördjupning', format: 'CLASSROOM', lengthHours: 40, pricePerParticipant: 1_200_000n },
      { providerId, titleSv: 'Lean i vardagen', format: 'ONLINE', lengthHours: 8, pricePerParticipant: 200_000n },
      { providerId, titleSv: 'CNC (utgått)', format: 'CLASSROOM', lengthHours: 1, pricePerParticipant: 100n, retiredAt: new Date() },
    ])
    .returning();
  await db.insert(courseCompetences).values([
    { courseId: basic!.id, competenceId: f.competences.cnc, targetLevel: 3 },
    { courseId: advanced!.id, competenceId: f.competences.cnc, targetLevel: 4 },
    { courseId: lean!.id, competenceId: f.competences.lean, targetLevel: 2 },
    { courseId: retired!.id, competenceId: f.competences.cnc, targetLevel: 5 },
  ]);
  const occasion = (courseId: string, startsIn: number, seats: number, where: { regionCode?: string; online?: boolean; tailoredForCompanyId?: string }) => ({
    courseId,
    providerId,
    startsOn: daysFromNow(startsIn),
    endsOn: daysFromNow(startsIn + 1),
    registrationDeadline: daysFromNow(startsIn - 5),
    seats,
    status: 'OPEN' as const,
    ...where,
  });
  const [basicUppsala, advancedUppsala] = await db
    .insert(occasions)
    .values([
      occasion(basic!.id, 20, 1, { regionCode: '03' }),
      occasion(advanced!.id, 40, 2, { regionCode: '03' }),
      occasion(advanced!.id, 30, 10, { regionCode: '19' }),
      occasion(advanced!.id, 35, 10, { online: true, tailoredForCompanyId: f.companyB }),
      occasion(advanced!.id, 200, 10, { regionCode: '03' }),
      occasion(lean!.id, 25, 5, { online: true }),
      occasion(retired!.id, 20, 10, { regionCode: '03' }),
    ])
    .returning();
  return {
    courses: { basic: basic!.id, advanced: advanced!.id, lean: lean!.id },
    occasions: { basicUppsala: basicUppsala!.id, advancedUppsala: advancedUppsala!.id },
  };
}

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
  c = await insertCatalogue(t.database.db, f);
  cnc = await insertCncCourses(t.database.db, f, c.providerId);
});
afterAll(() => t.close());

const suggestion = `query($company: ID!, $budget: Money!, $from: Date!, $to: Date!, $group: EmployeeGroup) {
  trainingPlanSuggestion(companyId: $company, budget: $budget, from: $from, to: $to, group: $group) {
    choices { employee { id } occasion { id } course { titleSv } cost value explanation explanationEn }
    totalCost totalValue optimal budgetLeft
  }
}`;

async function suggest(budget: string, extra: Record<string, unknown> = {}, actor: Actor = 'COMPANY_ADMIN') {
  return t.graphql(actor, suggestion, { company: f.companyA, budget, ...period, ...extra });
}

async function suggested(budget: string, extra: Record<string, unknown> = {}) {
  const { body } = await suggest(budget, extra);
  expect(body.errors).toBeUndefined();
  const s = body.data.trainingPlanSuggestion;
  return { ...s, picks: s.choices.map((ch: { employee: { id: string }; course: { titleSv: string } }) => [ch.employee.id, ch.course.titleSv]).sort() };
}

describe('training plan suggestion', () => {
  // Candidates (value = weight × levels closed; cost = fee + hours × hourly cost, öre):
  //   Ett × CNC-grund         3 × (3 − 2) = 3   400 000 + 16 × 52 000 = 1 232 000
  //   Ett × CNC-fördjupning   3 × (4 − 2) = 6 1 200 000 + 40 × 52 000 = 3 280 000
  //   Tre × CNC-grund         2 × (3 − 1) = 4   400 000 + 16 × 61 000 = 1 376 000
  //   Tre × CNC-fördjupning   2 × (3 − 1) = 4 1 200 000 + 40 × 61 000 = 3 640 000  (capped at required 3)
  //   Två × Lean i vardagen   1 × (2 − 1) = 1   200 000 +  8 × 45 000 =   560 000
  // CNC-grund has one seat. Lean produktion is for management (Två is staff) and its occasions are closed.

  it('picks the hand-computed best set within 50 000 kr: Ett on CNC-fördjupning, Tre on CNC-grund', async () => {
    // 6 + 4 = 10 for 4 656 000; adding Två's lean (560 000) would pass the budget.
    const s = await suggested('5000000');
    expect(s.picks).toEqual(
      [
        [f.people.e1, 'CNC-fördjupning'],
        [f.people.e3, 'CNC-grund'],
      ].sort(),
    );
    expect(s).toMatchObject({ totalValue: 10, totalCost: '4656000', budgetLeft: '344000', optimal: true });
    const ett = s.choices.find((ch: { employee: { id: string } }) => ch.employee.id === f.people.e1);
    expect(ett).toMatchObject({ occasion: { id: cnc.occasions.advancedUppsala }, cost: '3280000', value: 6 });
    expect(ett.explanation).toBe(`Stänger CNC-programmering 2→4 (kritisk) för Ett Testsson, ${formatOre(3_280_000n)}`);
    expect(ett.explanationEn).toBe(`Closes CNC programming 2→4 (critical) for Ett Testsson, ${formatOre(3_280_000n, 'en-GB')}`);
  });

  it('respects the seats: with 27 000 kr the single CNC-grund seat goes to Tre, not to both', async () => {
    // Ett and Tre on CNC-grund would be 3 + 4 = 7 for 2 608 000, but there is one seat.
    // Best within the seats: Tre on CNC-grund + Två on lean = 4 + 1 = 5 for 1 936 000.
    const s = await suggested('2700000');
    expect(s.picks).toEqual([[f.people.e2, 'Lean i vardagen'], [f.people.e3, 'CNC-grund']].sort());
    expect(s).toMatchObject({ totalValue: 5, totalCost: '1936000', budgetLeft: '764000', optimal: true });
  });

  it('closes each gap once however much money there is', async () => {
    // Ett on both CNC courses would count CNC twice; Tre's two courses close the same 1 → 3.
    const s = await suggested('100000000');
    expect(s.picks).toEqual([[f.people.e1, 'CNC-fördjupning'], [f.people.e2, 'Lean i vardagen'], [f.people.e3, 'CNC-grund']].sort());
    expect(s).toMatchObject({ totalValue: 11, totalCost: '5216000', optimal: true });
  });

  it('narrows to a group', async () => {
    const s = await suggested('5000000', { group: 'MANAGEMENT' });
    expect(s.picks).toEqual([[f.people.e3, 'CNC-grund']]);
    expect(s.totalValue).toBe(4);
  });

  it('suggests nothing when the budget buys nothing', async () => {
    const s = await suggested('559999');
    expect(s).toMatchObject({ choices: [], totalCost: '0', totalValue: 0, budgetLeft: '559999', optimal: true });
  });

  it('refuses a budget of 0 or less and a period that ends before it starts, naming the argument', async () => {
    const zero = await suggest('0');
    expect(zero.body.errors[0]).toMatchObject({ extensions: { code: 'VALIDATION' } });
    expect(zero.body.errors[0].message).toMatch(/^budget: /);
    const reversed = await suggest('5000000', { from: period.to, to: period.from });
    expect(reversed.body.errors[0]).toMatchObject({ extensions: { code: 'VALIDATION' } });
    expect(reversed.body.errors[0].message).toMatch(/^to: /);
    const both = await suggest('-100', { from: period.to, to: period.from });
    expect(both.body.errors[0].message).toMatch(/budget: .*; to: /);
    const notMoney = await suggest('12.50');
    expect(notMoney.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers only the firm’s admins: others get FORBIDDEN, or NOT_FOUND when they cannot see the firm', async () => {
    const codes: Partial<Record<Actor, string>> = {};
    for (const actor of ['EMPLOYEE', 'PROVIDER', 'REGION_ADMIN', 'PROGRAMME_ADMIN', 'OTHER_COMPANY_ADMIN', 'API_CLIENT', 'ANONYMOUS'] as const) {
      const { body } = await suggest('5000000', {}, actor);
      expect(body.data).toBeNull();
      codes[actor] = body.errors[0].extensions.code;
    }
    expect(codes).toEqual({
      EMPLOYEE: 'FORBIDDEN',
      PROVIDER: 'FORBIDDEN',
      REGION_ADMIN: 'FORBIDDEN',
      PROGRAMME_ADMIN: 'FORBIDDEN',
      OTHER_COMPANY_ADMIN: 'NOT_FOUND',
      API_CLIENT: 'FORBIDDEN',
      ANONYMOUS: 'UNAUTHENTICATED',
    });
    const unknown = await t.graphql('COMPANY_ADMIN', suggestion, { company: 'not-an-id', budget: '1', ...period });
    expect(unknown.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('writes nothing', async () => {
    const before = await t.database.db.select().from(schema.enrolments);
    await suggested('5000000');
    expect(await t.database.db.select().from(schema.enrolments)).toEqual(before);
  });
});

const plan = `query($id: ID!) { company(id: $id) { trainingPlan {
  lines {
    enrolment { id status } employee { id firstName } occasion { id startsOn } course { titleSv }
    fee participantTimeCost closes { competence { code } from to required importance }
  }
  totals { fees participantTime total weightedGapClosed }
} } }`;

describe('training plan', () => {
  const enrol = 'mutation($o: ID!, $e: ID!) { enrolmentCreate(occasionId: $o, employeeId: $e) { enrolment { id status } userErrors { code } } }';
  const cancel = 'mutation($id: ID!) { enrolmentCancel(id: $id) { enrolment { status } } }';

  beforeAll(async () => {
    const ok = async (actor: Actor, o: string, e: string) => {
      const { body } = await t.graphql(actor, enrol, { o, e });
      expect(body.data.enrolmentCreate.userErrors).toEqual([]);
      return body.data.enrolmentCreate.enrolment.id as string;
    };
    await ok('COMPANY_ADMIN', cnc.occasions.advancedUppsala, f.people.e1);
    await ok('COMPANY_ADMIN', c.occasions.online, f.people.e2);
    // Neither a cancelled enrolment nor another firm's is in A's plan.
    const cancelled = await ok('COMPANY_ADMIN', c.occasions.upcoming, f.people.e3);
    await t.graphql('COMPANY_ADMIN', cancel, { id: cancelled });
    await ok('OTHER_COMPANY_ADMIN', c.occasions.online, f.people.e5);
  });

  it('lists the firm’s two enrolments with fees, participant time and gaps closed, to the öre', async () => {
    const { body } = await t.graphql('COMPANY_ADMIN', plan, { id: f.companyA });
    expect(body.errors).toBeUndefined();
    const { lines, totals } = body.data.company.trainingPlan;
    expect(lines).toEqual([
      {
        enrolment: { id: expect.any(String), status: 'CONFIRMED' },
        employee: { id: f.people.e1, firstName: 'Ett' },
        occasion: { id: cnc.occasions.advancedUppsala, startsOn: daysFromNow(40) },
        course: { titleSv: 'CNC-fördjupning' },
        fee: '1200000',
        participantTimeCost: '2080000', // 40 h × 52 000
        closes: [{ competence: { code: 'cnc' }, from: 2, to: 4, required: 4, importance: 'CRITICAL' }],
      },
      {
        enrolment: { id: expect.any(String), status: 'CONFIRMED' },
        employee: { id: f.people.e2, firstName: 'Två' },
        occasion: { id: c.occasions.online, startsOn: daysFromNow(60) },
        course: { titleSv: 'Fördjupning för svetsare' },
        fee: '1500000',
        participantTimeCost: '720000', // 16 h × 45 000
        // Welding never assessed: shown, but no gap is counted as closed.
        closes: [{ competence: { code: 'welding' }, from: null, to: 3, required: 3, importance: 'IMPORTANT' }],
      },
    ]);
    // 1 200 000 + 1 500 000; 2 080 000 + 720 000; weighted: CNC 3 × (4 − 2).
    expect(totals).toEqual({ fees: '2700000', participantTime: '2800000', total: '5500000', weightedGapClosed: 6 });
  });

  it('builds the suggestion on the plan: nothing for Ett, whose CNC gap the plan closes', async () => {
    // Left: Tre on CNC-grund (4, 1 376 000) and Två on lean (1, 560 000).
    const s = await suggested('6000000');
    expect(s.picks).toEqual([[f.people.e2, 'Lean i vardagen'], [f.people.e3, 'CNC-grund']].sort());
    expect(s).toMatchObject({ totalValue: 5, totalCost: '1936000' });
  });

  it('counts a gap once when two enrolments close it', async () => {
    // Ett also on CNC-grund: CNC 2 → 3 is inside the 2 → 4 already counted; fees and time add up.
    const { body } = await t.graphql('COMPANY_ADMIN', enrol, { o: cnc.occasions.basicUppsala, e: f.people.e1 });
    expect(body.data.enrolmentCreate.userErrors).toEqual([]);
    const { totals, lines } = (await t.graphql('COMPANY_ADMIN', plan, { id: f.companyA })).body.data.company.trainingPlan;
    expect(lines).toHaveLength(3);
    expect(totals).toEqual({
      fees: '3100000', // + 400 000
      participantTime: '3632000', // + 16 × 52 000
      total: '6732000',
      weightedGapClosed: 6,
    });
  });

  it('is seen by the firm’s admins, its region’s admins and programme admins; refused to others', async () => {
    const outcome = async (actor: Actor) => {
      const { body } = await t.graphql(actor, plan, { id: f.companyA });
      if (body.errors) return body.errors[0].extensions.code;
      return body.data.company ? body.data.company.trainingPlan.lines.length : 'no company';
    };
    const results: Partial<Record<Actor, unknown>> = {};
    for (const actor of ['COMPANY_ADMIN', 'REGION_ADMIN', 'PROGRAMME_ADMIN', 'EMPLOYEE', 'PROVIDER', 'OTHER_COMPANY_ADMIN', 'API_CLIENT', 'ANONYMOUS'] as const) {
      results[actor] = await outcome(actor);
    }
    expect(results).toEqual({
      COMPANY_ADMIN: 3,
      REGION_ADMIN: 3,
      PROGRAMME_ADMIN: 3,
      EMPLOYEE: 'FORBIDDEN',
      PROVIDER: 'FORBIDDEN',
      OTHER_COMPANY_ADMIN: 'no company',
      API_CLIENT: 'FORBIDDEN',
      ANONYMOUS: 'UNAUTHENTICATED',
    });
    // Firm B's admin sees their own plan: Fem on the welders' course.
    const b = await t.graphql('OTHER_COMPANY_ADMIN', plan, { id: f.companyB });
    expect(b.body.data.company.trainingPlan.lines.map((l: { employee: { id: string } }) => l.employee.id)).toEqual([f.people.e5]);
  });

  it('issues the same few statements for one firm or every firm', async () => {
    const count = async (query: string, variables?: Record<string, unknown>) => {
      await t.headersFor('PROGRAMME_ADMIN');
      const before = t.statements();
      const { body } = await t.graphql('PROGRAMME_ADMIN', query, variables);
      expect(body.errors).toBeUndefined();
      return t.statements() - before;
    };
    const selection = `trainingPlan {
      lines { enrolment { id } employee { id } occasion { id } course { id } closes { competence { id } } }
      totals { total }
    }`;
    const one = await count(`query($id: ID!) { company(id: $id) { ${selection} } }`, { id: f.companyA });
    const all = await count(`{ companies(first: 10) { nodes { ${selection} } } }`);
    // company, plan, employees, occasions, courses, competences (+ the session); the list adds its count.
    expect(one).toBeLessThanOrEqual(8);
    expect(all).toBeLessThanOrEqual(one + 1);
  });
});
