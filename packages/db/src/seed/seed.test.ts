import { parseOrgNumber, programmeRegions } from '@smartkompetens/domain';
import { asc, eq } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../client.ts';
import { verifyPassword } from '../passwords.ts';
import { apiClients, companies, employees, memberships, providers, users } from '../schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing.ts';
import {
  DEMO_API_TOKEN,
  DEMO_COMPANY_NAME,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  DEMO_SORMLAND_ADMIN_EMAIL,
  DEMO_SORMLAND_COMPANY_NAME,
  PARTNER_PROVIDER_NAME,
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
