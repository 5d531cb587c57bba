import { schema } from '@smartkompetens/db';
import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, NotFoundError } from '../../errors/index.ts';
import { rows } from '../../lib/sql.ts';
import { rolesByIds } from '../competence/roles.service.ts';
import { companiesByIds } from '../organisations/organisations.service.ts';
import { canPlanForCompany } from './recruitment.access.ts';

const { employees } = schema;

export interface CandidateGap {
  competenceId: string;
  requiredLevel: number;
  /** Null when never assessed. */
  level: number | null;
  gap: number | null;
  weight: number;
}

export interface InternalCandidate {
  employeeId: string;
  roleId: string;
  holdsRole: boolean;
  requirements: number;
  met: number;
  unassessed: number;
  /** Σ weight × (required − current) over the role's requirements, a never-assessed one counted from 0. Lower is closer. */
  distance: number;
  gaps: CandidateGap[];
}

/**
 * The firm's active people ranked by how close they are to a role's requirement profile — an
 * internal recruitment base. A requirement never assessed counts as a full gap for ranking (we do
 * not know the person has it) but is reported as unassessed, not as a measured gap
 * (docs/decisions/0008). One SQL statement for the whole ranking.
 */
export async function internalCandidates(ctx: ServiceContext, roleId: string, options: { first?: number | null } = {}): Promise<InternalCandidate[]> {
  const role = (await rolesByIds(ctx, [roleId])).get(roleId);
  if (!role) throw new NotFoundError('Job role', ['roleId']);
  const company = (await companiesByIds(ctx, [role.companyId])).get(role.companyId)!;
  if (!canPlanForCompany(ctx.viewer, company)) throw new ForbiddenError('Internal candidates are for the firm’s admins and owners');
  const first = Math.min(Math.max(options.first ?? 20, 1), 100);
  return rows<InternalCandidate>(
    ctx.db,
    sql`with req as (
          select rr.competence_id, rr.required_level,
                 case rr.importance when 'CRITICAL' then 3 when 'IMPORTANT' then 2 else 1 end as weight
          from role_requirements rr join competences k on k.id = rr.competence_id and k.retired_at is null
          where rr.role_id = ${roleId}
        ),
        people as (
          select e.id, e.last_name, e.first_name from ${employees} e
          where e.company_id = ${role.companyId} and e.deactivated_at is null
        ),
        pairs as (
          select p.id as employee_id, r.competence_id, r.required_level, r.weight, cl.level,
                 case when cl.level is null then null else greatest(r.required_level - cl.level, 0) end as gap
          from people p cross join req r
          left join current_levels cl on cl.employee_id = p.id and cl.competence_id = r.competence_id
        )
        select p.id as "employeeId", ${roleId}::uuid as "roleId",
               exists (select 1 from employee_roles er where er.employee_id = p.id and er.role_id = ${roleId}) as "holdsRole",
               count(x.competence_id)::int as requirements,
               (count(*) filter (where x.gap = 0))::int as met,
               (count(*) filter (where x.competence_id is not null and x.level is null))::int as unassessed,
               coalesce(sum(x.weight * greatest(x.required_level - coalesce(x.level, 0), 0)), 0)::int as distance,
               coalesce(json_agg(json_build_object('competenceId', x.competence_id, 'requiredLevel', x.required_level, 'level', x.level, 'gap', x.gap, 'weight', x.weight)
                        order by x.weight desc, x.gap desc nulls first, x.competence_id)
                        filter (where x.competence_id is not null and (x.gap is null or x.gap > 0)), '[]') as gaps
        from people p left join pairs x on x.employee_id = p.id
        group by p.id, p.last_name, p.first_name
        order by distance, unassessed, lower(p.last_name) collate "C", lower(p.first_name) collate "C", p.id
        limit ${first}`,
  );
}

/**
 * Courses that bring someone to a level in a competence: per (competence, level), up to three
 * live courses reaching it, those with an open occasion within six months first. One statement.
 */
export async function coursesClosing(ctx: ServiceContext, keys: readonly string[]): Promise<Map<string, string[]>> {
  const pairs = [...new Set(keys)].map((k) => k.split(':') as [string, string]).filter(([id, level]) => /^[0-9a-f-]{36}$/.test(id) && /^[1-5]$/.test(level));
  const result = new Map<string, string[]>(keys.map((k) => [k, []]));
  if (!pairs.length) return result;
  const wanted = sql.join(pairs.map(([id, level]) => sql`(${id}::uuid, ${Number(level)}::int)`), sql`, `);
  const found = await rows<{ key: string; courseIds: string[] }>(
    ctx.db,
    sql`with wanted(competence_id, level) as (values ${wanted}),
        ranked as (
          select w.competence_id, w.level, co.id as course_id,
                 row_number() over (partition by w.competence_id, w.level
                   order by exists (select 1 from occasions o where o.course_id = co.id and o.status in ('PLANNED', 'OPEN') and o.tailored_for_company_id is null
                                    and o.starts_on between current_date and current_date + interval '6 months') desc,
                            lower(co.title_sv) collate "C", co.id) as n
          from wanted w
          join course_competences cc on cc.competence_id = w.competence_id and cc.target_level >= w.level
          join courses co on co.id = cc.course_id and co.retired_at is null
        )
        select competence_id || ':' || level as key, array_agg(course_id order by n) as "courseIds"
        from ranked where n <= 3 group by competence_id, level`,
  );
  for (const row of found) result.set(row.key, row.courseIds);
  return result;
}
