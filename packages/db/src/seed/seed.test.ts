import { parseOrgNumber, programmeRegions } from '@smartkompetens/domain';
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../client.ts';
import { verifyPassword } from '../passwords.ts';
import {
  apiClients,
  assessments,
  certificates,
  companies,
  competenceAreas,
  competences,
  courses,
  employeeRoles,
  employees,
  enrolments,
  jobRoles,
  levelDescriptors,
  memberships,
  occasions,
  providers,
  roleRequirements,
  supplyPlanItems,
  users,
} from '../schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing.ts';
import {
  BUDGET_PERIOD,
  CATALOGUE_DATE,
  CATALOGUE_STORY,
  DEMO_API_TOKEN,
  DEMO_COMPANY_NAME,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  DEMO_SORMLAND_ADMIN_EMAIL,
  DEMO_SORMLAND_COMPANY_NAME,
  DEMO_STORY,
  PARTNER_PROVIDER_NAME,
  REFERENCE_DATE,
  REPORTED_MONTHS,
  RETIRED_COMPETENCE_CODE,
  seedDemo,
  type SeedSummary,
} from './index.ts';

const DATABASE_SETUP_MS = 180_000;

let first: TestDatabase;
let second: TestDatabase;
let summary: SeedSummary;

beforeAll(async () => {
  // One connection each: on PostgreSQL, destroy() can drop the database while the pool is
  // still closing a spare idle connection, which then surfaces as an unhandled pool error.
  [first, second] = await Promise.all([createTestDatabase({ poolSize: 1 }), createTestDatabase({ poolSize: 1 })]);
  summary = await seedDemo(first.db);
  await seedDemo(second.db);
}, DATABASE_SETUP_MS);

afterAll(async () => {
  await Promise.all([first?.destroy(), second?.destroy()]);
});

function companyList(db: Database) {
  return db.select({ orgNumber: companies.orgNumber, name: companies.name }).from(companies).orderBy(asc(companies.orgNumber));
}

