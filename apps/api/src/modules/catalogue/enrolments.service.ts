import { schema, type Executor } from '@smartkompetens/db';
import { seatHoldingStatuses } from '@smartkompetens/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../errors/index.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { isUuid } from '../../lib/ids.ts';
import { canManageEmployees, employeeVisibility, within } from '../organisations/organisations.access.ts';
import { getEmployee } from '../organisations/organisations.service.ts';
import { commitEnrolment, releaseEnrolments } from '../budget/commitments.ts';
import { occasionsByIds } from './courses.service.ts';

const { enrolments, occasions } = schema;

export type EnrolmentRow = typeof enrolments.$inferSelect;
type OccasionLock = typeof occasions.$inferSelect;

/**
 * Takes the occasion's row lock for the rest of the transaction. Every change to who holds a
 * seat goes through here first, so concurrent enrolments queue on the lock and the seat count
 * they read is the truth: an occasion is never overbooked.
 */
async function lockOccasion(tx: Executor, occasionId: string): Promise<OccasionLock> {
  const [occasion] = await tx.select().from(occasions).where(eq(occasions.id, occasionId)).for('update');
  if (!occasion) throw new NotFoundError('Occasion', ['occasionId']);
  return occasion;
}

async function seatsTaken(tx: Executor, occasionId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(enrolments)
    .where(and(eq(enrolments.occasionId, occasionId), inArray(enrolments.status, [...seatHoldingStatuses])));
  return row?.n ?? 0;
}

/** Keeps the occasion's FULL / OPEN status in step with its seats. */
async function syncFull(tx: Executor, occasion: OccasionLock): Promise<void> {
  if (occasion.status !== 'OPEN' && occasion.status !== 'FULL') return;
  const full = (await seatsTaken(tx, occasion.id)) >= occasion.seats;
  const status = full ? 'FULL' : 'OPEN';
  if (status !== occasion.status) await tx.update(occasions).set({ status, updatedAt: new Date() }).where(eq(occasions.id, occasion.id));
}

/** A seat if one is free, else a place on the waiting list. */
async function seatOrWaitlist(tx: Executor, occasion: OccasionLock): Promise<Pick<EnrolmentRow, 'status' | 'waitlistedAt'>> {
  return (await seatsTaken(tx, occasion.id)) < occasion.seats
    ? { status: 'CONFIRMED', waitlistedAt: null }
    : { status: 'WAITLISTED', waitlistedAt: new Date() };
}

function assertOpenForRegistration(occasion: OccasionLock, today = new Date().toISOString().slice(0, 10)): void {
  if (occasion.status !== 'OPEN' && occasion.status !== 'FULL') {
    throw new InvalidInputError([{ field: ['occasionId'], code: 'INVALID', message: 'The occasion does not take registrations' }]);
  }
  if (occasion.registrationDeadline < today) {
    throw new InvalidInputError([{ field: ['occasionId'], code: 'OUT_OF_RANGE', message: 'The registration deadline has passed' }]);
  }
}

const ALREADY_ENROLLED = { field: ['employeeId'], code: 'DUPLICATE' as const, message: 'The person is already on this occasion' };

/**
 * Keeps the budget in step with the seat, inside the seat's transaction: taking a seat commits
 * the fee and participant time (refused with OVER_BUDGET when the firm's budget cannot carry it,
 * unless an override is approved), cancelling releases them.
 */
async function followWithBudget(tx: Executor, ctx: ServiceContext, before: EnrolmentRow['status'] | null, after: EnrolmentRow, overrideApproved = false): Promise<void> {
  if (after.status === 'CONFIRMED' && before !== 'CONFIRMED') await commitEnrolment(tx, ctx, after, { overrideApproved });
  if (after.status === 'CANCELLED' && before !== 'CANCELLED') await releaseEnrolments(tx, ctx, [after.id]);
}

