import { schema } from '@smartkompetens/db';
import { MIN_FIRMS_PER_CELL, MIN_PEOPLE_PER_CELL } from '@smartkompetens/domain';
import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, NotFoundError } from '../../errors/index.ts';
import { rows } from '../../lib/sql.ts';
import { standingsCte } from '../competence/standings.sql.ts';
import { companiesByIds } from '../organisations/organisations.service.ts';
import { canPlanForCompany } from './recruitment.access.ts';

const { employees, companies } = schema;

/** A group's figures; null figures when withheld. Coverage is a share 0–1 of assessed requirements met. */
export interface BenchmarkFigures {
  firms: number | null;
  coverage: number | null;
  weightedGapPerPerson: number | null;
  assessedShare: number | null;
  suppressed: boolean;
}

export interface BenchmarkCompetence {
  competenceId: string;
  own: number | null;
  industry: number | null;
  county: number | null;
}

export interface Benchmark {
  companyId: string;
  /** The SNI division (two digits) the industry comparison uses. */
  industryCode: string;
  regionCode: string;
  own: BenchmarkFigures;
  industry: BenchmarkFigures;
  county: BenchmarkFigures;
  competences: BenchmarkCompetence[];
}

interface GroupRow {
  grp: 'own' | 'industry' | 'county';
  firms: number;
  people: number;
  coverage: number | null;
  gap: number | null;
  assessed: number | null;
}

/**
 * A firm's coverage and gaps beside the average firm of its industry (SNI division) and of its
 * county — averages over the *other* firms, each firm weighing the same. A comparison covering
 * fewer than 3 other firms or 5 of their people is withheld, and so is any per-competence figure
 * resting on fewer than 3 other firms. Figures are rounded (coverage to whole per cent, gap to
 * one decimal) so that small changes between two looks reveal less. One SQL statement.
 */
export async function companyBenchmark(ctx: ServiceContext, companyId: string): Promise<Benchmark> {
  const company = (await companiesByIds(ctx, [companyId])).get(companyId);
  if (!company) throw new NotFoundError('Company', ['companyId']);
  if (!canPlanForCompany(ctx.viewer, company)) throw new ForbiddenError('The benchmark is for the firm’s admins and owners');
  const division = company.sniCode.slice(0, 2);
  const population = sql`${employees.companyId} in (select ${companies.id} from ${companies} where ${companies.regionCode} = ${company.regionCode} or left(${companies.sniCode}, 2) = ${division})`;
  const peerGroups = sql`(case when f.id = ${companyId} then array['own']
                               else array_remove(array[case when left(f.sni_code, 2) = ${division} then 'industry' end,
                                                       case when f.region_code = ${company.regionCode} then 'county' end], null) end)`;
  const [groups, competences] = await Promise.all([
    rows<GroupRow>(
      ctx.db,
      sql`with ${standingsCte(population, { materializeLevels: true })},
          per_firm as (
            select s.company_id, count(distinct s.employee_id)::int as people,
                   avg(case when s.gap is null then null when s.gap = 0 then 1.0 else 0.0 end) as coverage,
                   sum(s.weight * s.gap)::float / count(distinct s.employee_id) as gap,
                   avg(case when s.level is null then 0.0 else 1.0 end) as assessed
            from standings s group by s.company_id
          ),
          tagged as (select p.*, unnest(${peerGroups}) as grp from per_firm p join ${companies} f on f.id = p.company_id)
          select grp, count(*)::int as firms, sum(people)::int as people,
                 round(avg(coverage)::numeric, 2)::float as coverage, round(avg(gap)::numeric, 1)::float as gap, round(avg(assessed)::numeric, 2)::float as assessed
          from tagged group by grp`,
    ),
    rows<BenchmarkCompetence & { industryFirms: number; countyFirms: number }>(
      ctx.db,
      sql`with ${standingsCte(population, { materializeLevels: true })},
          per_firm as (
            select s.company_id, s.competence_id, avg(case when s.gap is null then null when s.gap = 0 then 1.0 else 0.0 end) as coverage
            from standings s join competences k on k.id = s.competence_id and k.company_id is null
            group by s.company_id, s.competence_id
          ),
          tagged as (select p.*, unnest(${peerGroups}) as grp from per_firm p join ${companies} f on f.id = p.company_id where p.coverage is not null)
          select competence_id as "competenceId",
                 round((avg(coverage) filter (where grp = 'own'))::numeric, 2)::float as own,
                 round((avg(coverage) filter (where grp = 'industry'))::numeric, 2)::float as industry,
                 round((avg(coverage) filter (where grp = 'county'))::numeric, 2)::float as county,
                 (count(*) filter (where grp = 'industry'))::int as "industryFirms",
                 (count(*) filter (where grp = 'county'))::int as "countyFirms"
          from tagged group by competence_id
          having bool_or(grp = 'own')
          order by competence_id`,
    ),
  ]);
  const figures = (grp: GroupRow['grp'], peer: boolean): BenchmarkFigures => {
    const row = groups.find((g) => g.grp === grp);
    if (!row || (peer && (row.firms < MIN_FIRMS_PER_CELL || row.people < MIN_PEOPLE_PER_CELL))) {
      return { firms: null, coverage: null, weightedGapPerPerson: null, assessedShare: null, suppressed: peer };
    }
    return { firms: row.firms, coverage: row.coverage, weightedGapPerPerson: row.gap, assessedShare: row.assessed, suppressed: false };
  };
  const industry = figures('industry', true);
  const county = figures('county', true);
  return {
    companyId,
    industryCode: division,
    regionCode: company.regionCode,
    own: figures('own', false),
    industry,
    county,
    competences: competences.map((c) => ({
      competenceId: c.competenceId,
      own: c.own,
      industry: !industry.suppressed && c.industryFirms >= MIN_FIRMS_PER_CELL ? c.industry : null,
      county: !county.suppressed && c.countyFirms >= MIN_FIRMS_PER_CELL ? c.county : null,
    })),
  };
}
