import { schema } from '@smartkompetens/db';
import { MIN_PEOPLE_PER_CELL, optionalText, type InputProblem } from '@smartkompetens/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { InvalidInputError, NotFoundError } from '../../errors/index.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { isUuid } from '../../lib/ids.ts';
import { rows } from '../../lib/sql.ts';
import { ALL, canManageEmployees, employeeVisibility, within } from '../organisations/organisations.access.ts';
import { assertCanReadCatalogue, canManageProviderCatalogue } from './catalogue.access.ts';
import { coursesByIds } from './courses.service.ts';
import type { EnrolmentRow } from './enrolments.service.ts';

/** After the occasion: attendance, completion, evaluations and the training's effect. */

const { enrolments, employees, evaluations, occasions } = schema;

export interface Participant {
  enrolmentId: string;
  occasionId: string;
  name: string;
  status: EnrolmentRow['status'];
}

/**
 * Who is on each occasion. The occasion's provider sees every participant's name and status
 * (for attendance, nothing more); others see the people they may see anyway.
 */
export async function participantsByOccasions(ctx: ServiceContext, occasionIds: readonly string[]): Promise<Map<string, Participant[]>> {
  assertCanReadCatalogue(ctx.viewer);
  const ids = [...new Set(occasionIds)].filter(isUuid);
  const result = new Map<string, Participant[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const providerIds = ctx.viewer.kind === 'user' ? ctx.viewer.memberships.flatMap((m) => (m.role === 'PROVIDER' && m.providerId ? [m.providerId] : [])) : [];
  const visibility = employeeVisibility(ctx.viewer);
  const own = providerIds.length ? sql`${occasions.providerId} in (${sql.join(providerIds.map((p) => sql`${p}`), sql`, `)})` : sql`false`;
  const found = await ctx.db
    .select({ enrolmentId: enrolments.id, occasionId: enrolments.occasionId, first: employees.firstName, last: employees.lastName, status: enrolments.status })
    .from(enrolments)
    .innerJoin(employees, eq(employees.id, enrolments.employeeId))
    .innerJoin(occasions, eq(occasions.id, enrolments.occasionId))
    .where(and(inArray(enrolments.occasionId, ids), visibility === ALL ? undefined : sql`(${own} or ${visibility})`))
    .orderBy(employees.lastName, employees.firstName);
  for (const p of found) result.get(p.occasionId)!.push({ enrolmentId: p.enrolmentId, occasionId: p.occasionId, name: `${p.first} ${p.last}`, status: p.status });
  return result;
}

/** Records attendance or completion: the occasion's provider or the participant's firm admin. */
export async function recordOutcome(ctx: ServiceContext, id: string, outcome: 'ATTENDED' | 'COMPLETED' | 'NO_SHOW'): Promise<EnrolmentRow> {
  assertCanReadCatalogue(ctx.viewer);
  const [found] = isUuid(id)
    ? await ctx.db.select({ enrolment: enrolments, occasion: occasions }).from(enrolments).innerJoin(occasions, eq(occasions.id, enrolments.occasionId)).where(eq(enrolments.id, id))
    : [];
  const mayRecord = found && (canManageProviderCatalogue(ctx.viewer, found.occasion.providerId) || canManageEmployees(ctx.viewer, found.enrolment.companyId));
  if (!found || !mayRecord) throw new NotFoundError('Enrolment', ['id']);
  const today = new Date().toISOString().slice(0, 10);
  if (found.occasion.startsOn > today) throw new InvalidInputError([{ field: ['id'], code: 'INVALID', message: 'The occasion has not started yet' }]);
  if (!['CONFIRMED', 'ATTENDED', 'COMPLETED', 'NO_SHOW'].includes(found.enrolment.status)) {
    throw new InvalidInputError([{ field: ['id'], code: 'INVALID', message: 'Only a confirmed participant attends or completes' }]);
  }
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx.update(enrolments).set({ status: outcome, updatedAt: new Date() }).where(eq(enrolments.id, id)).returning();
    await audit({ ...ctx, db: tx }, { action: 'enrolment.outcome', entityType: 'enrolment', entityId: id, companyId: found.enrolment.companyId, details: { outcome } });
    return updated!;
  });
}

export type EvaluationRow = typeof evaluations.$inferSelect;

