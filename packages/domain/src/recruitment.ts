/**
 * Recruitment base and spreading the programme: closed sets, half-years, and the
 * anti-differencing suppression used by every published aggregate of people.
 */
import { isSuppressed } from './competence.ts';

/** Workplace-based learning places a firm offers: APL (upper secondary), LIA (higher vocational), summer jobs. */
export const placementKinds = ['APL', 'LIA', 'SUMMER_JOB'] as const;
export type PlacementKind = (typeof placementKinds)[number];

/** A firm's application to join the programme. */
export const joinApplicationStatuses = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type JoinApplicationStatus = (typeof joinApplicationStatuses)[number];

/** Where a recruitment need comes from: a RECRUIT line of the supply plan, or a retirement ahead. */
export const recruitmentSources = ['SUPPLY_PLAN', 'RETIREMENT'] as const;
export type RecruitmentSource = (typeof recruitmentSources)[number];

/** People are counted as retiring in the year they turn this age. */
export const RETIREMENT_AGE = 65;
/** How far ahead (years) retirements count as recruitment needs. */
export const RETIREMENT_HORIZON_YEARS = 5;

/** A half-year written `2027-H1` (January–June) or `2027-H2` (July–December). */
export type HalfYear = `${number}-H${1 | 2}`;

export function halfYearOf(isoDate: string): HalfYear {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return `${year}-H${month <= 6 ? 1 : 2}` as HalfYear;
}

export function isHalfYear(value: string): value is HalfYear {
  return /^\d{4}-H[12]$/.test(value);
}

/** The first day of a half-year, for date comparisons in SQL. */
export function halfYearStart(halfYear: HalfYear): string {
  const [year, half] = halfYear.split('-H');
  return `${year}-${half === '1' ? '01' : '07'}-01`;
}

export interface CountCell {
  firms: number;
  people: number;
}

/**
 * Primary and complementary suppression over a table of cells that belong to partitions whose
 * totals are (or can be) known: a cell under 3 firms or 5 people is withheld, and in any
 * partition where exactly one cell is withheld, the smallest other published cell is withheld
 * too — otherwise the withheld one is the partition's total minus the published ones. Repeats
 * until stable, since a cell belongs to every partition `partitionsOf` names.
 *
 * Returns, per input index, whether the cell is withheld.
 */
export function suppressWithComplements<T extends CountCell>(cells: readonly T[], partitionsOf: (cell: T) => string[]): boolean[] {
  const withheld = cells.map((c) => isSuppressed(c));
  const partitions = new Map<string, number[]>();
  cells.forEach((cell, index) => {
    for (const key of partitionsOf(cell)) {
      const list = partitions.get(key) ?? [];
      list.push(index);
      partitions.set(key, list);
    }
  });
  for (let changed = true; changed; ) {
    changed = false;
    for (const members of partitions.values()) {
      const hidden = members.filter((i) => withheld[i]);
      if (hidden.length !== 1 || members.length < 2) continue;
      // Withhold the smallest published cell of the partition: the least information lost.
      const candidates = members.filter((i) => !withheld[i]).sort((a, b) => cells[a]!.people - cells[b]!.people || a - b);
      if (!candidates.length) continue;
      withheld[candidates[0]!] = true;
      changed = true;
    }
  }
  return withheld;
}
