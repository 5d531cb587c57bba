/**
 * The competence model's rules, shared by API and SPA: the 1–5 proficiency scale, how
 * important a requirement is, and what a gap weighs.
 */

export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;
export const levels = [1, 2, 3, 4, 5] as const;
export type Level = (typeof levels)[number];

export function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_LEVEL && value <= MAX_LEVEL;
}

/** How much a role needs a competence. */
export const importances = ['CRITICAL', 'IMPORTANT', 'USEFUL'] as const;
export type Importance = (typeof importances)[number];

/** A gap in a critical competence weighs three times one in a merely useful competence. */
export const importanceWeight: Record<Importance, number> = { CRITICAL: 3, IMPORTANT: 2, USEFUL: 1 };

/** Who assessed: the person themself, or their manager (whose word counts first). */
export const assessmentSources = ['SELF', 'MANAGER'] as const;
export type AssessmentSource = (typeof assessmentSources)[number];

/** How a firm decides to close a gap in its competence supply plan. */
export const supplyDecisions = ['DEVELOP', 'RECRUIT', 'ACCEPT'] as const;
export type SupplyDecision = (typeof supplyDecisions)[number];

export const supplyStatuses = ['PLANNED', 'IN_PROGRESS', 'DONE'] as const;
export type SupplyStatus = (typeof supplyStatuses)[number];

export interface LevelReading {
  level: number;
  source: AssessmentSource;
  assessedOn: string; // YYYY-MM-DD
  /** Tie-breaker for two readings on the same day: the later row wins. */
  recordedAt: number;
}

/**
 * A person's current level in a competence: the latest manager assessment, else the latest
 * self-assessment; null when never assessed. The `current_levels` table (kept by a trigger) does the same for
 * whole firms; this is the reference the tests hold it to.
 */
export function currentLevel(readings: readonly LevelReading[]): LevelReading | null {
  const pick = (source: AssessmentSource) =>
    readings
      .filter((r) => r.source === source)
      .reduce<LevelReading | null>(
        (latest, r) => (!latest || r.assessedOn > latest.assessedOn || (r.assessedOn === latest.assessedOn && r.recordedAt > latest.recordedAt) ? r : latest),
        null,
      );
  return pick('MANAGER') ?? pick('SELF');
}

/**
 * The gap of one person in one competence: required − current where positive. A competence
 * never assessed has no measured gap (null): it is reported as unassessed, not guessed.
 */
export function levelGap(required: number, current: number | null): number | null {
  if (current === null) return null;
  return Math.max(required - current, 0);
}

/** The gap weighted by how important the requirement is. */
export function weightedGap(required: number, current: number | null, importance: Importance): number | null {
  const gap = levelGap(required, current);
  return gap === null ? null : gap * importanceWeight[importance];
}

/**
 * Small-cell suppression for anonymised aggregates: a cell that covers fewer than 3 firms or
 * fewer than 5 people could identify them, so it is not shown.
 */
export const MIN_FIRMS_PER_CELL = 3;
export const MIN_PEOPLE_PER_CELL = 5;

export function isSuppressed(cell: { firms: number; people: number }): boolean {
  return cell.firms < MIN_FIRMS_PER_CELL || cell.people < MIN_PEOPLE_PER_CELL;
}
