/** Closed sets about people and organisations, shared by database, API and SPA. */

/** Management team or staff: the programme trains both and reports them apart. */
export const employeeGroups = ['STAFF', 'MANAGEMENT'] as const;
export type EmployeeGroup = (typeof employeeGroups)[number];

/** Gender as the EU social fund's participant statistics count it. */
export const genders = ['WOMAN', 'MAN', 'NON_BINARY'] as const;
export type Gender = (typeof genders)[number];

/**
 * Education level in ISCED 2011 bands, as ESF participant statistics group them:
 * primary/lower secondary (0–2), upper secondary/post-secondary (3–4), tertiary (5–8).
 */
export const educationLevels = ['ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8'] as const;
export type EducationLevel = (typeof educationLevels)[number];

export const companySizes = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const;
export type CompanySize = (typeof companySizes)[number];

/** EU size classes by headcount: micro < 10, small < 50, medium < 250. */
export function companySizeFor(headcount: number): CompanySize {
  if (headcount < 10) return 'MICRO';
  if (headcount < 50) return 'SMALL';
  if (headcount < 250) return 'MEDIUM';
  return 'LARGE';
}

export const MIN_BIRTH_YEAR = 1940;

/** Hourly salary cost, social fees included, must be plausible: 0 < cost ≤ 10 000 kr/h. */
export const MAX_HOURLY_COST_ORE = 1_000_000n;
