import type { EmployeeGroup } from '@smartkompetens/domain';

/** One person's standing in one competence, as the skills matrix reports it. */
export interface StandingLike {
  competence: { id: string };
  requiredLevel: number;
  currentLevel: number | null;
  gap: number | null;
}

export interface MatrixRowLike<E extends { id: string; group: EmployeeGroup }> {
  employee: E;
  standings: readonly StandingLike[];
}

export interface CandidateStep {
  competenceId: string;
  currentLevel: number;
  requiredLevel: number;
  /** The level the course brings the person to: the course's target, at most what the role needs. */
  reaches: number;
}

export interface Candidate<E> {
  employee: E;
  steps: CandidateStep[];
  /** Gap levels the course would close for the person. */
  levelsClosed: number;
}

/**
 * Who in a firm needs a course: people with a gap in a competence the course develops to a
 * level above where they stand — the same rule the API ranks recommendations by. Most levels
 * closed first, then by name order as given.
 */
export function courseCandidates<E extends { id: string; group: EmployeeGroup }>(
  rows: readonly MatrixRowLike<E>[],
  courseCompetences: readonly { competence: { id: string }; targetLevel: number }[],
  filter: { group?: EmployeeGroup | null; employeeId?: string | null } = {},
): Candidate<E>[] {
  const targets = new Map(courseCompetences.map((c) => [c.competence.id, c.targetLevel]));
  const candidates: Candidate<E>[] = [];
  for (const row of rows) {
    if (filter.group && row.employee.group !== filter.group) continue;
    if (filter.employeeId && row.employee.id !== filter.employeeId) continue;
    const steps: CandidateStep[] = [];
    for (const standing of row.standings) {
      const target = targets.get(standing.competence.id);
      if (target === undefined || standing.currentLevel === null || !standing.gap || standing.gap <= 0) continue;
      const reaches = Math.min(target, standing.requiredLevel);
      if (reaches > standing.currentLevel) {
        steps.push({ competenceId: standing.competence.id, currentLevel: standing.currentLevel, requiredLevel: standing.requiredLevel, reaches });
      }
    }
    if (steps.length) candidates.push({ employee: row.employee, steps, levelsClosed: steps.reduce((sum, s) => sum + s.reaches - s.currentLevel, 0) });
  }
  return candidates.sort((a, b) => b.levelsClosed - a.levelsClosed);
}
