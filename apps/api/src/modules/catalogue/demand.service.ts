import { schema } from '@smartkompetens/db';
import { isSuppressed, type EmployeeGroup } from '@smartkompetens/domain';
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../auth/context.ts';
import { hasScope, requireSignedIn } from '../../auth/viewer.ts';
import { ForbiddenError, InvalidInputError } from '../../errors/index.ts';
import { isUuid } from '../../lib/ids.ts';
import { rows } from '../../lib/sql.ts';
import { versionedCache } from '../../lib/versioned-cache.ts';
import { standingsCte } from '../competence/standings.sql.ts';

const { employees, companies, providers } = schema;

/** Months ahead an occasion must start within to count as meeting demand. */
export const DEMAND_HORIZON_MONTHS = 6;

export interface DemandCell {
  competenceId: string;
  /** The competence's code and names, read with the figures (REST answers carry them). */
  competence: { id: string; code: string; nameSv: string; nameEn: string | null };
  regionCode: string;
  targetLevel: number;
  group: EmployeeGroup;
  people: number | null;
  firms: number | null;
  planned: number | null;
  unmet: number | null;
  hasCourse: boolean;
  hasUpcomingOccasion: boolean;
  suppressed: boolean;
  /** Firms with unmet demand: only for region and programme admins. */
  companyIds: string[] | null;
}

export interface DemandFilter {
  regionCode?: string | null;
  competenceId?: string | null;
  group?: EmployeeGroup | null;
}

interface Audience {
  /** Counties the viewer may see demand for; null means all. */
  regionCodes: string[] | null;
  /** Region and programme admins see firms and unsuppressed cells. */
  identifying: boolean;
}

/**
 * Course demand is for those who plan training supply: programme admins, region admins (their
 * county, with the firms behind it), providers (their county, or all when they have none) and
 * integration clients with demand:read (their county). Firms and employees use their own gaps.
 */
async function demandAudience(ctx: ServiceContext): Promise<Audience> {
  const viewer = ctx.viewer;
  requireSignedIn(viewer);
  if (viewer.kind === 'apiClient') {
    if (!hasScope(viewer, 'demand:read')) throw new ForbiddenError('This API token lacks the demand:read scope');
    return { regionCodes: viewer.regionCode ? [viewer.regionCode] : null, identifying: false };
  }
  if (viewer.memberships.some((m) => m.role === 'PROGRAMME_ADMIN')) return { regionCodes: null, identifying: true };
  const regionAdmin = viewer.memberships.filter((m) => m.role === 'REGION_ADMIN' && m.regionCode).map((m) => m.regionCode!);
  if (regionAdmin.length) return { regionCodes: regionAdmin, identifying: true };
  const providerIds = viewer.memberships.filter((m) => m.role === 'PROVIDER' && m.providerId).map((m) => m.providerId!);
  if (providerIds.length) {
    const found = await ctx.db.select({ regionCode: providers.regionCode }).from(providers).where(inArray(providers.id, providerIds));
    const codes = found.map((p) => p.regionCode);
    return { regionCodes: codes.some((c) => c === null) ? null : (codes as string[]), identifying: false };
  }
  throw new ForbiddenError('Course demand is for programme and region admins, providers and integrations');
}

/**
 * Anonymised course demand per competence × county × required level × group: how many people
 * in how many firms have a gap, how many are already planned on a course for it, and the
 * unmet demand — gaps with no course bringing people to the level, or no such occasion in the
 * county (or online) within six months. Cells under 3 firms or 5 people are suppressed for
 * providers and integration clients. Two small statements when the figures are cached.
 */
