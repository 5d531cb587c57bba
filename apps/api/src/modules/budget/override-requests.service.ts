import { schema } from '@smartkompetens/db';
import type { BudgetOverrideStatus } from '@smartkompetens/domain';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, InvalidInputError, NotFoundError, type FieldProblem } from '../../errors/index.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { isUuid } from '../../lib/ids.ts';
import { occasionsByIds } from '../catalogue/courses.service.ts';
import { createEnrolment } from '../catalogue/enrolments.service.ts';
import { canManageEmployees, within } from '../organisations/organisations.access.ts';
import { getCompany, getEmployee } from '../organisations/organisations.service.ts';
import { budgetVisibility, canApproveOverride } from './budget.access.ts';
import { commitmentFor } from './commitments.ts';

/**
 * Going over budget for one enrolment, with a second pair of eyes: when enrolling someone is
 * refused with OVER_BUDGET, the firm's admin asks for an override with a reason; a programme
 * admin or the county's region admin approves — which enrols the person on the firm's behalf
 * with the override on the ledger, audited — or rejects with a note.
 */

const { budgetOverrideRequests } = schema;

export type OverrideRequestRow = typeof budgetOverrideRequests.$inferSelect;

export async function listOverrideRequests(ctx: ServiceContext, status?: BudgetOverrideStatus | null): Promise<OverrideRequestRow[]> {
  const visibility = budgetVisibility(ctx.viewer, budgetOverrideRequests);
  return ctx.db
    .select()
    .from(budgetOverrideRequests)
    .where(and(...within(visibility, status ? eq(budgetOverrideRequests.status, status) : undefined)))
    .orderBy(desc(budgetOverrideRequests.createdAt), desc(budgetOverrideRequests.id))
    .limit(500);
}

export async function overrideRequestsByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, OverrideRequestRow>> {
  const visibility = budgetVisibility(ctx.viewer, budgetOverrideRequests);
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return new Map();
  const found = await ctx.db.select().from(budgetOverrideRequests).where(and(...within(visibility, inArray(budgetOverrideRequests.id, valid))));
  return new Map(found.map((r) => [r.id, r]));
}

export interface OverrideRequestInput {
  occasionId: string;
  employeeId: string;
  reason: string;
}

/** A firm admin asks to enrol someone over budget. One pending request per person and occasion. */
export async function requestOverride(ctx: ServiceContext, input: OverrideRequestInput): Promise<OverrideRequestRow> {
  const employee = await getEmployee(ctx, input.employeeId);
  if (!canManageEmployees(ctx.viewer, employee.companyId)) throw new ForbiddenError('Only the firm’s admins ask for a budget override');
  const occasion = isUuid(input.occasionId) ? (await occasionsByIds(ctx, [input.occasionId])).get(input.occasionId) : undefined;
  if (!occasion) throw new NotFoundError('Occasion', ['input', 'occasionId']);
  const problems: FieldProblem[] = [];
  const reason = input.reason.trim();
  if (!reason) problems.push({ field: ['input', 'reason'], code: 'REQUIRED', message: 'Say why the enrolment is worth going over the budget' });
  else if (reason.length > 1000) problems.push({ field: ['input', 'reason'], code: 'TOO_LONG', message: 'At most 1000 characters' });
  if (problems.length) throw new InvalidInputError(problems);
  const company = await getCompany(ctx, employee.companyId);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [request] = await tx
        .insert(budgetOverrideRequests)
        .values({
          companyId: company.id,
          regionCode: company.regionCode,
          occasionId: occasion.id,
          employeeId: employee.id,
          amount: await commitmentFor(tx, occasion.id, employee.id),
          reason,
          requestedByUserId: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
        })
        .returning();
      await audit({ ...ctx, db: tx }, { action: 'budgetOverride.request', entityType: 'budgetOverrideRequest', entityId: request!.id, companyId: company.id });
      return request!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'budget_override_requests_pending_key')) {
      throw new InvalidInputError([{ field: ['input', 'employeeId'], code: 'DUPLICATE', message: 'An override for this person and occasion is already waiting for a decision' }]);
    }
    throw error;
  }
}

/**
 * Approves (enrols the person with the override, in the same transaction) or rejects a pending
 * request. The request row is locked first, so two admins deciding at once decide once.
 */
export async function decideOverride(ctx: ServiceContext, id: string, approve: boolean, noteInput?: string | null): Promise<OverrideRequestRow> {
  const visible = (await overrideRequestsByIds(ctx, [id])).get(id);
  if (!visible) throw new NotFoundError('Budget override request', ['id']);
  if (!canApproveOverride(ctx.viewer, visible) || ctx.viewer.kind !== 'user') {
    throw new ForbiddenError('Only programme admins and the county’s region admins decide budget overrides');
  }
  const note = noteInput?.trim() || null;
  if (note && note.length > 1000) throw new InvalidInputError([{ field: ['note'], code: 'TOO_LONG', message: 'At most 1000 characters' }]);
  if (!approve && !note) throw new InvalidInputError([{ field: ['note'], code: 'REQUIRED', message: 'Tell the firm why the override is rejected' }]);
  const userId = ctx.viewer.userId;
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(budgetOverrideRequests).where(eq(budgetOverrideRequests.id, id)).for('update');
    if (current!.status !== 'PENDING') throw new InvalidInputError([{ field: ['id'], code: 'INVALID', message: 'The request is already decided' }]);
    const enrolment = approve ? await createEnrolment({ ...ctx, db: tx }, current!.occasionId, current!.employeeId, { overrideApproved: true }) : null;
    const [decided] = await tx
      .update(budgetOverrideRequests)
      .set({
        status: approve ? 'APPROVED' : 'REJECTED',
        decidedByUserId: userId,
        decidedAt: new Date(),
        decisionNote: note,
        enrolmentId: enrolment?.id ?? null,
        updatedAt: new Date(),
      })
      .where(eq(budgetOverrideRequests.id, id))
      .returning();
    await audit(
      { ...ctx, db: tx },
      { action: approve ? 'budgetOverride.approve' : 'budgetOverride.reject', entityType: 'budgetOverrideRequest', entityId: id, companyId: current!.companyId },
    );
    return decided!;
  });
}
