import { programmeRegions } from '@smartkompetens/domain';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../client.ts';
import { hashPassword } from '../passwords.ts';
import { apiClients, assessments, companies, competences, courses, employees, enrolments, memberships, occasions, providers, regions, users } from '../schema/index.ts';
import { DEMO_API_TOKEN, demoApiClient } from './api-client.ts';
import { inBatches } from './batches.ts';
import { insertBudgetData } from './budget.ts';
import { insertCatalogueData } from './catalogue.ts';
import { DEMO_COMPANY_NAME, demoCompanies } from './companies.ts';
import { insertCompetenceData } from './competence.ts';
import { demoEmployees } from './employees.ts';
import { demoProviders } from './providers.ts';
import { Random } from './random.ts';
import { insertRecruitmentData } from './recruitment.ts';
import type { SeededFirm } from './staff.ts';
import { castDemoStory } from './story.ts';
import { claimDemoEmployee, DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin, demoLogins, demoMemberships, demoUsers, idOf } from './users.ts';

export { DEMO_API_TOKEN } from './api-client.ts';
export { CATALOGUE_DATE, CATALOGUE_STORY } from './catalogue-story.ts';
export { DEMO_COMPANY_NAME, DEMO_SORMLAND_COMPANY_NAME } from './companies.ts';
export { BUDGET_PERIOD, REPORTED_MONTHS } from './budget.ts';
export { REFERENCE_DATE } from './employees.ts';
export { RETIRED_COMPETENCE_CODE } from './framework.ts';
export { PARTNER_PROVIDER_NAME } from './providers.ts';
export { DEMO_STORY } from './story.ts';
export { DEMO_LOGINS, DEMO_PASSWORD, DEMO_SORMLAND_ADMIN_EMAIL, type DemoLogin } from './users.ts';

export interface SeedSummary {
  /** True when the database already held data, so nothing was written. */
  skipped: boolean;
  /** What the database holds afterwards. */
  counts: {
    regions: number;
    companies: number;
    providers: number;
    employees: number;
    users: number;
    /** Programme-wide and local, retired ones included. */
    competences: number;
    assessments: number;
    /** Retired ones included. */
    courses: number;
    occasions: number;
    enrolments: number;
  };
  logins: readonly DemoLogin[];
  apiToken: string;
}

/** Changing it changes every generated name, number and date of the demo. */
const SEED = 20_260_901;
/** Any fixed number: the advisory lock that keeps two starting API instances from both seeding. */
const SEED_LOCK_KEY = 5_560_301;

/**
 * Fills an empty database with the demo programme, in one transaction. A database that already
 * has regions is left alone, so restarting the server keeps whatever people did in the demo.
 */
export async function seedDemo(db: Database): Promise<SeedSummary> {
  if (await hasData(db)) return summarise(db, true);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    if (await hasData(tx)) return false;
    await insertDemoData(tx, passwordHash);
    return true;
  });
  return summarise(db, !seeded);
}