/**
 * Enrols a person. Their firm's admin enrols directly (a seat while seats last, else the
 * waiting list); the person themself asks, and the admin approves later. `overrideApproved` is
 * set only by an approved budget override request, whose approver enrols on the firm's behalf
 * (the override-requests service checks that they may).
 */
export async function createEnrolment(ctx: ServiceContext, occasionId: string, employeeId: string, options: { overrideApproved?: boolean } = {}): Promise<EnrolmentRow> {
  const employee = await getEmployee(ctx, employeeId);
  const visible = isUuid(occasionId) ? (await occasionsByIds(ctx, [occasionId])).get(occasionId) : undefined;
  if (!visible) throw new NotFoundError('Occasion', ['occasionId']);
  const isAdmin = canManageEmployees(ctx.viewer, employee.companyId) || options.overrideApproved === true;
  const isSelf = ctx.viewer.kind === 'user' && ctx.viewer.memberships.some((m) => m.role === 'EMPLOYEE' && m.employeeId === employee.id);
  if (!isAdmin && !isSelf) throw new ForbiddenError('Only the person themself or their firm’s admins enrol them');
  if (employee.deactivatedAt) throw new InvalidInputError([{ field: ['employeeId'], code: 'INVALID', message: 'The person is no longer employed' }]);
  if (visible.tailoredForCompanyId && visible.tailoredForCompanyId !== employee.companyId) {
    throw new InvalidInputError([{ field: ['occasionId'], code: 'INVALID', message: 'The occasion is tailored for another firm' }]);
  }
  try {
    return await ctx.db.transaction(async (tx) => {
      const occasion = await lockOccasion(tx, occasionId);
      assertOpenForRegistration(occasion);
      const placement = isAdmin ? await seatOrWaitlist(tx, occasion) : { status: 'REQUESTED' as const, waitlistedAt: null };
      const [enrolment] = await tx
        .insert(enrolments)
        .values({
          occasionId,
          employeeId,
          companyId: employee.companyId,
          ...placement,
          requestedByUserId: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
        })
        .returning();
      await syncFull(tx, occasion);
      await followWithBudget(tx, ctx, null, enrolment!, options.overrideApproved);
      await audit({ ...ctx, db: tx }, { action: 'enrolment.create', entityType: 'enrolment', entityId: enrolment!.id, companyId: employee.companyId, details: { status: enrolment!.status } });
      return enrolment!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'enrolments_live_key')) throw new InvalidInputError([ALREADY_ENROLLED]);
    throw error;
  }
}

export async function enrolmentsByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, EnrolmentRow>> {
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return new Map();
  const found = await ctx.db
    .select({ enrolment: enrolments })
    .from(enrolments)
    .innerJoin(schema.employees, eq(schema.employees.id, enrolments.employeeId))
    .where(and(...within(employeeVisibility(ctx.viewer), inArray(enrolments.id, valid))));
  return new Map(found.map(({ enrolment }) => [enrolment.id, enrolment]));
}

/** Each person's enrolments, newest occasion first. */
export async function enrolmentsByEmployees(ctx: ServiceContext, employeeIds: readonly string[]): Promise<Map<string, EnrolmentRow[]>> {
  const ids = [...new Set(employeeIds)].filter(isUuid);
  const result = new Map<string, EnrolmentRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const found = await ctx.db
    .select({ enrolment: enrolments })
    .from(enrolments)
    .innerJoin(schema.employees, eq(schema.employees.id, enrolments.employeeId))
    .innerJoin(occasions, eq(occasions.id, enrolments.occasionId))
    .where(and(...within(employeeVisibility(ctx.viewer), inArray(enrolments.employeeId, ids))))
    .orderBy(sql`${occasions.startsOn} desc`);
  for (const { enrolment } of found) result.get(enrolment.employeeId)!.push(enrolment);
  return result;
}

async function getEnrolment(ctx: ServiceContext, id: string): Promise<EnrolmentRow> {
  const enrolment = (await enrolmentsByIds(ctx, [id])).get(id);
  if (!enrolment) throw new NotFoundError('Enrolment', ['id']);
  return enrolment;
}

