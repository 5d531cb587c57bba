import type { EmployeeGroup, Gender } from '@smartkompetens/domain';
import type { employees } from '../schema/index.ts';
import type { CompanySeed } from './companies.ts';
import type { Industry } from './industries.ts';
import { commonStaffTitles, managementTitles, profileFor } from './job-titles.ts';
import { asciiSlug, lastNames, menFirstNames, womenFirstNames } from './names.ts';
import { Random } from './random.ts';

export type EmployeeDraft = Omit<typeof employees.$inferInsert, 'companyId'>;

/** Dates are relative to this day, never to "today", so every run seeds the same dates. */
export const REFERENCE_DATE = '2026-09-01';
const referenceTime = Date.parse(`${REFERENCE_DATE}T00:00:00Z`);
const referenceYear = Number(REFERENCE_DATE.slice(0, 4));
const DAY_MS = 86_400_000;

/** Manufacturing in the region is about a quarter women. */
const genderShares: readonly (readonly [Gender, number])[] = [
  ['MAN', 74],
  ['WOMAN', 25],
  ['NON_BINARY', 1],
];

/** The share of shop-floor titles that come from the trade rather than the common roles. */
const TRADE_TITLE_SHARE = 0.78;

export function demoEmployees(company: CompanySeed, seed: number): EmployeeDraft[] {
  const random = Random.forLabel(seed, company.row.name);
  const managementCount = Math.max(1, Math.round(company.employeeRows * (0.1 + random.next() * 0.05)));
  const titles = [
    ...managementTitles(managementCount),
    ...Array.from({ length: company.employeeRows - managementCount }, () => staffTitle(random, company.industry)),
  ];
  const emails = new Set<string>();
  return titles.map((title, index) =>
    person(random, title, index < managementCount ? 'MANAGEMENT' : 'STAFF', company.domain, emails),
  );
}

function staffTitle(random: Random, industry: Industry): string {
  return random.chance(TRADE_TITLE_SHARE) ? random.pick(industry.jobTitles) : random.weighted(commonStaffTitles);
}

function person(random: Random, jobTitle: string, group: EmployeeGroup, domain: string, emails: Set<string>): EmployeeDraft {
  const gender = random.weighted(genderShares);
  const firstName = random.pick(
    gender === 'WOMAN' || (gender === 'NON_BINARY' && random.chance(0.5)) ? womenFirstNames : menFirstNames,
  );
  const lastName = random.pick(lastNames);
  // Managers are rarely under 35; a few of everyone are close to retirement.
  const birthYear = group === 'MANAGEMENT' ? midBiased(random, 1960, 1990) : midBiased(random, 1960, 2004);
  const profile = profileFor(jobTitle);
  const [minKr, maxKr] = profile.costKr;
  const experience = Math.min(1, Math.max(0, (referenceYear - birthYear - 20) / 40));
  const costKr = Math.round(minKr + (maxKr - minKr) * (0.5 * random.next() + 0.5 * experience));

  return {
    firstName,
    lastName,
    email: uniqueEmail(`${asciiSlug(firstName)}.${asciiSlug(lastName)}`, domain, emails),
    jobTitle,
    group,
    employmentStart: employmentStart(random, birthYear),
    hourlyCost: BigInt(costKr) * 100n, // öre
    birthYear,
    gender,
    educationLevel: random.weighted(profile.education),
  };
}

/** A year in [min, max] that clusters around the middle, as ages in a workforce do. */
function midBiased(random: Random, min: number, max: number): number {
  return min + Math.round(((random.next() + random.next()) / 2) * (max - min));
}

/** Most employments are recent; long tenures thin out, and nobody starts before 18. */
function employmentStart(random: Random, birthYear: number): string {
  const earliest = Date.UTC(Math.max(birthYear + 18, 1985), 0, 1);
  const spanDays = Math.floor((referenceTime - earliest) / DAY_MS);
  const daysBefore = 1 + Math.floor(random.next() ** 1.5 * spanDays);
  return new Date(referenceTime - daysBefore * DAY_MS).toISOString().slice(0, 10);
}

/** `anna.karlsson@…`, then `anna.karlsson2@…` for the next Anna Karlsson of the firm. */
function uniqueEmail(localPart: string, domain: string, taken: Set<string>): string {
  let email = `${localPart}@${domain}`;
  for (let n = 2; taken.has(email); n++) email = `${localPart}${n}@${domain}`;
  taken.add(email);
  return email;
}