async function insertDemoData(tx: Executor, passwordHash: string): Promise<void> {
  const random = new Random(SEED);
  const orgNumbers = new Set<string>();
  const providerRows = demoProviders(random, orgNumbers);
  const companySeeds = demoCompanies(random, orgNumbers);

  await tx.insert(regions).values(programmeRegions.map((r) => ({ code: r.code, name: r.name, ownerName: r.owner })));
  const providerIds = byName(await tx.insert(providers).values(providerRows).returning({ id: providers.id, name: providers.name }));
  const companyIds = byName(
    await tx.insert(companies).values(companySeeds.map((c) => c.row)).returning({ id: companies.id, name: companies.name }),
  );

  const drafted = companySeeds.map((seed) => {
    const companyId = idOf(companyIds, seed.row.name);
    return { seed, companyId, drafts: demoEmployees(seed, SEED).map((employee) => ({ ...employee, companyId })) };
  });
  const demoCompanyId = idOf(companyIds, DEMO_COMPANY_NAME);
  const demoStaff = drafted.find((firm) => firm.companyId === demoCompanyId)?.drafts ?? [];
  const demoEmployee = claimDemoEmployee(demoStaff);
  const cast = castDemoStory(demoStaff);
  const employeeRows = drafted.flatMap((firm) => firm.drafts);
  const inserted = await inBatches(employeeRows, (rows) =>
    tx.insert(employees).values(rows).returning({ id: employees.id, companyId: employees.companyId, email: employees.email }),
  );
  const employeeIds = new Map(inserted.flat().map((e) => [`${e.companyId}|${e.email ?? ''}`, e.id]));
  const firms: SeededFirm[] = drafted.map(({ seed, companyId, drafts }) => ({
    companyId,
    seed,
    people: drafts.map((draft) => {
      const email = draft.email ?? '';
      return { ...draft, email, id: idOf(employeeIds, `${companyId}|${email}`) };
    }),
  }));
  const demoEmployeeId = idOf(employeeIds, `${demoCompanyId}|${DEMO_LOGINS.EMPLOYEE}`);

  const refs = { companyIds, providerIds, employee: { id: demoEmployeeId, firstName: demoEmployee.firstName, lastName: demoEmployee.lastName } };
  const userRows = await tx.insert(users).values(demoUsers(refs, passwordHash)).returning({ id: users.id, email: users.email });
  const userIds = new Map(userRows.map((u) => [u.email, u.id]));
  await tx.insert(memberships).values(demoMemberships(refs, userIds));
  await tx.insert(apiClients).values(demoApiClient(idOf(userIds, DEMO_LOGINS.PROGRAMME_ADMIN)));
  await insertCompetenceData(tx, { seed: SEED, firms, demoCompanyId, cast, demoAssessorUserId: idOf(userIds, DEMO_LOGINS.COMPANY_ADMIN) });
  await insertCatalogueData(tx, {
    seed: SEED,
    firms,
    providerIds,
    demoCompanyId,
    demoEmployeeId,
    companyAdminUserId: idOf(userIds, DEMO_LOGINS.COMPANY_ADMIN),
    employeeUserId: idOf(userIds, DEMO_LOGINS.EMPLOYEE),
  });
  await insertBudgetData(tx, {
    demoCompanyId,
    companyAdminUserId: idOf(userIds, DEMO_LOGINS.COMPANY_ADMIN),
    regionAdminUserId: idOf(userIds, DEMO_LOGINS.REGION_ADMIN),
    programmeAdminUserId: idOf(userIds, DEMO_LOGINS.PROGRAMME_ADMIN),
  });
  await insertRecruitmentData(tx, { seed: SEED, firms });
}

async function hasData(db: Executor): Promise<boolean> {
  const rows = await db.select({ code: regions.code }).from(regions).limit(1);
  return rows.length > 0;
}

async function summarise(db: Database, skipped: boolean): Promise<SeedSummary> {
  const [regionCount, companyCount, providerCount, employeeCount, userCount, competenceCount, assessmentCount, courseCount, occasionCount, enrolmentCount] = await Promise.all([
    db.$count(regions),
    db.$count(companies),
    db.$count(providers),
    db.$count(employees),
    db.$count(users),
    db.$count(competences),
    db.$count(assessments),
    db.$count(courses),
    db.$count(occasions),
    db.$count(enrolments),
  ]);
  return {
    skipped,
    counts: {
      regions: regionCount,
      companies: companyCount,
      providers: providerCount,
      employees: employeeCount,
      users: userCount,
      competences: competenceCount,
      assessments: assessmentCount,
      courses: courseCount,
      occasions: occasionCount,
      enrolments: enrolmentCount,
    },
    logins: demoLogins,
    apiToken: DEMO_API_TOKEN,
  };
}

function byName(rows: readonly { id: string; name: string }[]): Map<string, string> {
  return new Map(rows.map((row) => [row.name, row.id]));
}