export async function courseDemand(ctx: ServiceContext, filter: DemandFilter = {}): Promise<DemandCell[]> {
  const audience = await demandAudience(ctx);
  if (filter.competenceId && !isUuid(filter.competenceId)) {
    throw new InvalidInputError([{ field: ['competenceId'], code: 'INVALID', message: 'Not an id' }]);
  }
  if (filter.regionCode && audience.regionCodes && !audience.regionCodes.includes(filter.regionCode)) {
    throw new ForbiddenError('You may see course demand only for your own county');
  }
  const regionCodes = filter.regionCode ? [filter.regionCode] : audience.regionCodes;
  const population: SQL[] = [sql`true`];
  if (regionCodes) {
    population.push(sql`${employees.companyId} in (select ${companies.id} from ${companies} where ${inArray(companies.regionCode, regionCodes)})`);
  }
  if (filter.group) population.push(eq(employees.group, filter.group));

  // The figures change only with the competence data, the catalogue, the counties' enrolments and
  // the date: kept under their version numbers (decision 0022), anonymised per request below.
  const areas = ['competence', 'catalogue', ...(regionCodes ? regionCodes.map((code) => `enrolments:${code}`) : ['enrolments:*'])];
  const key = JSON.stringify([regionCodes ? [...regionCodes].sort() : null, filter.competenceId ?? null, filter.group ?? null]);
  const found = await versionedCache(ctx.db, areas, `demand|${key}`, () => demandCells(ctx, population, filter.competenceId));

  return found.map((cell) => {
    const unmet = cell.hasUpcomingOccasion ? 0 : (cell.people ?? 0) - (cell.planned ?? 0);
    const base: DemandCell = { ...cell, unmet, suppressed: false, companyIds: audience.identifying && unmet > 0 ? cell.companyIds : null };
    if (!audience.identifying && isSuppressed({ firms: cell.firms ?? 0, people: cell.people ?? 0 })) {
      return { ...base, people: null, firms: null, planned: null, unmet: null, suppressed: true, companyIds: null };
    }
    return base;
  });
}

/** The demand cells of a population, unanonymised. One SQL statement. */
function demandCells(ctx: ServiceContext, population: SQL[], competenceId: string | null | undefined) {
  return rows<Omit<DemandCell, 'suppressed' | 'unmet'>>(
    ctx.db,
    sql`with ${standingsCte(sql.join(population, sql` and `))},
        gaps as (
          select s.employee_id, s.company_id, s.competence_id, s.required_level, s.level, s."group", c.region_code
          from standings s join ${companies} c on c.id = s.company_id
          -- Demand is for the programme's framework: a firm's local competences stay within it.
          join competences k on k.id = s.competence_id and k.company_id is null
          where s.gap > 0 ${competenceId ? sql`and s.competence_id = ${competenceId}` : sql``}
        ),
        planned as (
          select distinct e.employee_id, cc.competence_id
          from enrolments e
          join occasions o on o.id = e.occasion_id and o.starts_on >= current_date
          join course_competences cc on cc.course_id = o.course_id
          where e.status in ('REQUESTED', 'CONFIRMED', 'WAITLISTED', 'OFFERED') and e.employee_id in (select id from population)
        ),
        cells as (
          select g.competence_id, g.region_code, g.required_level, g."group",
                 count(distinct g.employee_id)::int as people,
                 count(distinct g.company_id)::int as firms,
                 (count(distinct g.employee_id) filter (where p.employee_id is not null))::int as planned,
                 array_agg(distinct g.company_id) filter (where p.employee_id is null) as unplanned_companies
          from gaps g
          left join planned p on p.employee_id = g.employee_id and p.competence_id = g.competence_id
          group by g.competence_id, g.region_code, g.required_level, g."group"
        )
        select cells.competence_id as "competenceId", cells.region_code as "regionCode", cells.required_level as "targetLevel", cells."group",
               cells.people, cells.firms, cells.planned,
               exists (
                 select 1 from course_competences cc join courses co on co.id = cc.course_id and co.retired_at is null
                 where cc.competence_id = cells.competence_id and cc.target_level >= cells.required_level
               ) as "hasCourse",
               exists (
                 select 1 from course_competences cc
                 join courses co on co.id = cc.course_id and co.retired_at is null
                 join occasions o on o.course_id = co.id
                 where cc.competence_id = cells.competence_id and cc.target_level >= cells.required_level
                   -- A full occasion meets no one's demand: only planned or open ones count.
                   and o.status in ('PLANNED', 'OPEN') and o.tailored_for_company_id is null
                   and o.starts_on between current_date and current_date + interval '${sql.raw(String(DEMAND_HORIZON_MONTHS))} months'
                   and (o.online or o.region_code = cells.region_code)
               ) as "hasUpcomingOccasion",
               coalesce(cells.unplanned_companies, '{}') as "companyIds",
               json_build_object('id', k.id, 'code', k.code, 'nameSv', k.name_sv, 'nameEn', k.name_en) as competence
        from cells join competences k on k.id = cells.competence_id
        order by cells.people desc, cells.competence_id, cells.region_code, cells.required_level, cells."group"`,
  );
}