/** A participant rates a course they attended, once. */
export async function submitEvaluation(ctx: ServiceContext, enrolmentId: string, rating: number, comment?: string | null): Promise<EvaluationRow> {
  assertCanReadCatalogue(ctx.viewer);
  const [enrolment] = isUuid(enrolmentId) ? await ctx.db.select().from(enrolments).where(eq(enrolments.id, enrolmentId)) : [];
  const isSelf = ctx.viewer.kind === 'user' && ctx.viewer.memberships.some((m) => m.role === 'EMPLOYEE' && m.employeeId === enrolment?.employeeId);
  if (!enrolment || !isSelf) throw new NotFoundError('Enrolment', ['enrolmentId']);
  const problems: InputProblem[] = [];
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) problems.push({ field: ['rating'], code: 'OUT_OF_RANGE', message: 'From 1 to 5' });
  const text = optionalText(problems, 'comment', comment, 2000);
  if (!['ATTENDED', 'COMPLETED'].includes(enrolment.status)) problems.push({ field: ['enrolmentId'], code: 'INVALID', message: 'Rate a course after taking part' });
  if (problems.length) throw new InvalidInputError(problems);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx.insert(evaluations).values({ enrolmentId, rating, comment: text }).returning();
      await audit({ ...ctx, db: tx }, { action: 'evaluation.submit', entityType: 'enrolment', entityId: enrolmentId, companyId: enrolment.companyId });
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'evaluations_pkey')) {
      throw new InvalidInputError([{ field: ['enrolmentId'], code: 'DUPLICATE', message: 'You have already rated this course' }]);
    }
    throw error;
  }
}

export interface EvaluationSummary {
  courseId: string;
  count: number;
  /** Average rating × 100, an integer: 4.25 is 425. */
  averageTimes100: number | null;
}

/** Ratings per course, aggregated in SQL; open to every catalogue reader. */
export async function evaluationSummariesByCourses(ctx: ServiceContext, courseIds: readonly string[]): Promise<Map<string, EvaluationSummary>> {
  assertCanReadCatalogue(ctx.viewer);
  const ids = [...new Set(courseIds)].filter(isUuid);
  const result = new Map<string, EvaluationSummary>(ids.map((id) => [id, { courseId: id, count: 0, averageTimes100: null }]));
  if (!ids.length) return result;
  const found = await ctx.db
    .select({ courseId: occasions.courseId, count: sql<number>`count(*)::int`, average: sql<number>`round(avg(${evaluations.rating}) * 100)::int` })
    .from(evaluations)
    .innerJoin(enrolments, eq(enrolments.id, evaluations.enrolmentId))
    .innerJoin(occasions, eq(occasions.id, enrolments.occasionId))
    .where(inArray(occasions.courseId, ids))
    .groupBy(occasions.courseId);
  for (const row of found) result.set(row.courseId, { courseId: row.courseId, count: row.count, averageTimes100: row.average });
  return result;
}

/** Free-text comments: for the course's provider (and programme admins), newest first. */
export async function evaluationCommentsByCourses(ctx: ServiceContext, courseIds: readonly string[]): Promise<Map<string, string[]>> {
  const courseRows = await coursesByIds(ctx, courseIds);
  const allowed = [...courseRows.values()].filter(
    (c) => canManageProviderCatalogue(ctx.viewer, c.providerId) || (ctx.viewer.kind === 'user' && ctx.viewer.memberships.some((m) => m.role === 'PROGRAMME_ADMIN')),
  );
  const result = new Map<string, string[]>([...courseIds].map((id) => [id, []]));
  if (!allowed.length) return result;
  const found = await ctx.db
    .select({ courseId: occasions.courseId, comment: evaluations.comment })
    .from(evaluations)
    .innerJoin(enrolments, eq(enrolments.id, evaluations.enrolmentId))
    .innerJoin(occasions, eq(occasions.id, enrolments.occasionId))
    .where(and(inArray(occasions.courseId, allowed.map((c) => c.id)), sql`${evaluations.comment} is not null`))
    .orderBy(sql`${evaluations.createdAt} desc`);
  for (const row of found) result.get(row.courseId)?.push(row.comment!);
  return result;
}

export interface TrainingEffect {
  courseId: string;
  competenceId: string;
  participants: number | null;
  /** Average assessed level before and after, × 100 (integers). */
  beforeTimes100: number | null;
  afterTimes100: number | null;
  suppressed: boolean;
}

