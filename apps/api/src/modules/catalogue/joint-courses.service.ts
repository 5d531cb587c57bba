import { schema } from '@smartkompetens/db';
import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../auth/context.ts';
import { requireSignedIn } from '../../auth/viewer.ts';
import { ForbiddenError, InvalidInputError } from '../../errors/index.ts';
import { rows } from '../../lib/sql.ts';
import { standingsCte } from '../competence/standings.sql.ts';
import { canPlanJointCourses } from './course-requests.access.ts';

const { employees, companies, occasions, courseCompetences } = schema;

export interface JointCourseCandidateCompanyRow {
  companyId: string;
  people: number;
}

export interface JointCourseCandidateRow {
  competenceId: string;
  people: number;
  firms: number;
  companies: JointCourseCandidateCompanyRow[];
}

/** How far ahead an occasion counts as covering a gap. */
const HORIZON = sql.raw(`interval '6 months'`);

/**
 * Joint course candidates of a county, in one statement: per competence, the people of the
 * county's firms with a gap (assessed below the level their roles require) that no occasion
 * starting in the next six months covers — not cancelled, in the county or online, of a course
 * bringing the competence to at least the level the person needs, and not tailored for another
 * firm. A competence is a candidate when those people work at two firms or more.
 */
export async function jointCourseCandidates(ctx: ServiceContext, regionCode: string): Promise<JointCourseCandidateRow[]> {
  requireSignedIn(ctx.viewer);
  if (!canPlanJointCourses(ctx.viewer, regionCode)) throw new ForbiddenError("Only the county's region admin or a programme admin plans joint courses");
  if (!/^\d{2}$/.test(regionCode)) throw new InvalidInputError([{ field: ['regionCode'], code: 'INVALID', message: 'A county code, two digits, e.g. 03' }]);

  const population = sql`${employees.companyId} in (select ${companies.id} from ${companies} where ${companies.regionCode} = ${regionCode})`;
  // Both drivers parse the json_agg column into objects.
  return rows<JointCourseCandidateRow>(
    ctx.db,
    sql`with ${standingsCte(population)},
        uncovered as (
          select s.employee_id, s.company_id, s.competence_id
          from standings s
          where s.gap > 0
            and not exists (
              select 1
              from ${occasions} o
              join ${courseCompetences} cc on cc.course_id = o.course_id
              where cc.competence_id = s.competence_id
                and cc.target_level >= s.required_level
                and o.status <> 'CANCELLED'
                and o.starts_on >= current_date
                and o.starts_on <= (current_date + ${HORIZON})::date
                and (o.region_code = ${regionCode} or o.online)
                and (o.tailored_for_company_id is null or o.tailored_for_company_id = s.company_id)
            )
        ),
        per_firm as (
          select competence_id, company_id, count(distinct employee_id)::int as people
          from uncovered
          group by competence_id, company_id
        )
        select competence_id as "competenceId",
               sum(people)::int as people,
               count(*)::int as firms,
               json_agg(json_build_object('companyId', company_id, 'people', people) order by people desc, company_id) as companies
        from per_firm
        group by competence_id
        having count(*) >= 2
        order by people desc, firms desc, competence_id`,
  );
}