function isSelf(ctx: ServiceContext, enrolment: EnrolmentRow): boolean {
  return ctx.viewer.kind === 'user' && ctx.viewer.memberships.some((m) => m.role === 'EMPLOYEE' && m.employeeId === enrolment.employeeId);
}

/** Applies a status change under the occasion's lock, re-reading the enrolment inside it. */
async function transition(
  ctx: ServiceContext,
  id: string,
  action: string,
  change: (tx: Executor, enrolment: EnrolmentRow, occasion: OccasionLock) => Promise<Partial<EnrolmentRow>>,
): Promise<EnrolmentRow> {
  const visible = await getEnrolment(ctx, id);
  return ctx.db.transaction(async (tx) => {
    const occasion = await lockOccasion(tx, visible.occasionId);
    const [current] = await tx.select().from(enrolments).where(eq(enrolments.id, id));
    const [updated] = await tx
      .update(enrolments)
      .set({ ...(await change(tx, current!, occasion)), updatedAt: new Date() })
      .where(eq(enrolments.id, id))
      .returning();
    await syncFull(tx, occasion);
    await followWithBudget(tx, ctx, current!.status, updated!);
    await audit({ ...ctx, db: tx }, { action, entityType: 'enrolment', entityId: id, companyId: current!.companyId, details: { status: updated!.status } });
    return updated!;
  });
}

function invalidStatus(message: string): InvalidInputError {
  return new InvalidInputError([{ field: ['id'], code: 'INVALID', message }]);
}

export async function approveEnrolment(ctx: ServiceContext, id: string): Promise<EnrolmentRow> {
  const enrolment = await getEnrolment(ctx, id);
  if (!canManageEmployees(ctx.viewer, enrolment.companyId)) throw new ForbiddenError('Only the firm’s admins approve enrolments');
  return transition(ctx, id, 'enrolment.approve', async (tx, current, occasion) => {
    if (current.status !== 'REQUESTED') throw invalidStatus('Only a requested enrolment can be approved');
    return seatOrWaitlist(tx, occasion);
  });
}

/** Cancels; a seat it held goes to the first on the waiting list, as an offer. */
export async function cancelEnrolment(ctx: ServiceContext, id: string): Promise<EnrolmentRow> {
  const enrolment = await getEnrolment(ctx, id);
  if (!canManageEmployees(ctx.viewer, enrolment.companyId) && !isSelf(ctx, enrolment)) throw new ForbiddenError();
  return transition(ctx, id, 'enrolment.cancel', async (tx, current, occasion) => {
    if (!['REQUESTED', 'CONFIRMED', 'WAITLISTED', 'OFFERED'].includes(current.status)) throw invalidStatus('This enrolment can no longer be cancelled');
    if (current.status === 'CONFIRMED' || current.status === 'OFFERED') {
      const [next] = await tx
        .select()
        .from(enrolments)
        .where(and(eq(enrolments.occasionId, occasion.id), eq(enrolments.status, 'WAITLISTED')))
        .orderBy(enrolments.waitlistedAt, enrolments.createdAt)
        .limit(1);
      if (next) await tx.update(enrolments).set({ status: 'OFFERED', updatedAt: new Date() }).where(eq(enrolments.id, next.id));
    }
    return { status: 'CANCELLED', cancelledAt: new Date() };
  });
}

export async function acceptOffer(ctx: ServiceContext, id: string): Promise<EnrolmentRow> {
  const enrolment = await getEnrolment(ctx, id);
  if (!canManageEmployees(ctx.viewer, enrolment.companyId) && !isSelf(ctx, enrolment)) throw new ForbiddenError();
  return transition(ctx, id, 'enrolment.acceptOffer', async (_tx, current) => {
    if (current.status !== 'OFFERED') throw invalidStatus('No seat is offered to this enrolment');
    return { status: 'CONFIRMED', waitlistedAt: null };
  });
}