async function rows<T>(db: Database, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

function assessmentList(db: Database) {
  return db
    .select({ email: employees.email, code: competences.code, level: assessments.level, source: assessments.source, assessedOn: assessments.assessedOn })
    .from(assessments)
    .innerJoin(employees, eq(employees.id, assessments.employeeId))
    .innerJoin(competences, eq(competences.id, assessments.competenceId))
    .orderBy(asc(employees.email), asc(competences.code), asc(assessments.assessedOn), asc(assessments.source), asc(assessments.level));
}

/** The outcome of a statement that should fail: the database's own error, or null if it succeeded. */
async function failure(statement: PromiseLike<unknown>): Promise<Error | null> {
  try {
    await statement;
    return null;
  } catch (error) {
    return (error as Error & { cause?: Error }).cause ?? (error as Error);
  }
}

/**
 * Per competence at one firm, the way the gap reports count: each person's highest required
 * level and importance over their roles, against their current level.
 */
function firmStandings(companyName: string) {
  return sql`
    with needs as (
      select er.employee_id, rr.competence_id, max(rr.required_level) as required,
             max(case rr.importance when 'CRITICAL' then 3 when 'IMPORTANT' then 2 else 1 end) as weight
      from employee_roles er
      join role_requirements rr on rr.role_id = er.role_id
      join companies co on co.id = er.company_id and co.name = ${companyName}
      group by er.employee_id, rr.competence_id
    )
    select c.code, n.employee_id, n.required, n.weight, cl.level, e.birth_year
    from needs n
    join competences c on c.id = n.competence_id
    join employees e on e.id = n.employee_id
    left join current_levels cl on cl.employee_id = n.employee_id and cl.competence_id = n.competence_id`;
}

interface Standing {
  code: string;
  employee_id: string;
  required: number;
  weight: number;
  level: number | null;
  birth_year: number | null;
}

function employeeList(db: Database) {
  return db
    .select({ company: companies.name, email: employees.email, lastName: employees.lastName })
    .from(employees)
    .innerJoin(companies, eq(companies.id, employees.companyId))
    .orderBy(asc(companies.name), asc(employees.email));
}

describe('seedDemo', () => {
  it('seeds the five Uppsala firms of the brief with their industries', async () => {
    const rows = await first.db
      .select({ name: companies.name, sniCode: companies.sniCode, municipality: companies.municipality })
      .from(companies)
      .where(eq(companies.regionCode, '03'))
      .orderBy(asc(companies.name));
    expect(rows).toEqual([
      { name: 'Bålsta Finmekaniska AB', sniCode: '25.620', municipality: 'Håbo' },
      { name: 'Dannemora Snabbstål AB', sniCode: '24.100', municipality: 'Östhammar' },
      { name: 'Enköpings Karosseri AB', sniCode: '29.200', municipality: 'Enköping' },
      { name: DEMO_COMPANY_NAME, sniCode: '24.530', municipality: 'Uppsala' },
      { name: 'Tierps Mikromotor AB', sniCode: '27.110', municipality: 'Tierp' },
    ]);
  });

  it('spreads about seventy firms over all five counties', async () => {
    const rows = await first.db.select({ regionCode: companies.regionCode }).from(companies);
    expect(rows.length).toBeGreaterThanOrEqual(65);
    expect(rows.length).toBeLessThanOrEqual(75);
    expect(new Set(rows.map((r) => r.regionCode))).toEqual(new Set(programmeRegions.map((r) => r.code)));
    expect(summary.counts).toMatchObject({ regions: 5, companies: rows.length, users: 6 });
    expect(summary.counts.competences).toBe(await first.db.$count(competences));
    expect(summary.counts.assessments).toBe(await first.db.$count(assessments));
    expect(summary.counts.courses).toBe(await first.db.$count(courses));
    expect(summary.counts.occasions).toBe(await first.db.$count(occasions));
    expect(summary.counts.enrolments).toBe(await first.db.$count(enrolments));
  });

  it('gives every firm and provider a valid, unique org number', async () => {
    const numbers = [
      ...(await first.db.select({ orgNumber: companies.orgNumber }).from(companies)),
      ...(await first.db.select({ orgNumber: providers.orgNumber }).from(providers)),
    ].map((r) => r.orgNumber ?? '');
    for (const orgNumber of numbers) expect(parseOrgNumber(orgNumber)).toEqual({ ok: true, value: orgNumber });
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('seeds staff and management for every firm, no more rows than its headcount', async () => {
    const rows = await first.db
      .select({ name: companies.name, headcount: companies.employeeCount, group: employees.group })
      .from(employees)
      .innerJoin(companies, eq(companies.id, employees.companyId));
    const byCompany = new Map<string, typeof rows>();
    for (const row of rows) byCompany.set(row.name, [...(byCompany.get(row.name) ?? []), row]);
    expect(byCompany.size).toBe(summary.counts.companies);
    for (const staff of byCompany.values()) {
      expect(new Set(staff.map((s) => s.group))).toEqual(new Set(['STAFF', 'MANAGEMENT']));
      expect(staff.length).toBeLessThanOrEqual(staff[0]?.headcount ?? 0);
    }
    expect(rows.length).toBeGreaterThanOrEqual(2_000);
    expect(rows.length).toBeLessThanOrEqual(2_500);
  });

  it('produces the same firms and people in two fresh databases', async () => {
    expect(await companyList(second.db)).toEqual(await companyList(first.db));
    expect(await employeeList(second.db)).toEqual(await employeeList(first.db));
  });

  it('produces the same assessment history in two fresh databases', async () => {
    const history = await assessmentList(first.db);
    expect(history.length).toBeGreaterThanOrEqual(30_000);
    expect(history.length).toBeLessThanOrEqual(45_000);
    expect(await assessmentList(second.db)).toEqual(history);
  });

  it('leaves a database that already has data alone', async () => {
    const again = await seedDemo(first.db);
    expect(again.skipped).toBe(true);
    expect(again.counts).toEqual(summary.counts);
  });

  it('gives every demo login a membership scoped as its role requires', async () => {
    const rows = await first.db
      .select({
        email: users.email,
        passwordHash: users.passwordHash,
        role: memberships.role,
        regionCode: memberships.regionCode,
        company: companies.name,
        provider: providers.name,
        employeeEmail: employees.email,
        employeeCompanyId: employees.companyId,
        companyId: memberships.companyId,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(companies, eq(companies.id, memberships.companyId))
      .leftJoin(providers, eq(providers.id, memberships.providerId))
      .leftJoin(employees, eq(employees.id, memberships.employeeId));
    const byEmail = new Map(rows.map((r) => [r.email, r]));

    expect(byEmail.get(DEMO_LOGINS.PROGRAMME_ADMIN)).toMatchObject({ role: 'PROGRAMME_ADMIN', regionCode: null, company: null });
    expect(byEmail.get(DEMO_LOGINS.REGION_ADMIN)).toMatchObject({ role: 'REGION_ADMIN', regionCode: '03' });
    expect(byEmail.get(DEMO_LOGINS.COMPANY_ADMIN)).toMatchObject({ role: 'COMPANY_ADMIN', company: DEMO_COMPANY_NAME });
    expect(byEmail.get(DEMO_SORMLAND_ADMIN_EMAIL)).toMatchObject({ role: 'COMPANY_ADMIN', company: DEMO_SORMLAND_COMPANY_NAME });
    expect(byEmail.get(DEMO_LOGINS.PROVIDER)).toMatchObject({ role: 'PROVIDER', provider: PARTNER_PROVIDER_NAME });
    const employee = byEmail.get(DEMO_LOGINS.EMPLOYEE);
    expect(employee).toMatchObject({ role: 'EMPLOYEE', company: DEMO_COMPANY_NAME, employeeEmail: DEMO_LOGINS.EMPLOYEE });
    expect(employee?.employeeCompanyId).toBe(employee?.companyId);

    expect(summary.logins.map((l) => l.email).sort()).toEqual([...byEmail.keys()].sort());
    expect(await verifyPassword(rows[0]?.passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
  });

  it('stores only the SHA-256 of the demo API token', async () => {
    const [client] = await first.db.select().from(apiClients);
    expect(client).toMatchObject({
      tokenHash: createHash('sha256').update(DEMO_API_TOKEN).digest('hex'),
      tokenPrefix: DEMO_API_TOKEN.slice(0, 8),
      regionCode: '03',
    });
  });
});

describe('seedDemo: competence mapping', () => {
  it('describes the five-step scale in Swedish and English', async () => {
    const scale = await first.db.select().from(levelDescriptors).orderBy(asc(levelDescriptors.level));
    expect(scale.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    for (const level of scale) {
      for (const text of [level.nameSv, level.nameEn, level.descriptionSv, level.descriptionEn]) expect(text.length).toBeGreaterThan(3);
    }
  });

  it('seeds a programme-wide framework of about forty competences in at least ten areas, named in both languages', async () => {
    const active = await first.db
      .select({ code: competences.code, nameSv: competences.nameSv, nameEn: competences.nameEn, descriptionSv: competences.descriptionSv, area: competenceAreas.code, escoUri: competences.escoUri })
      .from(competences)
      .innerJoin(competenceAreas, eq(competenceAreas.id, competences.areaId))
      .where(and(isNull(competences.companyId), isNull(competences.retiredAt)));
    expect(active.length).toBeGreaterThanOrEqual(35);
    expect(active.length).toBeLessThanOrEqual(60);
    expect(new Set(active.map((c) => c.area)).size).toBeGreaterThanOrEqual(10);
    for (const c of active) {
      expect(c.nameSv.length, c.code).toBeGreaterThan(1);
      expect(c.nameEn?.length ?? 0, c.code).toBeGreaterThan(1);
      expect(c.descriptionSv.length, c.code).toBeGreaterThan(10);
    }
    for (const uri of active.flatMap((c) => c.escoUri ?? [])) expect(uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/);
  });

  it('keeps the history of a retired competence and gives the demo firm local competences', async () => {
    const [retired] = await first.db.select().from(competences).where(eq(competences.code, RETIRED_COMPETENCE_CODE));
    expect(retired?.retiredAt).not.toBeNull();
    expect(await first.db.$count(assessments, eq(assessments.competenceId, retired?.id ?? ''))).toBeGreaterThan(0);
    expect(await first.db.$count(roleRequirements, eq(roleRequirements.competenceId, retired?.id ?? ''))).toBe(0);

    const local = await first.db
      .select({ code: competences.code, company: companies.name })
      .from(competences)
      .innerJoin(companies, eq(companies.id, competences.companyId));
    expect(local.length).toBeGreaterThanOrEqual(2);
    expect(new Set(local.map((c) => c.company))).toEqual(new Set([DEMO_COMPANY_NAME]));
    const usedLocally = await first.db
      .select({ code: competences.code })
      .from(roleRequirements)
      .innerJoin(competences, eq(competences.id, roleRequirements.competenceId))
      .where(sql`${competences.companyId} is not null and ${competences.companyId} = ${roleRequirements.companyId}`);
    expect(usedLocally.length).toBeGreaterThan(0);
  });

  it('gives every employee of every firm a role, and every role a requirement profile', async () => {
    const roleless = await first.db
      .select({ id: employees.id })
      .from(employees)
      .where(sql`not exists (select 1 from ${employeeRoles} er where er.employee_id = ${employees.id})`);
    expect(roleless).toEqual([]);
    const mismatched = await first.db
      .select({ id: employees.id })
      .from(employees)
      .where(
        sql`not exists (select 1 from ${employeeRoles} er join ${jobRoles} r on r.id = er.role_id
                        where er.employee_id = ${employees.id} and r.name_sv = ${employees.jobTitle} and r.company_id = ${employees.companyId})`,
      );
    expect(mismatched).toEqual([]);
    const profiles = await rows<{ requirements: number }>(
      first.db,
      sql`select count(rr.role_id)::int as requirements from ${jobRoles} r left join ${roleRequirements} rr on rr.role_id = r.id group by r.id`,
    );
    expect(profiles.length).toBeGreaterThan(0);
    for (const p of profiles) expect(p.requirements).toBeGreaterThanOrEqual(4);
  });

  it('has a current level for most employees, with about a third of assessed requirements unmet', async () => {
    const [coverage] = await rows<{ assessed: number; total: number }>(
      first.db,
      sql`select (select count(distinct employee_id)::int from current_levels) as assessed, (select count(*)::int from employees) as total`,
    );
    expect(coverage?.assessed ?? 0).toBeGreaterThanOrEqual((coverage?.total ?? 0) * 0.8);
    const [gaps] = await rows<{ below: number; total: number }>(
      first.db,
      sql`with needs as (
            select er.employee_id, rr.competence_id, max(rr.required_level) as required
            from employee_roles er join role_requirements rr on rr.role_id = er.role_id group by 1, 2
          )
          select count(*) filter (where cl.level < n.required)::int as below, count(*)::int as total
          from needs n join current_levels cl using (employee_id, competence_id)`,
    );
    const share = (gaps?.below ?? 0) / (gaps?.total ?? 1);
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.45);
  });

  it('tells the story of Fyrisgjuteriet: a top gap, a single point of knowledge and retiring experts', async () => {
    const standings = await rows<Standing>(first.db, firmStandings(DEMO_STORY.companyName));
    const byCode = new Map<string, Standing[]>();
    for (const s of standings) byCode.set(s.code, [...(byCode.get(s.code) ?? []), s]);

    // The top gap: the largest importance-weighted shortfall of the firm.
    const weighted = [...byCode].map(([code, list]) => ({
      code,
      gap: list.reduce((sum, s) => sum + (s.level === null ? 0 : Math.max(0, s.required - s.level) * s.weight), 0),
    }));
    weighted.sort((a, b) => b.gap - a.gap);
    expect(weighted[0]?.code).toBe(DEMO_STORY.topGapCompetence);
    expect(weighted[0]?.gap ?? 0).toBeGreaterThan((weighted[1]?.gap ?? 0) * 1.5);

    // Holders: anyone at or above the firm's highest required level of a competence some role needs critically.
    const holdersOf = (code: string) => {
      const list = byCode.get(code) ?? [];
      const top = Math.max(...list.map((s) => s.required));
      return list.filter((s) => s.level !== null && s.level >= top);
    };
    const critical = [...byCode].filter(([, list]) => list.some((s) => s.weight === 3)).map(([code]) => code);
    expect(critical).toContain(DEMO_STORY.singleExpertCompetence);
    const experts = holdersOf(DEMO_STORY.singleExpertCompetence);
    expect(experts).toHaveLength(1);
    expect(experts[0]?.birth_year).toBe(DEMO_STORY.cncExpertBirthYear);
    expect((byCode.get(DEMO_STORY.singleExpertCompetence) ?? []).length).toBeGreaterThanOrEqual(5);

    const retiring = new Set(critical.flatMap((code) => holdersOf(code).filter((s) => (s.birth_year ?? 9999) <= 1962).map((s) => s.employee_id)));
    expect(retiring.size).toBeGreaterThanOrEqual(2);
  });

  it('gives the demo employee roles, requirements and an assessment history', async () => {
    const [me] = await first.db.select({ id: employees.id }).from(employees).where(eq(employees.email, DEMO_LOGINS.EMPLOYEE));
    const requirements = await first.db
      .select({ code: competences.code })
      .from(employeeRoles)
      .innerJoin(roleRequirements, eq(roleRequirements.roleId, employeeRoles.roleId))
      .innerJoin(competences, eq(competences.id, roleRequirements.competenceId))
      .where(eq(employeeRoles.employeeId, me?.id ?? ''));
    expect(requirements.length).toBeGreaterThanOrEqual(4);
    const history = await first.db
      .select({ source: assessments.source, assessedOn: assessments.assessedOn })
      .from(assessments)
      .where(eq(assessments.employeeId, me?.id ?? ''));
    expect(new Set(history.map((a) => a.assessedOn)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(history.map((a) => a.source))).toEqual(new Set(['SELF', 'MANAGER']));
  });

  it("has the demo firm's manager assessments signed by its HR login, and nobody's elsewhere", async () => {
    const signers = await rows<{ company: string; signer: string | null }>(
      first.db,
      sql`select distinct co.name as company, u.email as signer
          from assessments a join companies co on co.id = a.company_id left join users u on u.id = a.assessed_by_user_id
          where a.source = 'MANAGER'`,
    );
    expect(signers.filter((s) => s.company === DEMO_COMPANY_NAME).map((s) => s.signer)).toEqual([DEMO_LOGINS.COMPANY_ADMIN]);
    expect(signers.filter((s) => s.company !== DEMO_COMPANY_NAME && s.signer !== null)).toEqual([]);
  });

  it('has certificates expiring within 90 days at the demo firm, and some already lapsed', async () => {
    const [demo] = await first.db.select({ id: companies.id }).from(companies).where(eq(companies.name, DEMO_COMPANY_NAME));
    const soon = await first.db
      .select({ name: certificates.name })
      .from(certificates)
      .where(
        and(
          eq(certificates.companyId, demo?.id ?? ''),
          sql`${certificates.expiresOn} > ${REFERENCE_DATE}::date and ${certificates.expiresOn} <= ${REFERENCE_DATE}::date + 90`,
        ),
      );
    expect(soon.length).toBeGreaterThanOrEqual(3);
    expect(await first.db.$count(certificates, sql`${certificates.expiresOn} <= ${REFERENCE_DATE}::date`)).toBeGreaterThan(0);
  });

  it('gives the Uppsala firms and the Sörmland demo firm supply plans owned by their own people', async () => {
    const items = await first.db
      .select({ company: companies.name, decision: supplyPlanItems.decision, status: supplyPlanItems.status, dueDate: supplyPlanItems.dueDate, ownerCompanyId: employees.companyId, companyId: supplyPlanItems.companyId, note: supplyPlanItems.note })
      .from(supplyPlanItems)
      .innerJoin(companies, eq(companies.id, supplyPlanItems.companyId))
      .innerJoin(employees, eq(employees.id, supplyPlanItems.ownerEmployeeId))
      // The recruitment story's shared RECRUIT lines (recruitment.ts) come on top of each firm's own plan.
      .where(sql`${supplyPlanItems.note} not like '%underlag till Teknikcollege'`);
    const firms = new Set(items.map((i) => i.company));
    expect(firms).toContain(DEMO_COMPANY_NAME);
    expect(firms).toContain(DEMO_SORMLAND_COMPANY_NAME);
    expect(firms.size).toBeGreaterThanOrEqual(5);
    for (const firm of firms) {
      const count = items.filter((i) => i.company === firm).length;
      expect(count, firm).toBeGreaterThanOrEqual(2);
      expect(count, firm).toBeLessThanOrEqual(5);
    }
    expect(new Set(items.map((i) => i.decision))).toEqual(new Set(['DEVELOP', 'RECRUIT', 'ACCEPT']));
    expect(new Set(items.map((i) => i.status)).size).toBeGreaterThanOrEqual(2);
    for (const item of items) {
      expect(item.ownerCompanyId).toBe(item.companyId);
      expect(item.dueDate?.slice(0, 4)).toMatch(/^202[67]$/);
    }
  });

  it('refuses to update or delete an assessment: history is append-only', async () => {
    const [row] = await first.db.select({ id: assessments.id, level: assessments.level }).from(assessments).limit(1);
    const id = row?.id ?? '';
    const update = await failure(first.db.update(assessments).set({ level: 1 }).where(eq(assessments.id, id)));
    expect(update?.message).toMatch(/append-only/);
    const removal = await failure(first.db.delete(assessments).where(eq(assessments.id, id)));
    expect(removal?.message).toMatch(/append-only/);
    const [after] = await first.db.select({ level: assessments.level }).from(assessments).where(eq(assessments.id, id));
    expect(after?.level).toBe(row?.level);
  });
});

/** Seat-holding statuses, as @smartkompetens/domain counts them. */
const SEAT_HOLDING = sql.raw(`('CONFIRMED', 'OFFERED', 'ATTENDED', 'COMPLETED', 'NO_SHOW')`);

function catalogueList(db: Database) {
  return rows<{ title: string; starts_on: string | null; email: string | null; status: string | null }>(
    db,
    sql`select c.title_sv as title, o.starts_on::text as starts_on, e.email, en.status::text as status
        from courses c
        left join occasions o on o.course_id = c.id
        left join enrolments en on en.occasion_id = o.id
        left join employees e on e.id = en.employee_id
        order by c.title_sv collate "C", o.starts_on, e.email collate "C", en.status`,
  );
}

describe('seedDemo: training catalogue', () => {
  it('publishes about sixty courses from at least five providers, each developing one to three competences', async () => {
    const list = await rows<{ title: string; provider: string; competences: number; min_target: number; max_target: number }>(
      first.db,
      sql`select c.title_sv as title, p.name as provider, count(cc.competence_id)::int as competences,
                 min(cc.target_level)::int as min_target, max(cc.target_level)::int as max_target
          from courses c join providers p on p.id = c.provider_id left join course_competences cc on cc.course_id = c.id
          group by c.id, p.name`,
    );
    expect(list.length).toBeGreaterThanOrEqual(55);
    expect(list.length).toBeLessThanOrEqual(65);
    expect(new Set(list.map((c) => c.title)).size).toBe(list.length);
    expect(new Set(list.map((c) => c.provider)).size).toBeGreaterThanOrEqual(5);
    const partner = list.filter((c) => c.provider === PARTNER_PROVIDER_NAME).length;
    expect(partner).toBeGreaterThanOrEqual(13);
    expect(partner).toBeLessThanOrEqual(17);
    for (const course of list) {
      expect(course.competences, course.title).toBeGreaterThanOrEqual(1);
      expect(course.competences, course.title).toBeLessThanOrEqual(3);
      expect(course.min_target, course.title).toBeGreaterThanOrEqual(2);
      expect(course.max_target, course.title).toBeLessThanOrEqual(5);
    }
  });

  it("prices courses in öre within the programme's ranges, with English text for most and two retired", async () => {
    const list = await first.db
      .select({ titleEn: courses.titleEn, audience: courses.audience, format: courses.format, hours: courses.lengthHours, perParticipant: courses.pricePerParticipant, perOccasion: courses.pricePerOccasion, retiredAt: courses.retiredAt })
      .from(courses);
    for (const c of list) {
      expect(c.hours).toBeGreaterThanOrEqual(4);
      expect(c.hours).toBeLessThanOrEqual(80);
      expect(c.perParticipant).toBeGreaterThanOrEqual(250_000n);
      expect(c.perParticipant).toBeLessThanOrEqual(2_500_000n);
      if (c.perOccasion !== null) {
        expect(c.format).toBe('ON_SITE');
        expect(c.perOccasion).toBeGreaterThanOrEqual(4_000_000n);
        expect(c.perOccasion).toBeLessThanOrEqual(15_000_000n);
      }
    }
    expect(list.filter((c) => c.titleEn !== null).length).toBeGreaterThan(list.length * 0.8);
    expect(list.filter((c) => c.retiredAt !== null)).toHaveLength(2);
    expect(new Set(list.map((c) => c.format))).toEqual(new Set(['CLASSROOM', 'ON_SITE', 'ONLINE', 'BLENDED']));
    expect(new Set(list.map((c) => c.audience))).toEqual(new Set(['STAFF', 'MANAGEMENT', 'BOTH']));
  });

  it('finds welding courses by Swedish full-text search, whatever the word form', async () => {
    const [prefix] = await rows<{ n: number }>(first.db, sql`select count(*)::int as n from courses where search @@ to_tsquery('swedish', 'svets:*')`);
    expect(prefix?.n ?? 0).toBeGreaterThanOrEqual(2);
    const [welder] = await rows<{ n: number }>(first.db, sql`select count(*)::int as n from courses where search @@ to_tsquery('swedish', 'svetsare')`);
    expect(welder?.n ?? 0).toBeGreaterThanOrEqual(1);
  });

  it('schedules occasions in the catalogue period: held in the past, open or planned ahead, never for a retired course', async () => {
    const list = await rows<{
      starts_on: string; ends_on: string; deadline: string; status: string; seats: number; online: boolean;
      region_code: string | null; same_provider: boolean; retired: boolean; per_course: number;
    }>(
      first.db,
      sql`select o.starts_on::text, o.ends_on::text, o.registration_deadline::text as deadline, o.status::text, o.seats, o.online,
                 o.region_code, o.provider_id = c.provider_id as same_provider, c.retired_at is not null as retired,
                 count(*) over (partition by o.course_id)::int as per_course
          from occasions o join courses c on c.id = o.course_id`,
    );
    expect(list.length).toBeGreaterThanOrEqual(100);
    for (const o of list) {
      expect(o.starts_on >= '2026-09-01' && o.ends_on <= '2027-12-31').toBe(true);
      expect(o.deadline <= o.starts_on && o.starts_on <= o.ends_on).toBe(true);
      expect(o.seats).toBeGreaterThanOrEqual(8);
      expect(o.seats).toBeLessThanOrEqual(20);
      expect(o.online || o.region_code !== null).toBe(true);
      expect(o.same_provider).toBe(true);
      expect(o.retired).toBe(false);
      expect(o.per_course).toBeLessThanOrEqual(4);
      if (o.ends_on < CATALOGUE_DATE) expect(['HELD', 'CANCELLED']).toContain(o.status);
      else expect(['OPEN', 'PLANNED', 'FULL']).toContain(o.status);
      if (o.starts_on >= CATALOGUE_DATE) expect(o.deadline >= CATALOGUE_DATE).toBe(true);
    }
    expect(list.filter((o) => o.status === 'FULL').length).toBeGreaterThanOrEqual(2);
    expect(list.filter((o) => o.status === 'CANCELLED').length).toBeGreaterThan(0);
    expect(list.filter((o) => o.online).length).toBeGreaterThan(0);
  });

  it('never seats more people than an occasion has seats, and fills every seat of a full one', async () => {
    const list = await rows<{ status: string; seats: number; holding: number; waiting: number }>(
      first.db,
      sql`select o.status::text, o.seats,
                 count(e.id) filter (where e.status in ${SEAT_HOLDING})::int as holding,
                 count(e.id) filter (where e.status = 'WAITLISTED')::int as waiting
          from occasions o left join enrolments e on e.occasion_id = o.id group by o.id`,
    );
    for (const o of list) expect(o.holding).toBeLessThanOrEqual(o.seats);
    const full = list.filter((o) => o.status === 'FULL');
    expect(full.length).toBeGreaterThanOrEqual(2);
    for (const o of full) {
      expect(o.holding).toBe(o.seats);
      expect(o.waiting).toBeGreaterThan(0);
    }
    for (const o of list.filter((o) => o.status !== 'FULL')) expect(o.waiting).toBe(0);
  });

  it("enrols each person through their own firm, once per occasion, with statuses that fit the occasion's time", async () => {
    const list = await rows<{
      status: string; same_company: boolean; past: boolean; occasion_status: string; cancelled_at: string | null; waitlisted_at: string | null; region_code: string;
    }>(
      first.db,
      sql`select e.status::text, em.company_id = e.company_id as same_company, o.ends_on < ${CATALOGUE_DATE}::date as past,
                 o.status::text as occasion_status, e.cancelled_at::text, e.waitlisted_at::text, co.region_code
          from enrolments e join employees em on em.id = e.employee_id join occasions o on o.id = e.occasion_id
          join companies co on co.id = e.company_id`,
    );
    expect(list.length).toBeGreaterThanOrEqual(350);
    expect(list.length).toBeLessThanOrEqual(450);
    expect(list.filter((e) => e.region_code === '03').length).toBeGreaterThan(list.length / 2);
    for (const e of list) {
      expect(e.same_company).toBe(true);
      expect(e.cancelled_at !== null).toBe(e.status === 'CANCELLED');
      expect(e.waitlisted_at !== null).toBe(e.status === 'WAITLISTED' || e.status === 'OFFERED');
      if (e.past) expect(['ATTENDED', 'COMPLETED', 'NO_SHOW', 'CANCELLED']).toContain(e.status);
      else expect(['REQUESTED', 'CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED']).toContain(e.status);
      if (e.occasion_status === 'CANCELLED') expect(e.status).toBe('CANCELLED');
    }
    const counts = new Map<string, number>();
    for (const e of list) counts.set(e.status, (counts.get(e.status) ?? 0) + 1);
    for (const status of ['REQUESTED', 'CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED', 'ATTENDED', 'COMPLETED', 'NO_SHOW']) {
      expect(counts.get(status) ?? 0, status).toBeGreaterThan(0);
    }
    expect(counts.get('COMPLETED') ?? 0).toBeGreaterThan((counts.get('ATTENDED') ?? 0) + (counts.get('NO_SHOW') ?? 0));

    const [duplicates] = await rows<{ n: number }>(
      first.db,
      sql`select count(*)::int as n from (select 1 from enrolments where status <> 'CANCELLED' group by occasion_id, employee_id having count(*) > 1) d`,
    );
    expect(duplicates?.n).toBe(0);
  });

  it("enrols people on courses for competences their roles require, mostly where they have a gap", async () => {
    const [fit] = await rows<{ total: number; required: number; gap: number }>(
      first.db,
      sql`with needs as (
            select er.employee_id, rr.competence_id, max(rr.required_level) as required
            from employee_roles er join role_requirements rr on rr.role_id = er.role_id group by 1, 2
          ),
          per_enrolment as (
            select e.id,
                   bool_or(n.employee_id is not null) as required,
                   bool_or(cl.level < n.required and cl.level < cc.target_level) as gap
            from enrolments e
            join occasions o on o.id = e.occasion_id
            join course_competences cc on cc.course_id = o.course_id
            left join needs n on n.employee_id = e.employee_id and n.competence_id = cc.competence_id
            left join current_levels cl on cl.employee_id = e.employee_id and cl.competence_id = cc.competence_id
            group by e.id
          )
          select count(*)::int as total, count(*) filter (where required)::int as required, count(*) filter (where gap)::int as gap from per_enrolment`,
    );
    expect(fit?.required).toBe(fit?.total);
    expect(fit?.gap ?? 0).toBeGreaterThan((fit?.total ?? 0) / 2);
  });

  it('waits in the order people joined the waiting list', async () => {
    const list = await rows<{ occasion_id: string; waitlisted_at: string; status: string }>(
      first.db,
      sql`select occasion_id, waitlisted_at::text, status::text from enrolments where waitlisted_at is not null order by occasion_id, waitlisted_at`,
    );
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(new Set(list.map((e) => e.waitlisted_at)).size).toBe(list.length);
    // An offered seat goes to whoever has waited longest.
    for (const offered of list.filter((e) => e.status === 'OFFERED')) {
      expect(list.find((e) => e.occasion_id === offered.occasion_id)).toBe(offered);
    }
  });

  it('has evaluations for about seventy per cent of completed enrolments, mostly rated three to five', async () => {
    const [stats] = await rows<{ completed: number; evaluated: number; low: number; commented: number; wrong_status: number }>(
      first.db,
      sql`select (select count(*)::int from enrolments where status = 'COMPLETED') as completed,
                 count(*)::int as evaluated,
                 count(*) filter (where v.rating < 3)::int as low,
                 count(*) filter (where v.comment is not null)::int as commented,
                 count(*) filter (where e.status <> 'COMPLETED')::int as wrong_status
          from evaluations v join enrolments e on e.id = v.enrolment_id`,
    );
    const share = (stats?.evaluated ?? 0) / (stats?.completed ?? 1);
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.85);
    expect(stats?.low ?? 0).toBeLessThan((stats?.evaluated ?? 0) * 0.2);
    expect(stats?.commented ?? 0).toBeGreaterThan(0);
    expect(stats?.wrong_status).toBe(0);
  });

  it('gives the demo employee one completed course and one confirmed course ahead', async () => {
    const list = await rows<{ title: string; starts_on: string; status: string }>(
      first.db,
      sql`select c.title_sv as title, o.starts_on::text, en.status::text
          from enrolments en join employees e on e.id = en.employee_id
          join occasions o on o.id = en.occasion_id join courses c on c.id = o.course_id
          where e.email = ${DEMO_LOGINS.EMPLOYEE} order by o.starts_on`,
    );
    const { completed, confirmed } = CATALOGUE_STORY.demoEmployee;
    expect(list).toEqual([
      { title: completed.course, starts_on: completed.startsOn, status: 'COMPLETED' },
      { title: confirmed.course, starts_on: confirmed.startsOn, status: 'CONFIRMED' },
    ]);
    expect(confirmed.startsOn > CATALOGUE_DATE).toBe(true);
  });

  it("offers courses for Fyrisgjuteriet's top gap and CNC gap, and keeps its people waiting for the full casting course", async () => {
    const targets = await rows<{ title: string; code: string }>(
      first.db,
      sql`select c.title_sv as title, k.code from courses c join course_competences cc on cc.course_id = c.id join competences k on k.id = cc.competence_id
          where c.title_sv in (${CATALOGUE_STORY.castingCourse}, ${CATALOGUE_STORY.cncCourse})`,
    );
    expect(targets).toContainEqual({ title: CATALOGUE_STORY.castingCourse, code: DEMO_STORY.topGapCompetence });
    expect(targets).toContainEqual({ title: CATALOGUE_STORY.cncCourse, code: DEMO_STORY.singleExpertCompetence });

    const full = await rows<{ title: string; starts_on: string; status: string; company: string }>(
      first.db,
      sql`select c.title_sv as title, o.starts_on::text, o.status::text, co.name as company
          from occasions o join courses c on c.id = o.course_id
          join enrolments e on e.occasion_id = o.id and e.status = 'WAITLISTED' join companies co on co.id = e.company_id
          where o.status = 'FULL'`,
    );
    for (const story of CATALOGUE_STORY.fullOccasions) {
      expect(full.some((f) => f.title === story.course && f.starts_on === story.startsOn)).toBe(true);
    }
    const castingWaiting = full.filter((f) => f.title === CATALOGUE_STORY.castingCourse).map((f) => f.company);
    expect(castingWaiting.length).toBeGreaterThan(0);
    expect(new Set(castingWaiting)).toEqual(new Set([DEMO_COMPANY_NAME]));

    const [tailored] = await rows<{ company: string; outsiders: number }>(
      first.db,
      sql`select co.name as company, count(e.id) filter (where e.company_id <> o.tailored_for_company_id)::int as outsiders
          from occasions o join courses c on c.id = o.course_id join companies co on co.id = o.tailored_for_company_id
          left join enrolments e on e.occasion_id = o.id
          where c.title_sv = ${CATALOGUE_STORY.tailoredOccasion.course} and o.starts_on = ${CATALOGUE_STORY.tailoredOccasion.startsOn}
          group by co.name`,
    );
    expect(tailored).toEqual({ company: DEMO_COMPANY_NAME, outsiders: 0 });
  });

  it('leaves unmet demand in Uppsala: gaps with no course, or no occasion in the next six months', async () => {
    const list = await rows<{ code: string; uppsala_gaps: number; soon: number; top_target: number | null }>(
      first.db,
      sql`with needs as (
            select er.employee_id, rr.competence_id, max(rr.required_level) as required
            from employee_roles er join role_requirements rr on rr.role_id = er.role_id group by 1, 2
          )
          select k.code,
                 (select count(*)::int from needs n join employees e on e.id = n.employee_id
                    join companies co on co.id = e.company_id and co.region_code = '03'
                    join current_levels cl on cl.employee_id = n.employee_id and cl.competence_id = n.competence_id
                   where n.competence_id = k.id and cl.level < n.required) as uppsala_gaps,
                 (select count(*)::int from course_competences cc join courses c on c.id = cc.course_id and c.retired_at is null
                    join occasions o on o.course_id = c.id and o.status <> 'CANCELLED'
                   where cc.competence_id = k.id and o.starts_on >= ${CATALOGUE_DATE}::date and o.starts_on < ${CATALOGUE_DATE}::date + interval '6 months') as soon,
                 (select max(cc.target_level)::int from course_competences cc where cc.competence_id = k.id) as top_target
          from competences k where k.company_id is null and k.retired_at is null`,
    );
    const byCode = new Map(list.map((c) => [c.code, c]));
    for (const code of CATALOGUE_STORY.unmetInUppsala) {
      expect(byCode.get(code)?.uppsala_gaps ?? 0, code).toBeGreaterThan(0);
      expect(byCode.get(code)?.soon, code).toBe(0);
    }
    // Every other competence with a gap in Uppsala can be trained for soon.
    const unmet = list.filter((c) => c.uppsala_gaps > 0 && c.soon === 0).map((c) => c.code);
    expect(new Set(unmet)).toEqual(new Set(CATALOGUE_STORY.unmetInUppsala));

    const { competence, highestTarget } = CATALOGUE_STORY.basicOnly;
    expect(byCode.get(competence)?.top_target).toBe(highestTarget);
    const [advanced] = await rows<{ n: number }>(
      first.db,
      sql`select count(*)::int as n from role_requirements rr join competences k on k.id = rr.competence_id
          where k.code = ${competence} and rr.required_level > ${highestTarget}`,
    );
    expect(advanced?.n ?? 0).toBeGreaterThan(0);
  });

  it("has Fyrisgjuteriet's open request and Region Uppsala's offered one for a gap three firms share", async () => {
    const requests = await rows<{ company: string | null; region_code: string; codes: string[]; participants: number; wanted_from: string; wanted_to: string; status: string; offers: number }>(
      first.db,
      sql`select co.name as company, r.region_code, array(select k.code from competences k where k.id = any(r.competence_ids) order by k.code) as codes,
                 r.participants, r.wanted_from::text, r.wanted_to::text, r.status::text,
                 (select count(*)::int from course_offers f where f.request_id = r.id) as offers
          from course_requests r left join companies co on co.id = r.company_id order by r.status`,
    );
    const { firmRequest, regionRequest } = CATALOGUE_STORY;
    expect(requests).toEqual([
      {
        company: DEMO_COMPANY_NAME,
        region_code: '03',
        codes: [firmRequest.competence],
        participants: firmRequest.participants,
        wanted_from: firmRequest.wantedFrom,
        wanted_to: firmRequest.wantedTo,
        status: 'OPEN',
        offers: 0,
      },
      {
        company: null,
        region_code: '03',
        codes: [regionRequest.competence],
        participants: regionRequest.participants,
        wanted_from: regionRequest.wantedFrom,
        wanted_to: regionRequest.wantedTo,
        status: 'OFFERED',
        offers: 1,
      },
    ]);

    const [offer] = await rows<{ provider: string; course: string; course_provider: string; price: string; starts_on: string }>(
      first.db,
      sql`select p.name as provider, c.title_sv as course, cp.name as course_provider, f.price::text, f.starts_on::text
          from course_offers f join providers p on p.id = f.provider_id join courses c on c.id = f.course_id join providers cp on cp.id = c.provider_id`,
    );
    expect(offer).toMatchObject({ provider: PARTNER_PROVIDER_NAME, course: regionRequest.offer.course, course_provider: PARTNER_PROVIDER_NAME });
    expect(BigInt(offer?.price ?? '0')).toBe(BigInt(regionRequest.offer.priceKr) * 100n);
    expect((offer?.starts_on ?? '') >= regionRequest.wantedFrom && (offer?.starts_on ?? '') <= regionRequest.wantedTo).toBe(true);

    const withGap = await rows<{ company: string }>(
      first.db,
      sql`select distinct co.name as company from employee_roles er join role_requirements rr on rr.role_id = er.role_id
          join competences k on k.id = rr.competence_id and k.code = ${regionRequest.competence}
          join current_levels cl on cl.employee_id = er.employee_id and cl.competence_id = rr.competence_id
          join companies co on co.id = er.company_id and co.region_code = '03'
          where cl.level < rr.required_level`,
    );
    for (const firm of regionRequest.firms) expect(withGap.map((g) => g.company)).toContain(firm);
  });

  it('produces the same catalogue, occasions and enrolments in two fresh databases', async () => {
    const list = await catalogueList(first.db);
    expect(list.length).toBeGreaterThan(300);
    expect(await catalogueList(second.db)).toEqual(list);
  });
});

describe('demo budgets and ledger', () => {
  it('gives the programme, every county and every firm a budget for the project phase', async () => {
    const found = await rows<{ level: string; n: number }>(first.db, sql`select level::text, count(*)::int as n from budgets where period_start = ${BUDGET_PERIOD.start} and period_end = ${BUDGET_PERIOD.end} group by 1 order by 1`);
    expect(found).toEqual([
      { level: 'COMPANY', n: summary.counts.companies },
      { level: 'PROGRAMME', n: 1 },
      { level: 'REGION', n: programmeRegions.length },
    ]);
  });

  it('commits the fee and participant time of exactly the seats held, on the occasion’s start', async () => {
    const mismatches = await rows<{ id: string }>(
      first.db,
      sql`select en.id from enrolments en join occasions o on o.id = en.occasion_id join courses c on c.id = o.course_id join employees e on e.id = en.employee_id
          where en.status in ('CONFIRMED', 'ATTENDED', 'COMPLETED', 'NO_SHOW')
            and coalesce((select sum(amount) from ledger_entries x where x.enrolment_id = en.id and x.kind = 'COMMITMENT' and x.occurred_on = o.starts_on), 0)
                <> coalesce(c.price_per_participant, 0) + c.length_hours * e.hourly_cost`,
    );
    expect(mismatches).toEqual([]);
    const stray = await rows<{ id: string }>(
      first.db,
      sql`select x.id from ledger_entries x join enrolments en on en.id = x.enrolment_id where en.status not in ('CONFIRMED', 'ATTENDED', 'COMPLETED', 'NO_SHOW')`,
    );
    expect(stray).toEqual([]);
  });

  it('books every attestation once on its firm’s participant-time line, and locks the reported months', async () => {
    const [check] = await rows<{ attested: string; booked: string; unlinked: number; locks: number; companies: number }>(
      first.db,
      sql`select (select sum(value) from participant_time)::text as attested,
            (select sum(e.amount) from ledger_entries e join budget_lines l on l.id = e.budget_line_id where l.category = 'PARTICIPANT_TIME' and e.kind = 'ACTUAL')::text as booked,
            (select count(*) from participant_time t left join ledger_entries e on e.id = t.ledger_entry_id where e.participant_time_id is distinct from t.id)::int as unlinked,
            (select count(*) from participant_time_locks)::int as locks,
            (select count(*) from companies)::int as companies`,
    );
    expect(BigInt(check!.attested)).toBeGreaterThan(0n);
    expect(check!.booked).toBe(check!.attested);
    expect(check!.unlinked).toBe(0);
    expect(check!.locks).toBe(check!.companies * REPORTED_MONTHS.length);
  });

  it('leaves the demo firm little room on course fees, and a request for an override waiting', async () => {
    const [demo] = await rows<{ amount: string; committed: string; pending: number }>(
      first.db,
      sql`select l.amount::text, (select sum(amount) from ledger_entries e where e.budget_line_id = l.id and e.kind in ('COMMITMENT', 'RELEASE'))::text as committed,
            (select count(*) from budget_override_requests r where r.company_id = co.id and r.status = 'PENDING')::int as pending
          from budget_lines l join companies co on co.id = l.company_id where co.name = ${DEMO_COMPANY_NAME} and l.category = 'COURSE_FEES'`,
    );
    const room = BigInt(demo!.amount) - BigInt(demo!.committed);
    expect(room).toBeGreaterThan(0n);
    expect(room).toBeLessThanOrEqual(6_000_000n);
    expect(demo!.pending).toBe(1);
  });

  it('writes the ledger through the trigger that keeps each line’s monthly totals', async () => {
    const [check] = await rows<{ months: number; differ: number }>(
      first.db,
      sql`with raw as (
            select e.budget_line_id, date_trunc('month', e.occurred_on::timestamp)::date as month,
              coalesce(sum(e.amount) filter (where coalesce(r.kind, e.kind) in ('COMMITMENT', 'RELEASE')), 0) as committed,
              coalesce(sum(e.amount) filter (where coalesce(r.kind, e.kind) = 'ACTUAL'), 0) as actual
            from ledger_entries e left join ledger_entries r on r.id = e.reverses_entry_id group by 1, 2
          )
          select (select count(*) from raw)::int as months,
            (select count(*) from raw full join budget_line_totals t using (budget_line_id, month)
             where (raw.committed, raw.actual) is distinct from (t.committed::numeric, t.actual::numeric))::int as differ`,
    );
    expect(check!.months).toBeGreaterThan(100);
    expect(check!.differ).toBe(0);
  });

  it('produces the same ledger in two fresh databases', async () => {
    const ledger = (db: Database) =>
      rows<{ key: string }>(
        db,
        sql`select concat_ws('|', co.name, l.category, e.kind, e.amount, e.occurred_on, e.invoice_number) as key
            from ledger_entries e join budget_lines l on l.id = e.budget_line_id left join companies co on co.id = e.company_id order by 1`,
      );
    const list = await ledger(first.db);
    expect(list.length).toBeGreaterThan(500);
    expect(await ledger(second.db)).toEqual(list);
  });
});
