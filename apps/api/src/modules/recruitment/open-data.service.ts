import { schema } from '@smartkompetens/db';
import { isSuppressed, suppressWithComplements } from '@smartkompetens/domain';
import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../auth/context.ts';
import { rows } from '../../lib/sql.ts';

const { companies } = schema;

/**
 * The programme's public results: open to anyone, no sign-in (they are published for the
 * regions to link to). Every figure that counts people covers at least 3 firms and 5 people,
 * and tables whose totals are published use complementary suppression, so no withheld figure
 * can be computed back from the published ones (docs/decisions/0020). There are no filters:
 * everyone gets the same fixed tables.
 */

export interface CountyResult {
  regionCode: string;
  regionName: string;
  firms: number;
  /** Firms that joined through an application on the platform. */
  joinedFirms: number;
  participants: number | null;
  trainingHours: number | null;
  gapsClosed: number | null;
  suppressed: boolean;
}

export interface ParticipantCell {
  regionCode: string;
  group: string;
  /** WOMAN, MAN, NON_BINARY or UNKNOWN when not given. */
  gender: string;
  participants: number | null;
  suppressed: boolean;
}

export interface CompetenceDeveloped {
  competenceCode: string;
  nameSv: string;
  nameEn: string | null;
  people: number;
  firms: number;
}

export interface ProgrammeResults {
  counties: CountyResult[];
  participants: ParticipantCell[];
  topCompetences: CompetenceDeveloped[];
  totals: { firms: number; participants: number | null; trainingHours: number | null; gapsClosed: number | null };
}

/** Took part: attended or completed a course. */
const TOOK_PART = sql`e.status in ('ATTENDED', 'COMPLETED')`;

