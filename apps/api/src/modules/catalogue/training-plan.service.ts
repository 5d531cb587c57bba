import { schema } from '@smartkompetens/db';
import { formatOre, seatHoldingStatuses, type EmployeeGroup, type Importance } from '@smartkompetens/domain';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, InvalidInputError, NotFoundError, type FieldProblem } from '../../errors/index.ts';
import { isUuid } from '../../lib/ids.ts';
import { rows } from '../../lib/sql.ts';
import { companyInternals } from '../competence/competence.access.ts';
import { importanceOfWeight, standingsCte } from '../competence/standings.sql.ts';
import { ALL, canManageEmployees } from '../organisations/organisations.access.ts';
import { companiesByIds } from '../organisations/organisations.service.ts';
import type { EnrolmentRow } from './enrolments.service.ts';
import { suggestPlan, type SuggestionCandidate, type SuggestionLimits } from './plan-suggestion.ts';

/**
 * A firm's training plan — its people's live enrolments on upcoming occasions, what they cost
 * and which gaps they close — and the optimiser's suggestion of what to add within a budget.
 */

const { companies, employees } = schema;

/** Enrolments that are still going to happen: the plan. Cancelled and finished ones are history. */
const LIVE = sql.raw(`'REQUESTED', 'CONFIRMED', 'WAITLISTED', 'OFFERED'`);
const SEAT_HOLDING = sql.raw(seatHoldingStatuses.map((s) => `'${s}'`).join(', '));

export interface GapClosure {
  competenceId: string;
  /** Current level; null when never assessed (then no gap is counted as closed). */
  from: number | null;
  /** The level the course brings the person to, capped at what their roles require. */
  to: number;
  required: number;
  importance: Importance;
}

export interface TrainingPlanLine {
  enrolment: EnrolmentRow;
  courseId: string;
  /** Öre per participant; null when the course is only priced per (tailored) occasion. */
  fee: bigint | null;
  /** Course hours × the person's hourly cost, öre. */
  participantTimeCost: bigint;
  closes: GapClosure[];
}

export interface TrainingPlanTotals {
  fees: bigint;
  participantTime: bigint;
  total: bigint;
  /** Σ weight × levels closed, each person's gap in a competence counted once (at the furthest closure). */
  weightedGapClosed: number;
}

export interface TrainingPlan {
  companyId: string;
  lines: TrainingPlanLine[];
  totals: TrainingPlanTotals;
}

interface RawLine {
  id: string;
  occasionId: string;
  employeeId: string;
  companyId: string;
  status: EnrolmentRow['status'];
  requestedByUserId: string | null;
  waitlistedAt: string | null;
  cancelledAt: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  courseId: string;
  fee: string | null;
  participantTimeCost: string;
  closes: { competenceId: string; from: number | null; to: number; required: number; weight: 1 | 2 | 3 }[];
}

interface PlanRow {
  companyId: string;
  fees: string;
  participantTime: string;
  weightedGapClosed: number;
  lines: RawLine[];
}

const date = (value: string | null) => (value === null ? null : new Date(value));

function toLine(raw: RawLine): TrainingPlanLine {
  return {
    enrolment: {
      id: raw.id,
      occasionId: raw.occasionId,
      employeeId: raw.employeeId,
      companyId: raw.companyId,
      status: raw.status,
      requestedByUserId: raw.requestedByUserId,
      waitlistedAt: date(raw.waitlistedAt),
      cancelledAt: date(raw.cancelledAt),
      note: raw.note,
      createdAt: new Date(raw.createdAt),
      updatedAt: new Date(raw.updatedAt),
    },
    courseId: raw.courseId,
    fee: raw.fee === null ? null : BigInt(raw.fee),
    participantTimeCost: BigInt(raw.participantTimeCost),
    closes: raw.closes.map((c) => ({ competenceId: c.competenceId, from: c.from, to: c.to, required: c.required, importance: importanceOfWeight[c.weight] })),
  };
}

/**
 * The training plans of several firms in one statement. A plan is the firm's internal data
 * about its people: its admins, its region's admins and programme admins see it (the
 * companyInternals rule without employees); firms the viewer may not see it for are absent
 * from the result. Money is summed by PostgreSQL as numeric and read as text, never a float.
 */
