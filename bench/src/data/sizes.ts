/**
 * Dataset sizes. `small` is the demo programme as seeded (about 70 firms) plus what the
 * benchmark needs that the demo lacks (budgets with a ledger, a firm for the contention test);
 * `large` is a national roll-out (issue 7); `tiny` exists for the generator's own test.
 * Totals include the demo programme, which every size starts from.
 */
export interface DatasetSize {
  name: 'tiny' | 'small' | 'large';
  /** Firms in total; the demo's firms count towards it. */
  firms: number;
  employees: number;
  /** Roughly: assessments follow from people's requirements, about 40 per person. */
  assessmentsPerPerson: number;
  courses: number;
  occasions: number;
  enrolments: number;
  ledgerEntries: number;
  /** People of the contention firm, whose admin the enrolment scenario signs in as. */
  contentionStaff: number;
}

export const sizes: Record<DatasetSize['name'], DatasetSize> = {
  tiny: { name: 'tiny', firms: 12, employees: 400, assessmentsPerPerson: 40, courses: 40, occasions: 160, enrolments: 800, ledgerEntries: 2_000, contentionStaff: 20 },
  small: { name: 'small', firms: 0, employees: 0, assessmentsPerPerson: 40, courses: 0, occasions: 0, enrolments: 0, ledgerEntries: 35_000, contentionStaff: 300 },
  large: {
    name: 'large',
    firms: 2_000,
    employees: 100_000,
    assessmentsPerPerson: 40,
    courses: 5_000,
    occasions: 20_000,
    enrolments: 200_000,
    ledgerEntries: 1_000_000,
    contentionStaff: 1_000,
  },
};

export function parseSize(value: string | undefined): DatasetSize {
  if (value === 'small' || value === 'large' || value === 'tiny') return sizes[value];
  throw new Error(`--size must be small or large, got "${value ?? ''}"`);
}
