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
  employeeRoles,
  employees,
  jobRoles,
  levelDescriptors,
  memberships,
  providers,
  roleRequirements,
  supplyPlanItems,
  users,
} from '../schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing.ts';
import {
  DEMO_API_TOKEN,
  DEMO_COMPANY_NAME,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  DEMO_SORMLAND_ADMIN_EMAIL,
  DEMO_SORMLAND_COMPANY_NAME,
  DEMO_STORY,
  PARTNER_PROVIDER_NAME,
  REFERENCE_DATE,
  RETIRED_COMPETENCE_CODE,
  seedDemo,
  type SeedSummary,
} from './index.ts';

const DATABASE_SETUP_MS = 60_000;

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
      .select({ company: companies.name, decision: supplyPlanItems.decision, status: supplyPlanItems.status, dueDate: supplyPlanItems.dueDate, ownerCompanyId: employees.companyId, companyId: supplyPlanItems.companyId })
      .from(supplyPlanItems)
      .innerJoin(companies, eq(companies.id, supplyPlanItems.companyId))
      .innerJoin(employees, eq(employees.id, supplyPlanItems.ownerEmployeeId));
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
