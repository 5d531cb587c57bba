import { hashPassword, schema, type Database } from '@smartkompetens/db';
import { DEMO_API_TOKEN, DEMO_LOGINS, DEMO_PASSWORD, DEMO_SORMLAND_ADMIN_EMAIL } from '@smartkompetens/db/seed';
import { createHash } from 'node:crypto';
import { withCheckDigit } from '@smartkompetens/domain';

/**
 * A small programme whose gaps are computed by hand in the tests (see the comments there):
 * two Uppsala firms, three competences, three roles, five people (one deactivated).
 */
export interface Fixture {
  companyA: string;
  companyB: string;
  competences: { cnc: string; welding: string; lean: string };
  roles: { operator: string; lead: string; fitter: string };
  people: { e1: string; e2: string; e3: string; e4: string; e5: string };
}

export async function insertFixture(db: Database): Promise<Fixture> {
  const { regions, companies, employees, competenceAreas, competences, jobRoles, roleRequirements, employeeRoles, assessments, users, memberships, providers } = schema;
  await db.insert(regions).values({ code: '03', name: 'Uppsala län', ownerName: 'Region Uppsala' });
  const [a, b] = await db
    .insert(companies)
    .values([
      { name: 'A Gjuteri AB', orgNumber: withCheckDigit('556000001'), sniCode: '24.530', industry: 'Gjutning av lättmetall', regionCode: '03', municipality: 'Uppsala', size: 'SMALL', employeeCount: 12 },
      { name: 'B Mekaniska AB', orgNumber: withCheckDigit('556000002'), sniCode: '25.620', industry: 'Metallegoarbeten', regionCode: '03', municipality: 'Enköping', size: 'MICRO', employeeCount: 3 },
    ])
    .returning();
  const [area] = await db.insert(competenceAreas).values({ code: 'production', nameSv: 'Produktion', nameEn: 'Production' }).returning();
  const [cnc, welding, lean] = await db
    .insert(competences)
    .values([
      { areaId: area!.id, code: 'cnc', nameSv: 'CNC-programmering', nameEn: 'CNC programming' },
      { areaId: area!.id, code: 'welding', nameSv: 'Svetsning', nameEn: 'Welding' },
      { areaId: area!.id, code: 'lean', nameSv: 'Lean', nameEn: 'Lean' },
    ])
    .returning();
  await db.insert(schema.levelDescriptors).values(
    [1, 2, 3, 4, 5].map((level) => ({ level, nameSv: `Nivå ${level}`, nameEn: `Level ${level}`, descriptionSv: '…', descriptionEn: '…' })),
  );
  // A's own local competence: visible within A and to its owners, not to firm B or providers.
  await db.insert(competences).values({ areaId: area!.id, companyId: a!.id, code: 'a-sand', nameSv: 'A:s formsand' });
  const [operator, lead, fitter] = await db
    .insert(jobRoles)
    .values([
      { companyId: a!.id, nameSv: 'Operatör' },
      { companyId: a!.id, nameSv: 'Lagledare', group: 'MANAGEMENT' },
      { companyId: b!.id, nameSv: 'Montör' },
    ])
    .returning();
  await db.insert(roleRequirements).values([
    { roleId: operator!.id, companyId: a!.id, competenceId: cnc!.id, requiredLevel: 4, importance: 'CRITICAL' },
    { roleId: operator!.id, companyId: a!.id, competenceId: welding!.id, requiredLevel: 3, importance: 'IMPORTANT' },
    { roleId: lead!.id, companyId: a!.id, competenceId: lean!.id, requiredLevel: 3, importance: 'USEFUL', futureLevel: 4, futureBy: '2027-12-31' },
    { roleId: lead!.id, companyId: a!.id, competenceId: cnc!.id, requiredLevel: 3, importance: 'IMPORTANT' },
    { roleId: fitter!.id, companyId: b!.id, competenceId: cnc!.id, requiredLevel: 2, importance: 'USEFUL' },
  ]);
  const person = (companyId: string, firstName: string, group: 'STAFF' | 'MANAGEMENT', birthYear: number, email: string | null = null) => ({
    companyId,
    firstName,
    lastName: 'Testsson',
    email,
    jobTitle: 'Operatör',
    group,
    employmentStart: '2020-01-01',
    hourlyCost: 45_000n,
    birthYear,
  });
  const [e1, e2, e3, e4, e5] = await db
    .insert(employees)
    .values([
      person(a!.id, 'Ett', 'STAFF', 1960, DEMO_LOGINS.EMPLOYEE),
      person(a!.id, 'Två', 'STAFF', 1961, 'tva@a.example'),
      person(a!.id, 'Tre', 'MANAGEMENT', 1980, 'tre@a.example'),
      { ...person(a!.id, 'Fyra', 'STAFF', 1990, 'fyra@a.example'), deactivatedAt: new Date('2026-01-01') },
      person(b!.id, 'Fem', 'STAFF', 1995, 'fem@b.example'),
    ])
    .returning();
  await db.insert(employeeRoles).values([
    { employeeId: e1!.id, roleId: operator!.id, companyId: a!.id },
    { employeeId: e2!.id, roleId: operator!.id, companyId: a!.id },
    { employeeId: e2!.id, roleId: lead!.id, companyId: a!.id },
    { employeeId: e3!.id, roleId: lead!.id, companyId: a!.id },
    { employeeId: e4!.id, roleId: operator!.id, companyId: a!.id },
    { employeeId: e5!.id, roleId: fitter!.id, companyId: b!.id },
  ]);
  const reading = (employee: typeof e1, competenceId: string, level: number, source: 'SELF' | 'MANAGER', assessedOn: string) => ({
    companyId: employee!.companyId,
    employeeId: employee!.id,
    competenceId,
    level,
    source,
    assessedOn,
  });
  await db.insert(assessments).values([
    reading(e1, cnc!.id, 2, 'MANAGER', '2026-01-10'),
    reading(e1, cnc!.id, 4, 'SELF', '2026-05-01'), // a newer self-assessment does not beat the manager's
    reading(e1, welding!.id, 3, 'SELF', '2026-02-01'),
    reading(e2, cnc!.id, 4, 'MANAGER', '2026-03-01'),
    reading(e2, lean!.id, 1, 'SELF', '2026-03-01'),
    reading(e3, lean!.id, 1, 'MANAGER', '2025-06-01'),
    reading(e3, lean!.id, 3, 'MANAGER', '2026-06-01'), // the later manager assessment wins
    reading(e3, cnc!.id, 1, 'SELF', '2026-06-01'),
    reading(e4, cnc!.id, 1, 'MANAGER', '2026-01-01'), // deactivated: not counted
    reading(e5, cnc!.id, 1, 'SELF', '2026-04-01'),
  ]);

  await db.insert(schema.supplyPlanItems).values({ companyId: a!.id, competenceId: cnc!.id, decision: 'DEVELOP', ownerEmployeeId: e3!.id, dueDate: '2027-06-30' });

  const [provider] = await db.insert(providers).values({ name: 'Test Provider', regionCode: '03' }).returning();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [admin, companyAdmin, employeeUser, providerUser, regionAdmin, otherAdmin] = await db
    .insert(users)
    .values([
      { email: DEMO_LOGINS.PROGRAMME_ADMIN, displayName: 'Admin', passwordHash },
      { email: DEMO_LOGINS.COMPANY_ADMIN, displayName: 'HR A', passwordHash },
      { email: DEMO_LOGINS.EMPLOYEE, displayName: 'Ett', passwordHash },
      { email: DEMO_LOGINS.PROVIDER, displayName: 'Provider', passwordHash },
      { email: DEMO_LOGINS.REGION_ADMIN, displayName: 'Region', passwordHash },
      { email: DEMO_SORMLAND_ADMIN_EMAIL, displayName: 'HR B', passwordHash },
    ])
    .returning();
  await db.insert(memberships).values([
    { userId: admin!.id, role: 'PROGRAMME_ADMIN' },
    { userId: companyAdmin!.id, role: 'COMPANY_ADMIN', companyId: a!.id },
    { userId: employeeUser!.id, role: 'EMPLOYEE', companyId: a!.id, employeeId: e1!.id },
    { userId: providerUser!.id, role: 'PROVIDER', providerId: provider!.id },
    { userId: regionAdmin!.id, role: 'REGION_ADMIN', regionCode: '03' },
    // "The other company's admin" of the shared test helper administers firm B here.
    { userId: otherAdmin!.id, role: 'COMPANY_ADMIN', companyId: b!.id },
  ]);
  await db.insert(schema.apiClients).values({
    name: 'Region Uppsala',
    tokenHash: createHash('sha256').update(DEMO_API_TOKEN).digest('hex'),
    tokenPrefix: DEMO_API_TOKEN.slice(0, 8),
    scopes: ['organisations:read', 'competence:read'],
    regionCode: '03',
  });

  return {
    companyA: a!.id,
    companyB: b!.id,
    competences: { cnc: cnc!.id, welding: welding!.id, lean: lean!.id },
    roles: { operator: operator!.id, lead: lead!.id, fitter: fitter!.id },
    people: { e1: e1!.id, e2: e2!.id, e3: e3!.id, e4: e4!.id, e5: e5!.id },
  };
}