export async function trainingPlansByCompanies(ctx: ServiceContext, companyIds: readonly string[]): Promise<Map<string, TrainingPlan>> {
  const ids = [...new Set(companyIds)].filter(isUuid);
  const result = new Map<string, TrainingPlan>();
  if (!ids.length) return result;
  const visibility = companyInternals(ctx.viewer, companies.id, { employees: false });
  const permitted = and(inArray(companies.id, ids), visibility === ALL ? undefined : visibility);
  const found = await rows<PlanRow>(
    ctx.db,
    sql`with permitted as (select ${companies.id} as id from ${companies} where ${permitted}),
        ${standingsCte(sql`${employees.companyId} in (select id from permitted)`)},
        plan as (
          select e.id, e.occasion_id, e.employee_id, e.company_id, e.status, e.requested_by_user_id, e.waitlisted_at,
                 e.cancelled_at, e.note, e.created_at, e.updated_at, o.course_id, o.starts_on,
                 c.price_per_participant as fee, c.length_hours * emp.hourly_cost as time_cost,
                 lower(emp.last_name) collate "C" as last_name, lower(emp.first_name) collate "C" as first_name
          from enrolments e
          join occasions o on o.id = e.occasion_id
          join courses c on c.id = o.course_id
          join employees emp on emp.id = e.employee_id
          where e.company_id in (select id from permitted) and e.status in (${LIVE})
            and o.starts_on >= current_date and o.status <> 'CANCELLED'
        ),
        closes as (
          select p.id as enrolment_id, p.company_id, p.employee_id, s.competence_id, s.level, s.required_level, s.weight,
                 least(cc.target_level, s.required_level) as reach
          from plan p
          join course_competences cc on cc.course_id = p.course_id
          join standings s on s.employee_id = p.employee_id and s.competence_id = cc.competence_id
          where s.level is null or s.level < least(cc.target_level, s.required_level)
        ),
        closed as (
          select company_id, employee_id, competence_id, max(weight * (reach - level)) as weighted
          from closes where level is not null
          group by company_id, employee_id, competence_id
        )
        select pm.id as "companyId",
               coalesce((select sum(fee) from plan where company_id = pm.id), 0)::text as fees,
               coalesce((select sum(time_cost) from plan where company_id = pm.id), 0)::text as "participantTime",
               coalesce((select sum(weighted) from closed where company_id = pm.id), 0)::int as "weightedGapClosed",
               coalesce((
                 select json_agg(json_build_object(
                          'id', p.id, 'occasionId', p.occasion_id, 'employeeId', p.employee_id, 'companyId', p.company_id,
                          'status', p.status, 'requestedByUserId', p.requested_by_user_id, 'waitlistedAt', p.waitlisted_at,
                          'cancelledAt', p.cancelled_at, 'note', p.note, 'createdAt', p.created_at, 'updatedAt', p.updated_at,
                          'courseId', p.course_id, 'fee', p.fee::text, 'participantTimeCost', p.time_cost::text,
                          'closes', coalesce((
                            select json_agg(json_build_object('competenceId', cl.competence_id, 'from', cl.level, 'to', cl.reach,
                                                              'required', cl.required_level, 'weight', cl.weight)
                                            order by cl.weight desc, cl.competence_id)
                            from closes cl where cl.enrolment_id = p.id), '[]'::json))
                        order by p.starts_on, p.last_name, p.first_name, p.id)
                 from plan p where p.company_id = pm.id), '[]'::json) as lines
        from permitted pm`,
  );
  for (const row of found) {
    const fees = BigInt(row.fees);
    const participantTime = BigInt(row.participantTime);
    result.set(row.companyId, {
      companyId: row.companyId,
      lines: row.lines.map(toLine),
      totals: { fees, participantTime, total: fees + participantTime, weightedGapClosed: row.weightedGapClosed },
    });
  }
  return result;
}

/** Why a plan is missing for a firm the viewer can see. */
export function trainingPlanForbidden(): ForbiddenError {
  return new ForbiddenError('Only the firm’s admins, its region’s admins and programme admins see its training plan');
}

// Suggestion

