import { schema } from '@smartkompetens/db';
import { sql, type SQL } from 'drizzle-orm';

const { employees } = schema;

/**
 * The heart of gap analysis, as SQL common table expressions over a population of active
 * employees (a condition on the `employees` table):
 *
 * - `population`: the people counted;
 * - `needs`: per person and competence, what their roles require — the highest required
 *   level and the highest importance weight over their roles (or per role, with `perRole`);
 * - `standings`: each need with the person's current level from `current_levels` (latest
 *   manager assessment, else self) and the gap, null when never assessed.
 *
 * Retired competences take no part. Weights follow importanceWeight in @smartkompetens/domain.
 */
export function standingsCte(population: SQL, options: { perRole?: boolean; materializeLevels?: boolean } = {}): SQL {
  const roleColumn = options.perRole ? sql`er.role_id,` : sql``;
  // With many firms and fresh statistics the planner may re-run the current_levels view per row;
  // materialising the population's levels once keeps such a query linear (the benchmark uses it).
  const levels = options.materializeLevels ? sql`population_levels` : sql`current_levels`;
  const levelsCte = options.materializeLevels
    ? sql`population_levels as materialized (
      select cl.* from current_levels cl where cl.employee_id in (select id from population)
    ),`
    : sql``;
  return sql`
    population as (
      select ${employees.id} as id, ${employees.companyId} as company_id, ${employees.group} as "group", ${employees.birthYear} as birth_year
      from ${employees}
      where ${employees.deactivatedAt} is null and (${population})
    ),
    needs as (
      select er.employee_id, p.company_id, p."group", ${roleColumn} rr.competence_id,
             max(rr.required_level)::int as required_level,
             max(case rr.importance when 'CRITICAL' then 3 when 'IMPORTANT' then 2 else 1 end)::int as weight,
             max(rr.future_level)::int as future_level,
             min(rr.future_by) as future_by
      from population p
      join employee_roles er on er.employee_id = p.id
      join role_requirements rr on rr.role_id = er.role_id
      join competences c on c.id = rr.competence_id and c.retired_at is null
      group by er.employee_id, p.company_id, p."group", ${roleColumn} rr.competence_id
    ),
    ${levelsCte}
    standings as (
      select n.*, cl.level, cl.source, cl.assessed_on,
             case when cl.level is null then null else greatest(n.required_level - cl.level, 0) end as gap
      from needs n
      left join ${levels} cl on cl.employee_id = n.employee_id and cl.competence_id = n.competence_id
    )`;
}

/** Maps a weight back to the importance it came from. */
export const importanceOfWeight = { 3: 'CRITICAL', 2: 'IMPORTANT', 1: 'USEFUL' } as const;
