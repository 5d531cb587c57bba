import { schema } from '@smartkompetens/db';
import { isHalfYear, RETIREMENT_AGE, RETIREMENT_HORIZON_YEARS, suppressWithComplements, type HalfYear, type RecruitmentSource } from '@smartkompetens/domain';
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, InvalidInputError } from '../../errors/index.ts';
import { isUuid } from '../../lib/ids.ts';
import { rows } from '../../lib/sql.ts';
import { companiesByIds } from '../organisations/organisations.service.ts';
import { canPlanForCompany, recruitmentCellAudience } from './recruitment.access.ts';

const { companies } = schema;

export interface NeedCompetence {
  competenceId: string;
  level: number | null;
}

/** One recruitment need of a firm: a RECRUIT line of its supply plan, or people of one role retiring in one half-year. */
export interface RecruitmentNeed {
  id: string;
  companyId: string;
  source: RecruitmentSource;
  roleId: string | null;
  halfYear: HalfYear;
  people: number;
  competences: NeedCompetence[];
  supplyPlanItemId: string | null;
  dueDate: string | null;
}

const halfYearSql = (column: SQL) => sql`(extract(year from ${column})::int || '-H' || case when extract(month from ${column}) <= 6 then 1 else 2 end)`;

/**
 * The recruitment need units of the firms matching `firms` (a condition on `companies c`), as
 * CTEs: `units` (one per plan line or retiring person: firm, county, role, half-year, people)
 * and `unit_competences` (what each unit needs, at which level).
 *
 * - Plan lines: supply-plan items decided RECRUIT and not done; due now when undated or overdue.
 * - Retirements: active people turning 65 within five years (or already past it), counted at
 *   the start of the year they turn 65 — the birth month is not kept. A person's role is their
 *   first role by name; what that role requires is what the replacement needs.
 */
