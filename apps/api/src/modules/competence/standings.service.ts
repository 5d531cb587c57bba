import { schema } from '@smartkompetens/db';
import type { AssessmentSource, Importance } from '@smartkompetens/domain';
import { and, inArray, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../auth/context.ts';
import { InvalidInputError } from '../../errors/index.ts';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../../lib/cursor.ts';
import { isUuid } from '../../lib/ids.ts';
import { rows } from '../../lib/sql.ts';
import { employeeVisibility, within, type Visibility } from '../organisations/organisations.access.ts';
import { importanceOfWeight, standingsCte } from './standings.sql.ts';

const { employees, employeeRoles } = schema;

export interface Standing {
  employeeId: string;
  companyId: string;
  competenceId: string;
  requiredLevel: number;
  importance: Importance;
  futureLevel: number | null;
  futureBy: string | null;
  currentLevel: number | null;
  currentSource: AssessmentSource | null;
  assessedOn: string | null;
  gap: number | null;
  weightedGap: number | null;
}

interface StandingRow {
  employeeId: string;
  companyId: string;
  competenceId: string;
  requiredLevel: number;
  weight: 1 | 2 | 3;
  futureLevel: number | null;
  futureBy: string | Date | null;
  level: number | null;
  source: AssessmentSource | null;
  assessedOn: string | Date | null;
  gap: number | null;
}

function isoDate(value: string | Date | null): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

function toStanding(row: StandingRow): Standing {
  return {
    employeeId: row.employeeId,
    companyId: row.companyId,
    competenceId: row.competenceId,
    requiredLevel: row.requiredLevel,
    importance: importanceOfWeight[row.weight],
    futureLevel: row.futureLevel,
    futureBy: isoDate(row.futureBy),
    currentLevel: row.level,
    currentSource: row.source,
    assessedOn: isoDate(row.assessedOn),
    gap: row.gap,
    weightedGap: row.gap === null ? null : row.gap * row.weight,
  };
}

/** A population condition: the visible people, narrowed further. */
function population(visibility: Visibility, ...conditions: (SQL | undefined)[]): SQL {
  return and(...within(visibility, ...conditions)) ?? sql`true`;
}

async function standingsWhere(ctx: ServiceContext, condition: SQL): Promise<Standing[]> {
  const result = await rows<StandingRow>(
    ctx.db,
    sql`with ${standingsCte(condition)}
        select s.employee_id as "employeeId", s.company_id as "companyId", s.competence_id as "competenceId",
               s.required_level as "requiredLevel", s.weight, s.future_level as "futureLevel", s.future_by as "futureBy",
               s.level, s.source, s.assessed_on as "assessedOn", s.gap
        from standings s
        join competences c on c.id = s.competence_id
        join competence_areas a on a.id = c.area_id
        order by a.sort_order, c.name_sv, s.employee_id`,
  );
  return result.map(toStanding);
}

/** Standings of several people in one statement (the employee profile, the matrix rows). */
export async function standingsByEmployees(ctx: ServiceContext, employeeIds: readonly string[]): Promise<Map<string, Standing[]>> {
  const ids = [...new Set(employeeIds)].filter(isUuid);
  const result = new Map<string, Standing[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  for (const s of await standingsWhere(ctx, population(employeeVisibility(ctx.viewer), inArray(employees.id, ids)))) {
    result.get(s.employeeId)!.push(s);
  }
  return result;
}

export interface SkillsMatrixFilter {
  roleId?: string | null;
  group?: 'STAFF' | 'MANAGEMENT' | null;
}

export interface SkillsMatrixRowModel {
  employeeId: string;
  standings: Standing[];
}

export interface SkillsMatrix {
  competenceIds: string[];
  rows: SkillsMatrixRowModel[];
}

/** People × competences of several companies, one statement for all of them. */
export async function skillsMatricesByCompanies(
  ctx: ServiceContext,
  companyIds: readonly string[],
  filter: SkillsMatrixFilter,
): Promise<Map<string, SkillsMatrix>> {
  const ids = [...new Set(companyIds)].filter(isUuid);
  const result = new Map<string, SkillsMatrix>(ids.map((id) => [id, { competenceIds: [], rows: [] }]));
  if (!ids.length) return result;
  if (filter.roleId && !isUuid(filter.roleId)) return result;
  const standings = await standingsWhere(
    ctx,
    population(
      employeeVisibility(ctx.viewer),
      inArray(employees.companyId, ids),
      filter.group ? sql`${employees.group} = ${filter.group}` : undefined,
      filter.roleId
        ? sql`${employees.id} in (select ${employeeRoles.employeeId} from ${employeeRoles} where ${employeeRoles.roleId} = ${filter.roleId})`
        : undefined,
    ),
  );
  const rowsByEmployee = new Map<string, { employeeId: string; standings: Standing[] }>();
  for (const s of standings) {
    const matrix = result.get(s.companyId)!;
    if (!matrix.competenceIds.includes(s.competenceId)) matrix.competenceIds.push(s.competenceId);
    let row = rowsByEmployee.get(s.employeeId);
    if (!row) {
      row = { employeeId: s.employeeId, standings: [] };
      rowsByEmployee.set(s.employeeId, row);
      matrix.rows.push(row);
    }
    row.standings.push(s);
  }
  return result;
}

export interface CoverageRow {
  companyId: string;
  competenceId: string;
  required: number;
  covered: number;
  holders: number;
  critical: boolean;
  singlePointOfKnowledge: boolean;
}

/**
 * For each competence the companies' roles require: how many need it, how many meet the
 * requirement, and how many people hold it at all — over the people the viewer may see.
 */
export async function coverageByCompanies(ctx: ServiceContext, companyIds: readonly string[]): Promise<Map<string, CoverageRow[]>> {
  const ids = [...new Set(companyIds)].filter(isUuid);
  const result = new Map<string, CoverageRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const found = await rows<Omit<CoverageRow, 'singlePointOfKnowledge'>>(
    ctx.db,
    sql`with ${standingsCte(population(employeeVisibility(ctx.viewer), inArray(employees.companyId, ids)))},
        coverage as (
          select company_id, competence_id, count(*)::int as required,
                 (count(*) filter (where level >= required_level))::int as covered,
                 max(weight) = 3 as critical, max(required_level) as top_required
          from standings group by company_id, competence_id
        )
        select cov.company_id as "companyId", cov.competence_id as "competenceId", cov.required, cov.covered, cov.critical,
               (select count(*)::int from current_levels cl join population p on p.id = cl.employee_id
                 where p.company_id = cov.company_id and cl.competence_id = cov.competence_id and cl.level >= cov.top_required) as holders
        from coverage cov
        join competences c on c.id = cov.competence_id
        order by cov.critical desc, cov.covered::float / cov.required, c.name_sv`,
  );
  for (const row of found) {
    result.get(row.companyId)!.push({ ...row, singlePointOfKnowledge: row.critical && row.holders === 1 });
  }
  return result;
}

export interface KeyPersonRisk {
  companyId: string;
  employeeId: string;
  competenceId: string;
  reason: 'SINGLE_HOLDER' | 'RETIRING';
  retirementYear: number | null;
}

/** Retirement age the programme plans with. */
const RETIREMENT_AGE = 65;
const RETIREMENT_HORIZON_YEARS = 5;

/**
 * Key-person risks: a critical competence only one person holds, and people who hold a
 * critical competence and retire within five years (from their birth year).
 */
export async function keyPersonRisksByCompanies(
  ctx: ServiceContext,
  companyIds: readonly string[],
  today: Date = new Date(),
): Promise<Map<string, KeyPersonRisk[]>> {
  const ids = [...new Set(companyIds)].filter(isUuid);
  const result = new Map<string, KeyPersonRisk[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const lastRetirementYear = today.getUTCFullYear() + RETIREMENT_HORIZON_YEARS;
  const found = await rows<KeyPersonRisk>(
    ctx.db,
    sql`with ${standingsCte(population(employeeVisibility(ctx.viewer), inArray(employees.companyId, ids)))},
        critical as (
          select company_id, competence_id, max(required_level) as top_required
          from standings where weight = 3 group by company_id, competence_id
        ),
        holders as (
          select cr.company_id, cr.competence_id, p.id as employee_id, p.birth_year
          from critical cr
          join current_levels cl on cl.competence_id = cr.competence_id and cl.level >= cr.top_required
          join population p on p.id = cl.employee_id and p.company_id = cr.company_id
        ),
        single as (
          select company_id, competence_id from holders group by company_id, competence_id having count(*) = 1
        )
        select h.company_id as "companyId", h.employee_id as "employeeId", h.competence_id as "competenceId",
               'SINGLE_HOLDER' as reason, null::int as "retirementYear"
        from holders h join single s using (company_id, competence_id)
        union all
        select h.company_id, h.employee_id, h.competence_id, 'RETIRING', (h.birth_year + ${RETIREMENT_AGE})::int
        from holders h
        where h.birth_year is not null and h.birth_year + ${RETIREMENT_AGE} <= ${lastRetirementYear}
        order by 4 desc, 5 nulls first`,
  );
  for (const row of found) result.get(row.companyId)!.push(row);
  return result;
}

export interface Holder {
  employeeId: string;
  level: number;
  source: AssessmentSource;
  assessedOn: string;
}

export type HolderPage = Page<Holder>;

/** Who can do X: people at or above a level, best first, within the people the viewer may see. */
export async function whoCanDo(
  ctx: ServiceContext,
  args: { competenceId: string; minLevel: number; companyId?: string | null; first?: number | null; after?: string | null },
): Promise<Page<Holder>> {
  const visibility = employeeVisibility(ctx.viewer);
  if (!Number.isInteger(args.minLevel) || args.minLevel < 1 || args.minLevel > 5) {
    throw new InvalidInputError([{ field: ['minLevel'], code: 'OUT_OF_RANGE', message: 'A level from 1 to 5' }]);
  }
  const size = pageSize(args.first, 50);
  if (!isUuid(args.competenceId) || (args.companyId && !isUuid(args.companyId))) return { nodes: [], hasNextPage: false, endCursor: null, totalCount: 0 };
  let after = sql`true`;
  if (args.after) {
    const [level, name, id] = decodeCursor(args.after, 3);
    after = sql`(-h.level, h.sort_name, h.employee_id) > (${-Number(level)}, ${String(name)} collate "C", ${String(id)}::uuid)`;
  }
  const found = await rows<Holder & { sortName: string; total: number }>(
    ctx.db,
    sql`with holders as (
          select cl.employee_id, cl.level, cl.source, cl.assessed_on,
                 lower(${employees.lastName} || ' ' || ${employees.firstName}) collate "C" as sort_name
          from current_levels cl
          join ${employees} on ${employees.id} = cl.employee_id
          where cl.competence_id = ${args.competenceId} and cl.level >= ${args.minLevel}
            and ${employees.deactivatedAt} is null and (${population(visibility, args.companyId ? inArray(employees.companyId, [args.companyId]) : undefined)})
        )
        select h.employee_id as "employeeId", h.level, h.source, h.assessed_on as "assessedOn", h.sort_name as "sortName",
               (select count(*)::int from holders) as total
        from holders h where ${after}
        order by h.level desc, h.sort_name, h.employee_id
        limit ${size + 1}`,
  );
  const nodes = found.slice(0, size).map((h) => ({ employeeId: h.employeeId, level: h.level, source: h.source, assessedOn: isoDate(h.assessedOn)! }));
  const last = found[Math.min(size, found.length) - 1];
  return {
    nodes,
    hasNextPage: found.length > size,
    endCursor: last ? encodeCursor([last.level, last.sortName, last.employeeId]) : null,
    totalCount: found[0]?.total ?? 0,
  };
}
