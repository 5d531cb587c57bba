import { schema } from '@smartkompetens/db';
import { isSuppressed, type EmployeeGroup } from '@smartkompetens/domain';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, InvalidInputError } from '../../errors/index.ts';
import { isUuid } from '../../lib/ids.ts';
import { rows } from '../../lib/sql.ts';
import { versionedCache } from '../../lib/versioned-cache.ts';
import { ALL, within } from '../organisations/organisations.access.ts';
import { gapAudience } from './competence.access.ts';
import { standingsCte } from './standings.sql.ts';

const { employees, companies } = schema;

export const gapGroupings = ['COMPETENCE', 'EMPLOYEE', 'ROLE', 'GROUP', 'COMPANY', 'REGION', 'INDUSTRY', 'PROGRAMME'] as const;
export type GapGrouping = (typeof gapGroupings)[number];

/** Groupings that name a person or a single firm: never shown to aggregate-only viewers. */
const identifying = new Set<GapGrouping>(['EMPLOYEE', 'ROLE', 'COMPANY']);

export interface GapScope {
  companyId?: string | null;
  regionCode?: string | null;
  competenceId?: string | null;
  group?: EmployeeGroup | null;
}

export interface GapRow {
  competenceId: string | null;
  employeeId: string | null;
  roleId: string | null;
  group: EmployeeGroup | null;
  companyId: string | null;
  regionCode: string | null;
  sniCode: string | null;
  industry: string | null;
  people: number | null;
  peopleWithGap: number | null;
  totalGap: number | null;
  weightedGap: number | null;
  unassessed: number | null;
  firms: number | null;
  suppressed: boolean;
}

/** SQL for the grouping key columns, in the select list and the group by. */
const keys: Record<GapGrouping, { select: SQL; groupBy: SQL }> = {
  COMPETENCE: { select: sql`s.competence_id as "competenceId"`, groupBy: sql`s.competence_id` },
  EMPLOYEE: { select: sql`s.employee_id as "employeeId", s.company_id as "companyId"`, groupBy: sql`s.employee_id, s.company_id` },
  ROLE: { select: sql`s.role_id as "roleId", s.company_id as "companyId"`, groupBy: sql`s.role_id, s.company_id` },
  GROUP: { select: sql`s."group"`, groupBy: sql`s."group"` },
  COMPANY: { select: sql`s.company_id as "companyId"`, groupBy: sql`s.company_id` },
  REGION: { select: sql`c.region_code as "regionCode"`, groupBy: sql`c.region_code` },
  INDUSTRY: { select: sql`c.sni_code as "sniCode", c.industry`, groupBy: sql`c.sni_code, c.industry` },
  PROGRAMME: { select: sql`null as "programme"`, groupBy: sql`()` },
};

/**
 * Gaps aggregated in SQL by the grouping: people counted, people with a gap, total and
 * weighted gap, unassessed requirements, firms. People viewers aggregate over the people they
 * may see; providers and integration clients over everyone (a client: its county) with
 * identifying groupings refused and small cells suppressed.
 */
export async function gaps(ctx: ServiceContext, groupBy: GapGrouping, scope: GapScope = {}): Promise<GapRow[]> {
  const audience = gapAudience(ctx.viewer);
  if (audience.kind === 'aggregate' && (identifying.has(groupBy) || scope.companyId)) {
    throw new ForbiddenError('Only anonymised aggregates by competence, group, county, industry or programme are available to you');
  }
  for (const [field, value] of [['companyId', scope.companyId], ['competenceId', scope.competenceId]] as const) {
    if (value && !isUuid(value)) throw new InvalidInputError([{ field: ['scope', field], code: 'INVALID', message: 'Not an id' }]);
  }

  const conditions: (SQL | undefined)[] = [
    scope.companyId ? eq(employees.companyId, scope.companyId) : undefined,
    scope.group ? sql`${employees.group} = ${scope.group}` : undefined,
    scope.regionCode
      ? sql`${employees.companyId} in (select ${companies.id} from ${companies} where ${eq(companies.regionCode, scope.regionCode)})`
      : undefined,
  ];
  if (audience.kind === 'aggregate' && audience.regionCode) {
    conditions.push(sql`${employees.companyId} in (select ${companies.id} from ${companies} where ${eq(companies.regionCode, audience.regionCode)})`);
  }
  const visibility = audience.kind === 'people' ? audience.visibility : ALL;
  const populationCondition = and(...within(visibility, ...conditions)) ?? sql`true`;
  const key = keys[groupBy];

  // Cached until the competence data changes (decision 0019): the viewer is part of the key,
  // because what they may see decides the population.
  const cacheKey = JSON.stringify([groupBy, scope.companyId, scope.regionCode, scope.competenceId, scope.group, ctx.viewer]);
  const found = await versionedCache(ctx.db, 'competence', cacheKey, () => rows<Partial<Omit<GapRow, 'suppressed'>> & { people: number; firms: number }>(
    ctx.db,
    sql`with ${standingsCte(populationCondition, { perRole: groupBy === 'ROLE' })}
        select ${key.select},
               count(distinct s.employee_id)::int as people,
               (count(distinct s.employee_id) filter (where s.gap > 0))::int as "peopleWithGap",
               coalesce(sum(s.gap), 0)::int as "totalGap",
               coalesce(sum(s.gap * s.weight), 0)::int as "weightedGap",
               (count(*) filter (where s.level is null))::int as unassessed,
               count(distinct s.company_id)::int as firms
        from standings s
        join ${companies} c on c.id = s.company_id
        join competences k on k.id = s.competence_id
        where ${scope.competenceId ? sql`s.competence_id = ${scope.competenceId}` : sql`true`}
          -- Aggregate-only viewers see the programme's framework, not firms' local competences.
          and ${audience.kind === 'aggregate' ? sql`k.company_id is null` : sql`true`}
        group by ${key.groupBy}
        order by "weightedGap" desc, people desc`,
  ));

  const result = found.map((row) => {
    const base: GapRow = {
      competenceId: row.competenceId ?? null,
      employeeId: row.employeeId ?? null,
      roleId: row.roleId ?? null,
      group: row.group ?? null,
      companyId: row.companyId ?? null,
      regionCode: row.regionCode ?? null,
      sniCode: row.sniCode ?? null,
      industry: row.industry ?? null,
      people: row.people,
      peopleWithGap: row.peopleWithGap ?? 0,
      totalGap: row.totalGap ?? 0,
      weightedGap: row.weightedGap ?? 0,
      unassessed: row.unassessed ?? 0,
      firms: row.firms,
      suppressed: false,
    };
    if (audience.kind === 'aggregate' && isSuppressed({ firms: row.firms, people: row.people })) {
      return { ...base, people: null, peopleWithGap: null, totalGap: null, weightedGap: null, unassessed: null, firms: null, suppressed: true };
    }
    return base;
  });
  // Suppressed rows go last in a fixed order: their place in the ranking would leak their size.
  const keyOf = (r: GapRow) => [r.competenceId, r.regionCode, r.sniCode, r.group].join('|');
  return [
    ...result.filter((r) => !r.suppressed),
    ...result.filter((r) => r.suppressed).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0)),
  ];
}
