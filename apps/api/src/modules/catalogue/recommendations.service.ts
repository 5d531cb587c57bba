import { schema } from '@smartkompetens/db';
import type { EmployeeGroup } from '@smartkompetens/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../auth/context.ts';
import { InvalidInputError, NotFoundError } from '../../errors/index.ts';
import { pageSize } from '../../lib/cursor.ts';
import { isUuid } from '../../lib/ids.ts';
import { rows } from '../../lib/sql.ts';
import { standingsCte } from '../competence/standings.sql.ts';
import { employeeVisibility, within } from '../organisations/organisations.access.ts';
import { getCompany } from '../organisations/organisations.service.ts';
import { assertCanReadCatalogue } from './catalogue.access.ts';

const { employees } = schema;

export interface RecommendationStep {
  competenceId: string;
  fromLevel: number;
  toLevel: number;
  people: number;
}

export interface CourseRecommendation {
  courseId: string;
  regionCode: string;
  /** Weighted gap levels the course would close over the people it fits. */
  weightedGapClosed: number;
  gapLevelsClosed: number;
  people: number;
  /** What it closes, for whom: "CNC-programmering 2→4 for 6 people". */
  steps: RecommendationStep[];
  /** Fee per closed gap level, in öre; null when the course has no per-participant price. */
  pricePerGapLevel: bigint | null;
}

/**
 * Courses ranked by how much of the weighted gap they close for a company, a group in it, or
 * one person: for each person with a gap in a competence a course targets above their current
 * level, it closes min(target, required) − current levels, weighted by importance. Over the
 * people the viewer may see; one SQL statement.
 */
export async function recommendCourses(
  ctx: ServiceContext,
  args: { companyId: string; employeeId?: string | null; group?: EmployeeGroup | null; first?: number | null },
): Promise<CourseRecommendation[]> {
  assertCanReadCatalogue(ctx.viewer);
  const company = await getCompany(ctx, args.companyId);
  const size = pageSize(args.first, 10);
  if (args.employeeId && !isUuid(args.employeeId)) throw new NotFoundError('Employee', ['employeeId']);
  if (args.group && args.employeeId) throw new InvalidInputError([{ field: ['group'], code: 'INVALID', message: 'Give a person or a group, not both' }]);

  const population =
    and(
      ...within(
        employeeVisibility(ctx.viewer),
        eq(employees.companyId, company.id),
        args.employeeId ? eq(employees.id, args.employeeId) : undefined,
        args.group ? eq(employees.group, args.group) : undefined,
      ),
    ) ?? sql`true`;

  const found = await rows<Omit<CourseRecommendation, 'pricePerGapLevel' | 'regionCode'> & { price: string | null }>(
    ctx.db,
    sql`with ${standingsCte(population)},
        matches as (
          select cc.course_id, s.employee_id, s.competence_id, s.level as from_level,
                 least(cc.target_level, s.required_level) as to_level, s.weight
          from standings s
          join course_competences cc on cc.competence_id = s.competence_id and cc.target_level > s.level
          join courses c on c.id = cc.course_id and c.retired_at is null
          where s.gap > 0
        ),
        steps as (
          select course_id, competence_id, from_level, to_level, count(*)::int as people,
                 sum((to_level - from_level) * weight)::int as weighted
          from matches group by course_id, competence_id, from_level, to_level
        )
        select m.course_id as "courseId",
               sum((m.to_level - m.from_level) * m.weight)::int as "weightedGapClosed",
               sum(m.to_level - m.from_level)::int as "gapLevelsClosed",
               count(distinct m.employee_id)::int as people,
               (select c.price_per_participant from courses c where c.id = m.course_id)::text as price,
               (select json_agg(json_build_object('competenceId', st.competence_id, 'fromLevel', st.from_level, 'toLevel', st.to_level, 'people', st.people)
                                order by st.weighted desc, st.people desc)
                  from steps st where st.course_id = m.course_id) as steps
        from matches m
        group by m.course_id
        -- Ties break on the title, so the same data always ranks the same way.
        order by "weightedGapClosed" desc, people desc, (select c.title_sv from courses c where c.id = m.course_id), m.course_id
        limit ${size}`,
  );
  return found.map(({ price, steps, ...r }) => ({
    ...r,
    regionCode: company.regionCode,
    steps: typeof steps === 'string' ? (JSON.parse(steps) as RecommendationStep[]) : steps,
    // Integer division in öre: what each closed gap level costs in fees.
    pricePerGapLevel: price === null || r.gapLevelsClosed === 0 ? null : (BigInt(price) * BigInt(r.people)) / BigInt(r.gapLevelsClosed),
  }));
}