/**
 * Training effect: for participants who completed a course, their assessed level in each
 * competence it targets before the occasion started versus after it ended (latest assessment
 * on each side, manager's first as everywhere). Firms see their own people; the course's
 * provider and programme admins see everyone, providers with small groups suppressed.
 */
export async function trainingEffectByCourses(ctx: ServiceContext, courseIds: readonly string[]): Promise<Map<string, TrainingEffect[]>> {
  const courseRows = await coursesByIds(ctx, courseIds);
  const result = new Map<string, TrainingEffect[]>([...courseIds].map((id) => [id, []]));
  if (!courseRows.size) return result;
  const providerOf = (providerId: string) => canManageProviderCatalogue(ctx.viewer, providerId);
  const visibility = employeeVisibility(ctx.viewer);
  const anyProvider = [...courseRows.values()].some((c) => providerOf(c.providerId));
  const population = anyProvider || visibility === ALL ? sql`true` : (and(...within(visibility)) ?? sql`true`);
  const latest = (side: 'before' | 'after') => sql`(
      select a.level from assessments a
      where a.employee_id = e.employee_id and a.competence_id = cc.competence_id
        and ${side === 'before' ? sql`a.assessed_on < o.starts_on` : sql`a.assessed_on >= o.ends_on`}
      order by (a.source = 'MANAGER') desc, a.assessed_on desc, a.created_at desc limit 1)`;
  const found = await rows<Omit<TrainingEffect, 'suppressed'>>(
    ctx.db,
    sql`with participants as (
          select e.employee_id, o.course_id, cc.competence_id, ${latest('before')} as before, ${latest('after')} as after
          from ${enrolments} e
          join ${occasions} o on o.id = e.occasion_id
          join course_competences cc on cc.course_id = o.course_id
          join ${employees} on ${employees.id} = e.employee_id
          where e.status = 'COMPLETED' and ${inArray(sql`o.course_id`, [...courseRows.keys()])} and (${population})
        )
        select course_id as "courseId", competence_id as "competenceId",
               (count(*) filter (where before is not null and after is not null))::int as participants,
               round(avg(before) filter (where after is not null) * 100)::int as "beforeTimes100",
               round(avg(after) filter (where before is not null) * 100)::int as "afterTimes100"
        from participants group by course_id, competence_id order by course_id, competence_id`,
  );
  for (const row of found) {
    const course = courseRows.get(row.courseId)!;
    // A provider looks at other firms' people: small groups would identify them.
    const suppress = providerOf(course.providerId) && visibility !== ALL && (row.participants ?? 0) < MIN_PEOPLE_PER_CELL;
    result.get(row.courseId)!.push(suppress ? { ...row, participants: null, beforeTimes100: null, afterTimes100: null, suppressed: true } : { ...row, suppressed: false });
  }
  return result;
}

export interface AssessmentPrompt {
  employeeId: string;
  competenceId: string;
  courseId: string;
  completedOn: string;
}

/** Completed courses whose competences the person has not been assessed in since: time to reassess. */
export async function assessmentPromptsByEmployees(ctx: ServiceContext, employeeIds: readonly string[]): Promise<Map<string, AssessmentPrompt[]>> {
  const ids = [...new Set(employeeIds)].filter(isUuid);
  const result = new Map<string, AssessmentPrompt[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const visibility = and(...within(employeeVisibility(ctx.viewer), inArray(employees.id, ids))) ?? sql`true`;
  const found = await rows<Omit<AssessmentPrompt, 'completedOn'> & { completedOn: string | Date }>(
    ctx.db,
    sql`select e.employee_id as "employeeId", cc.competence_id as "competenceId", o.course_id as "courseId", o.ends_on as "completedOn"
        from ${enrolments} e
        join ${employees} on ${employees.id} = e.employee_id
        join ${occasions} o on o.id = e.occasion_id
        join course_competences cc on cc.course_id = o.course_id
        where e.status = 'COMPLETED' and (${visibility})
          and not exists (select 1 from assessments a where a.employee_id = e.employee_id and a.competence_id = cc.competence_id and a.assessed_on >= o.ends_on)
        order by o.ends_on desc`,
  );
  for (const p of found) {
    const completedOn = p.completedOn instanceof Date ? p.completedOn.toISOString().slice(0, 10) : String(p.completedOn).slice(0, 10);
    result.get(p.employeeId)!.push({ ...p, completedOn });
  }
  return result;
}