function unitsCte(firms: SQL, today: string): SQL {
  const todaySql = sql`${today}::date`;
  return sql`
    firms as (select c.id, c.region_code from ${companies} c where ${firms}),
    plan_units as (
      select 'SUPPLY_PLAN'::text as source, s.id::text as unit_key, s.company_id, f.region_code, s.role_id,
             greatest(coalesce(s.due_date, ${todaySql}), ${todaySql}) as due, s.people_count as people, s.id as item_id, s.due_date
      from supply_plan_items s join firms f on f.id = s.company_id
      where s.decision = 'RECRUIT' and s.status <> 'DONE'
    ),
    retiring as (
      select e.id, e.company_id, f.region_code,
             greatest(make_date(e.birth_year + ${RETIREMENT_AGE}, 1, 1), ${todaySql}) as due,
             (select er.role_id from employee_roles er join job_roles jr on jr.id = er.role_id
               where er.employee_id = e.id order by lower(jr.name_sv) collate "C", jr.id limit 1) as role_id
      from employees e join firms f on f.id = e.company_id
      where e.deactivated_at is null and e.birth_year is not null
        and e.birth_year + ${RETIREMENT_AGE} <= extract(year from ${todaySql})::int + ${RETIREMENT_HORIZON_YEARS}
    ),
    units as (
      select source, unit_key, company_id, region_code, role_id, ${halfYearSql(sql`due`)} as half_year, people, item_id, due_date from plan_units
      union all
      select 'RETIREMENT', r.id::text, r.company_id, r.region_code, r.role_id, ${halfYearSql(sql`r.due`)}, 1, null::uuid, null::date from retiring r
    ),
    unit_competences as (
      select p.unit_key, s.competence_id, s.target_level as level
      from plan_units p join supply_plan_items s on s.id = p.item_id
      union all
      select r.id::text, rr.competence_id, rr.required_level
      from retiring r join role_requirements rr on rr.role_id = r.role_id
      join competences k on k.id = rr.competence_id and k.retired_at is null
    )`;
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Each firm's recruitment needs, for those who plan for the firm. Retiring people are grouped
 * by role and half-year, so the firm sees "2 Gjutare in 2028-H1", not who they are.
 */
export async function recruitmentNeedsByCompanies(ctx: ServiceContext, companyIds: readonly string[], today = todayIso()): Promise<Map<string, RecruitmentNeed[]>> {
  const found = await companiesByIds(ctx, [...new Set(companyIds)].filter(isUuid));
  const ids = [...found.values()].filter((c) => canPlanForCompany(ctx.viewer, c)).map((c) => c.id);
  const result = new Map<string, RecruitmentNeed[]>(companyIds.map((id) => [id, []]));
  if (!ids.length) return result;
  const needs = await rows<RecruitmentNeed>(
    ctx.db,
    sql`with ${unitsCte(inArray(sql`c.id`, ids), today)},
        grouped as (
          select case when u.source = 'SUPPLY_PLAN' then 'plan:' || u.unit_key
                      else 'retirement:' || u.company_id || ':' || coalesce(u.role_id::text, '-') || ':' || u.half_year end as id,
                 u.company_id, u.source, u.role_id, u.half_year,
                 sum(u.people)::int as people, min(u.item_id::text) as item_id, min(u.due_date) as due_date,
                 min(u.unit_key) as sample_unit
          from units u
          group by 1, u.company_id, u.source, u.role_id, u.half_year
        )
        select g.id, g.company_id as "companyId", g.source, g.role_id as "roleId", g.half_year as "halfYear", g.people,
               g.item_id as "supplyPlanItemId", g.due_date::text as "dueDate",
               coalesce((select json_agg(json_build_object('competenceId', uc.competence_id, 'level', uc.level) order by uc.level desc nulls last, uc.competence_id)
                         from unit_competences uc where uc.unit_key = g.sample_unit), '[]') as competences
        from grouped g
        order by g.half_year, g.source desc, g.people desc, g.id`,
  );
  for (const need of needs) result.get(need.companyId)?.push(need);
  return result;
}

export async function recruitmentNeedsOf(ctx: ServiceContext, companyId: string, today?: string): Promise<RecruitmentNeed[]> {
  const company = (await companiesByIds(ctx, [companyId])).get(companyId);
  if (!company || !canPlanForCompany(ctx.viewer, company)) {
    if (!company) return [];
    throw new ForbiddenError("A firm's recruitment needs are for its admins, its region owner and programme admins");
  }
  return (await recruitmentNeedsByCompanies(ctx, [companyId], today)).get(companyId) ?? [];
}

export const recruitmentDimensions = ['COMPETENCE', 'ROLE_TEMPLATE'] as const;
export type RecruitmentDimension = (typeof recruitmentDimensions)[number];

/** One published cell: county × (competence or template role) × half-year. */
export interface RecruitmentCell {
  regionCode: string;
  dimension: RecruitmentDimension;
  competenceId: string | null;
  roleTemplateId: string | null;
  halfYear: HalfYear;
  /** People to recruit; null when withheld. */
  people: number | null;
  firms: number | null;
  /** The median level asked for (competence cells). */
  level: number | null;
  suppressed: boolean;
}

export interface RecruitmentCellFilter {
  regionCode?: string | null;
  dimension?: RecruitmentDimension | null;
  fromHalfYear?: string | null;
  toHalfYear?: string | null;
}

/**
 * Anonymised recruitment needs in fixed cells — county × competence × half-year, or county ×
 * template role × half-year. Filters only choose which whole cells to return; none narrows the
 * population a cell is computed over, so two filtered queries always show a cell with the same
 * figures and their difference reveals nothing (docs/decisions/0020). Providers and clients get
 * cells under 3 firms or 5 people withheld, and in the template table (where each recruit is in
 * exactly one cell, so a county's half-year total would be derivable) complementary suppression
 * within county × half-year. One SQL statement.
 */
export async function recruitmentCells(ctx: ServiceContext, filter: RecruitmentCellFilter = {}, today = todayIso()): Promise<RecruitmentCell[]> {
  const audience = await recruitmentCellAudience(ctx);
  const problems = [];
  if (filter.fromHalfYear && !isHalfYear(filter.fromHalfYear)) problems.push({ field: ['fromHalfYear'], code: 'INVALID' as const, message: 'A half-year such as 2027-H1' });
  if (filter.toHalfYear && !isHalfYear(filter.toHalfYear)) problems.push({ field: ['toHalfYear'], code: 'INVALID' as const, message: 'A half-year such as 2027-H2' });
  if (problems.length) throw new InvalidInputError(problems);
  if (filter.regionCode && audience.regionCodes && !audience.regionCodes.includes(filter.regionCode)) {
    throw new ForbiddenError('You may see recruitment needs only for your own county');
  }
  const regionCodes = filter.regionCode ? [filter.regionCode] : audience.regionCodes;
  const dimension = filter.dimension ?? 'COMPETENCE';
  const firms = regionCodes ? inArray(sql`c.region_code`, regionCodes) : sql`true`;
  // Half-years sort as text ('2027-H1' < '2027-H2' < '2028-H1'), so a range is two comparisons.
  const range = sql`${filter.fromHalfYear ? sql`and u.half_year >= ${filter.fromHalfYear}` : sql``} ${filter.toHalfYear ? sql`and u.half_year <= ${filter.toHalfYear}` : sql``}`;
  const cellsSql =
    dimension === 'COMPETENCE'
      ? sql`select u.region_code as "regionCode", uc.competence_id as "competenceId", null::uuid as "roleTemplateId", u.half_year as "halfYear",
               sum(u.people)::int as people, count(distinct u.company_id)::int as firms,
               percentile_disc(0.5) within group (order by uc.level) as level
            from units u join unit_competences uc on uc.unit_key = u.unit_key
            -- A firm's local competences stay within it: only the programme's framework is published.
            join competences k on k.id = uc.competence_id and k.company_id is null
            where true ${range}
            group by u.region_code, uc.competence_id, u.half_year
            order by u.half_year, u.region_code, sum(u.people) desc, uc.competence_id`
      : sql`select u.region_code as "regionCode", null::uuid as "competenceId", jr.template_id as "roleTemplateId", u.half_year as "halfYear",
               sum(u.people)::int as people, count(distinct u.company_id)::int as firms, null::int as level
            from units u join job_roles jr on jr.id = u.role_id and jr.template_id is not null
            where true ${range}
            group by u.region_code, jr.template_id, u.half_year
            order by u.half_year, u.region_code, sum(u.people) desc, jr.template_id`;
  const found = await rows<Omit<RecruitmentCell, 'dimension' | 'suppressed'> & { people: number; firms: number }>(ctx.db, sql`with ${unitsCte(firms, today)} ${cellsSql}`);
  const withheld = audience.suppress
    ? dimension === 'ROLE_TEMPLATE'
      ? suppressWithComplements(found, (c) => [`${c.regionCode}:${c.halfYear}`])
      : suppressWithComplements(found, () => [])
    : found.map(() => false);
  return found.map((cell, i) =>
    withheld[i] ? { ...cell, dimension, people: null, firms: null, level: null, suppressed: true } : { ...cell, dimension, suppressed: false },
  );
}