export interface SuggestionArgs {
  companyId: string;
  /** Öre. */
  budget: bigint;
  from: string;
  to: string;
  group?: EmployeeGroup | null;
}

export interface TrainingPlanChoice {
  employeeId: string;
  occasionId: string;
  courseId: string;
  cost: bigint;
  value: number;
  explanation: string;
  explanationEn: string;
}

export interface TrainingPlanSuggestion {
  choices: TrainingPlanChoice[];
  totalCost: bigint;
  totalValue: number;
  optimal: boolean;
  budgetLeft: bigint;
}

interface CandidateRow {
  employeeId: string;
  firstName: string;
  lastName: string;
  courseId: string;
  cost: string;
  gains: { competenceId: string; nameSv: string; nameEn: string | null; weight: 1 | 2 | 3; from: number; to: number }[];
  occasions: { id: string; free: number }[];
}

const importanceSv: Record<Importance, string> = { CRITICAL: 'kritisk', IMPORTANT: 'viktig', USEFUL: 'nyttig' };
const importanceEn: Record<Importance, string> = { CRITICAL: 'critical', IMPORTANT: 'important', USEFUL: 'useful' };

function list(parts: string[], and: string): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;
}

async function assertMayPlan(ctx: ServiceContext, companyId: string): Promise<void> {
  const company = (await companiesByIds(ctx, [companyId])).get(companyId);
  if (!company) throw new NotFoundError('Company', ['companyId']);
  if (!canManageEmployees(ctx.viewer, companyId)) throw new ForbiddenError('Only the firm’s admins ask for a training plan suggestion');
}

function validate(args: SuggestionArgs): void {
  const problems: FieldProblem[] = [];
  if (args.budget <= 0n) problems.push({ field: ['budget'], code: 'OUT_OF_RANGE', message: 'The budget must be more than 0 öre' });
  if (args.to < args.from) problems.push({ field: ['to'], code: 'OUT_OF_RANGE', message: 'The period must not end before it starts (from ≤ to)' });
  if (problems.length) throw new InvalidInputError(problems);
}

/**
 * What the firm's admins could add to the plan: the (person, occasion) choices that close the
 * most weighted gap within the budget and the seats on offer, found by the optimiser in
 * plan-suggestion.ts. Candidates and their values come from one SQL statement; nothing is
 * written (the admin enrols with enrolmentCreate).
 *
 * A candidate is an active person of the firm (of the group, if given) with an assessed gap,
 * and an OPEN occasion starting within the period and not before today, its registration
 * open, in the firm's county or online, not tailored for another firm, with free seats, of a
 * live course with a per-participant price, for the person's group, that brings a competence
 * the person needs above the level they reach with what is already planned — a person is not
 * offered a course they are already enrolled on, nor credited twice for a gap the plan closes.
 */