export async function programmeResults(ctx: ServiceContext): Promise<ProgrammeResults> {
  const [counties, cells, developed] = await Promise.all([
    rows<{ regionCode: string; regionName: string; firms: number; joinedFirms: number; participants: number; participantFirms: number; trainingHours: number; gapsClosed: number; gapFirms: number; gapPeople: number }>(
      ctx.db,
      sql`with took_part as (
            select e.employee_id, e.company_id, co.length_hours
            from enrolments e join occasions o on o.id = e.occasion_id join courses co on co.id = o.course_id
            where ${TOOK_PART}
          ),
          -- A gap closed: a requirement the person once fell short of (an earlier assessment below
          -- the required level) that their current level now meets.
          closed as (
            select distinct er.employee_id, rr.competence_id, em.company_id
            from employee_roles er
            join employees em on em.id = er.employee_id and em.deactivated_at is null
            join role_requirements rr on rr.role_id = er.role_id
            join current_levels cl on cl.employee_id = er.employee_id and cl.competence_id = rr.competence_id and cl.level >= rr.required_level
            where exists (select 1 from assessments a where a.employee_id = er.employee_id and a.competence_id = rr.competence_id and a.level < rr.required_level)
          )
          select c.region_code as "regionCode", min(r.name) as "regionName", count(*)::int as firms,
                 (select count(*)::int from join_applications j where j.status = 'APPROVED' and j.region_code = c.region_code) as "joinedFirms",
                 (select count(distinct t.employee_id)::int from took_part t join ${companies} x on x.id = t.company_id where x.region_code = c.region_code) as participants,
                 (select count(distinct t.company_id)::int from took_part t join ${companies} x on x.id = t.company_id where x.region_code = c.region_code) as "participantFirms",
                 (select coalesce(sum(t.length_hours), 0)::int from took_part t join ${companies} x on x.id = t.company_id where x.region_code = c.region_code) as "trainingHours",
                 (select count(*)::int from closed g join ${companies} x on x.id = g.company_id where x.region_code = c.region_code) as "gapsClosed",
                 (select count(distinct g.company_id)::int from closed g join ${companies} x on x.id = g.company_id where x.region_code = c.region_code) as "gapFirms",
                 (select count(distinct g.employee_id)::int from closed g join ${companies} x on x.id = g.company_id where x.region_code = c.region_code) as "gapPeople"
          from ${companies} c join regions r on r.code = c.region_code group by c.region_code order by c.region_code`,
    ),
    rows<{ regionCode: string; group: string; gender: string; participants: number; firms: number }>(
      ctx.db,
      sql`select x.region_code as "regionCode", em."group", coalesce(em.gender::text, 'UNKNOWN') as gender,
                 count(distinct em.id)::int as participants, count(distinct em.company_id)::int as firms
          from enrolments e join employees em on em.id = e.employee_id join ${companies} x on x.id = em.company_id
          where ${TOOK_PART}
          group by x.region_code, em."group", coalesce(em.gender::text, 'UNKNOWN')
          order by x.region_code, em."group", gender`,
    ),
    rows<CompetenceDeveloped>(
      ctx.db,
      sql`with firsts as (
            select distinct on (a.employee_id, a.competence_id) a.employee_id, a.competence_id, a.level, a.company_id
            from assessments a order by a.employee_id, a.competence_id, a.assessed_on, a.created_at
          )
          select min(k.code) as "competenceCode", min(k.name_sv) as "nameSv", min(k.name_en) as "nameEn", count(*)::int as people, count(distinct f.company_id)::int as firms
          from current_levels cl join firsts f on f.employee_id = cl.employee_id and f.competence_id = cl.competence_id
          join competences k on k.id = cl.competence_id and k.company_id is null
          where cl.level > f.level
          group by cl.competence_id
          having count(distinct f.company_id) >= 3 and count(*) >= 5
          order by count(*) desc, cl.competence_id
          limit 10`,
    ),
  ]);

  // Participants by county × group × gender: the county totals are published, so a withheld
  // cell needs a withheld partner in its county×group and county×gender lines.
  const withheld = suppressWithComplements(
    cells.map((c) => ({ ...c, people: c.participants })),
    (c) => [`${c.regionCode}:${c.group}`, `${c.regionCode}:${c.gender}`, c.regionCode],
  );
  const participants = cells.map((c, i) => ({ regionCode: c.regionCode, group: c.group, gender: c.gender, participants: withheld[i] ? null : c.participants, suppressed: withheld[i]! }));

  // County rows: people-based figures withheld under 3 firms or 5 people. The programme total of a
  // figure is published only when no county's is withheld, or at least two are (else total − rest).
  const countyRows: CountyResult[] = counties.map((c) => {
    // Zero identifies no one: a county where nobody has taken part yet says so.
    const small = c.participants > 0 && isSuppressed({ firms: c.participantFirms, people: c.participants });
    const smallGaps = c.gapPeople > 0 && isSuppressed({ firms: c.gapFirms, people: c.gapPeople });
    return {
      regionCode: c.regionCode,
      regionName: c.regionName,
      firms: c.firms,
      joinedFirms: c.joinedFirms,
      participants: small ? null : c.participants,
      trainingHours: small ? null : c.trainingHours,
      gapsClosed: smallGaps ? null : c.gapsClosed,
      suppressed: small || smallGaps,
    };
  });
  const total = (pick: (c: (typeof counties)[number]) => number, shown: (c: CountyResult) => number | null) => {
    const hiddenCount = countyRows.filter((c) => shown(c) === null).length;
    return hiddenCount === 1 ? null : counties.reduce((n, c) => n + pick(c), 0);
  };
  return {
    counties: countyRows,
    participants,
    topCompetences: developed,
    totals: {
      firms: counties.reduce((n, c) => n + c.firms, 0),
      participants: total((c) => c.participants, (c) => c.participants),
      trainingHours: total((c) => c.trainingHours, (c) => c.trainingHours),
      gapsClosed: total((c) => c.gapsClosed, (c) => c.gapsClosed),
    },
  };
}
