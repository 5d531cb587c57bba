import type { EducationLevel } from '@smartkompetens/domain';

export interface JobProfile {
  costKr: readonly [number, number];
  education: readonly (readonly [EducationLevel, number])[];
}

/**
 * Pay and education by kind of job. Costs are kronor per hour with social fees included
 * (roughly 1.45 × the hourly wage), which is what participant time is valued at.
 */
const profiles = {
  operator: { costKr: [380, 520], education: [['ISCED_0_2', 18], ['ISCED_3_4', 76], ['ISCED_5_8', 6]] },
  skilled: { costKr: [430, 600], education: [['ISCED_0_2', 8], ['ISCED_3_4', 80], ['ISCED_5_8', 12]] },
  engineer: { costKr: [480, 650], education: [['ISCED_3_4', 45], ['ISCED_5_8', 55]] },
  supervisor: { costKr: [600, 740], education: [['ISCED_3_4', 75], ['ISCED_5_8', 25]] },
  manager: { costKr: [700, 950], education: [['ISCED_3_4', 35], ['ISCED_5_8', 65]] },
  chiefExecutive: { costKr: [950, 1100], education: [['ISCED_3_4', 40], ['ISCED_5_8', 60]] },
} as const satisfies Record<string, JobProfile>;

const profileByTitle: Record<string, JobProfile> = {
  'Verktygsmakare': profiles.skilled,
  'Underhållstekniker': profiles.skilled,
  'Elmontör': profiles.skilled,
  'Fordonselektriker': profiles.skilled,
  'Maskinställare': profiles.skilled,
  'Hydraulikmontör': profiles.skilled,
  'Testtekniker': profiles.skilled,
  'Konstruktör': profiles.engineer,
  'Produktionstekniker': profiles.engineer,
  'Kvalitetstekniker': profiles.engineer,
  'Produktionsplanerare': profiles.engineer,
  'Inköpare': profiles.engineer,
  'Gjuteritekniker': profiles.engineer,
  'Metallurg': profiles.engineer,
  'Laboratorietekniker': profiles.engineer,
  'Arbetsledare': profiles.supervisor,
  'Produktionschef': profiles.manager,
  'Ekonomichef': profiles.manager,
  'Kvalitetschef': profiles.manager,
  'HR-ansvarig': profiles.manager,
  'VD': profiles.chiefExecutive,
};

export function profileFor(title: string): JobProfile {
  return profileByTitle[title] ?? profiles.operator;
}

/** Staff roles found in every kind of plant, beside the trade's own shop-floor titles. */
export const commonStaffTitles = [
  ['Kvalitetstekniker', 3],
  ['Underhållstekniker', 3],
  ['Lagerarbetare', 3],
  ['Produktionstekniker', 2],
  ['Konstruktör', 2],
  ['Produktionsplanerare', 1],
  ['Inköpare', 1],
  ['Truckförare', 1],
] as const;

/**
 * A management team in the order a growing firm fills it: every firm has a VD; the larger
 * ones add a production manager, supervisors and functional heads, then more supervisors.
 */
export function managementTitles(count: number): string[] {
  const team = ['VD', 'Produktionschef', 'Arbetsledare', 'Ekonomichef', 'Kvalitetschef', 'HR-ansvarig'];
  while (team.length < count) team.push('Arbetsledare');
  return team.slice(0, count);
}