export async function suggestTrainingPlan(ctx: ServiceContext, args: SuggestionArgs, limits: SuggestionLimits = {}): Promise<TrainingPlanSuggestion> {
  await assertMayPlan(ctx, args.companyId);
  validate(args);
  const population: SQL = and(eq(employees.companyId, args.companyId), args.group ? eq(employees.group, args.group) : undefined)!;
  const found = await rows<CandidateRow>(
    ctx.db,
    sql`with ${standingsCte(population)},
        live as (
          select e.employee_id, o.course_id
          from enrolments e join occasions o on o.id = e.occasion_id
          where e.company_id = ${args.companyId} and e.status in (${LIVE}) and o.starts_on >= current_date and o.status <> 'CANCELLED'
        ),
        planned as (
          select l.employee_id, cc.competence_id, max(cc.target_level) as level
          from live l join course_competences cc on cc.course_id = l.course_id
          group by l.employee_id, cc.competence_id
        ),
        offered as (
          select o.id, o.course_id, o.starts_on,
                 o.seats - (select count(*) from enrolments e where e.occasion_id = o.id and e.status in (${SEAT_HOLDING}))::int as free
          from occasions o
          join courses c on c.id = o.course_id
          where o.status = 'OPEN' and o.starts_on between ${args.from} and ${args.to} and o.starts_on >= current_date
            and o.registration_deadline >= current_date
            and c.retired_at is null and c.price_per_participant is not null
            and (o.online or o.region_code = (select region_code from companies where id = ${args.companyId}))
            and (o.tailored_for_company_id is null or o.tailored_for_company_id = ${args.companyId})
        ),
        gains as (
          select s.employee_id, cc.course_id, s.competence_id, s.weight,
                 greatest(s.level, coalesce(pl.level, 0)) as from_level, least(cc.target_level, s.required_level) as to_level
          from standings s
          join course_competences cc on cc.competence_id = s.competence_id
          left join planned pl on pl.employee_id = s.employee_id and pl.competence_id = s.competence_id
          where s.level is not null
            and least(cc.target_level, s.required_level) > greatest(s.level, coalesce(pl.level, 0))
            and cc.course_id in (select course_id from offered where free > 0)
            and not exists (select 1 from live l where l.employee_id = s.employee_id and l.course_id = cc.course_id)
        )
        select g.employee_id as "employeeId", emp.first_name as "firstName", emp.last_name as "lastName", g.course_id as "courseId",
               (c.price_per_participant + c.length_hours * emp.hourly_cost)::text as cost,
               json_agg(json_build_object('competenceId', g.competence_id, 'nameSv', comp.name_sv, 'nameEn', comp.name_en,
                                          'weight', g.weight, 'from', g.from_level, 'to', g.to_level)
                        order by g.weight desc, comp.name_sv, g.competence_id) as gains,
               (select json_agg(json_build_object('id', o.id, 'free', o.free) order by o.starts_on, o.id)
                from offered o where o.course_id = g.course_id and o.free > 0) as occasions
        from gains g
        join employees emp on emp.id = g.employee_id
        join courses c on c.id = g.course_id
        join competences comp on comp.id = g.competence_id
        where c.audience::text in ('BOTH', emp."group"::text)
        group by g.employee_id, emp.first_name, emp.last_name, emp.hourly_cost, g.course_id, c.price_per_participant, c.length_hours
        order by lower(emp.last_name) collate "C", lower(emp.first_name) collate "C", g.employee_id, g.course_id`,
  );

  const seats = new Map<string, number>();
  const candidates: SuggestionCandidate[] = [];
  const rowOf = new Map<SuggestionCandidate, CandidateRow>();
  for (const row of found) {
    const gains = row.gains.map((g) => ({ competenceId: g.competenceId, value: g.weight * (g.to - g.from) }));
    for (const occasion of row.occasions) {
      seats.set(occasion.id, occasion.free);
      const candidate = { personId: row.employeeId, occasionId: occasion.id, courseId: row.courseId, cost: BigInt(row.cost), gains };
      candidates.push(candidate);
      rowOf.set(candidate, row);
    }
  }
  // The service's candidates are listed earliest occasion first, so each choice gets the earliest seat free.
  const suggestion = suggestPlan({ budget: args.budget, seats, candidates }, limits);

  const choices = suggestion.choices.map(({ candidate, credited, value }): TrainingPlanChoice => {
    const row = rowOf.get(candidate)!;
    const counted = row.gains.filter((g) => credited.some((c) => c.competenceId === g.competenceId));
    const name = `${row.firstName} ${row.lastName}`;
    const sv = counted.map((g) => `${g.nameSv} ${g.from}→${g.to} (${importanceSv[importanceOfWeight[g.weight]]})`);
    const en = counted.map((g) => `${g.nameEn ?? g.nameSv} ${g.from}→${g.to} (${importanceEn[importanceOfWeight[g.weight]]})`);
    return {
      employeeId: candidate.personId,
      occasionId: candidate.occasionId,
      courseId: candidate.courseId,
      cost: candidate.cost,
      value,
      explanation: `Stänger ${list(sv, 'och')} för ${name}, ${formatOre(candidate.cost)}`,
      explanationEn: `Closes ${list(en, 'and')} for ${name}, ${formatOre(candidate.cost, 'en-GB')}`,
    };
  });
  return {
    choices,
    totalCost: suggestion.totalCost,
    totalValue: suggestion.totalValue,
    optimal: suggestion.optimal,
    budgetLeft: args.budget - suggestion.totalCost,
  };
}
