import { sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import type { CourseSpec } from './courses.ts';
import type { SeededPerson } from './staff.ts';

/** What a person's roles ask of one competence, and where their latest assessment puts them. */
export interface Need {
  required: number;
  /** Null when never assessed. */
  level: number | null;
}

/** Per employee id, per competence code. */
export type NeedsByPerson = ReadonlyMap<string, ReadonlyMap<string, Need>>;

/**
 * Reads back what the competence seed wrote: each person's requirements and current levels,
 * as the gap reports count them (highest required level over their roles, latest manager
 * assessment else self). Read from the database so the catalogue follows the mapping exactly.
 */
export async function loadNeeds(tx: Executor): Promise<NeedsByPerson> {
  const result = (await tx.execute(sql`
    with needs as (
      select er.employee_id, rr.competence_id, max(rr.required_level)::int as required
      from employee_roles er
      join role_requirements rr on rr.role_id = er.role_id
      group by er.employee_id, rr.competence_id
    )
    select n.employee_id, c.code, n.required, cl.level
    from needs n
    join competences c on c.id = n.competence_id and c.retired_at is null
    left join current_levels cl on cl.employee_id = n.employee_id and cl.competence_id = n.competence_id`)) as unknown as {
    rows: { employee_id: string; code: string; required: number; level: number | null }[];
  };
  const needs = new Map<string, Map<string, Need>>();
  for (const row of result.rows) {
    const own = needs.get(row.employee_id) ?? new Map<string, Need>();
    own.set(row.code, { required: Number(row.required), level: row.level === null ? null : Number(row.level) });
    needs.set(row.employee_id, own);
  }
  return needs;
}

/**
 * What a course does for a person: closes a gap (they are assessed below what their roles ask
 * and below the course's level), lifts them toward the course's level in something their roles
 * ask for, or nothing. A course is for its audience only.
 */
export type Benefit = 'GAP' | 'GROWTH' | 'NONE';

export function benefitOf(person: SeededPerson, needs: ReadonlyMap<string, Need> | undefined, course: CourseSpec): Benefit {
  if (course.audience !== 'BOTH' && course.audience !== person.group) return 'NONE';
  let benefit: Benefit = 'NONE';
  for (const [code, target] of course.competences) {
    const need = needs?.get(code);
    if (!need) continue;
    if (need.level !== null && need.level < need.required && need.level < target) return 'GAP';
    if ((need.level ?? 0) < target) benefit = 'GROWTH';
  }
  return benefit;
}
