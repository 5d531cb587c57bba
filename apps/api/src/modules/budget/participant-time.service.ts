import { minutesInMonth, schema, type Executor } from '@smartkompetens/db';
import { isIsoDate } from '@smartkompetens/domain';
import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, InvalidInputError, LockedError, NotFoundError, type FieldProblem } from '../../errors/index.ts';
import { isCheckViolation } from '../../lib/db-errors.ts';
import { isUuid } from '../../lib/ids.ts';
import { rows } from '../../lib/sql.ts';
import { getCompany, getEmployee } from '../organisations/organisations.service.ts';
import { canAttestTime, canLockTime, canReadTime } from './budget.access.ts';
import { lockLine } from './budget.service.ts';

/**
 * Participant time, as EU social fund projects report it: each participant's hours in training
 * are attested per month — by the participant or their firm's admin, starting from what their
 * enrolments planned that month, adjusted with a reason — and attested hours × the person's
 * hourly cost (social fees included) is the firm's co-financing. Only attested time counts: each
 * attestation is an ACTUAL on the firm's PARTICIPANT_TIME budget line (a re-attestation reverses
 * the previous entry and records the new one). Once the firm reports a month it is locked for
 * good — the database refuses any change to it.
 *
 * Planned minutes: an occasion's course hours spread evenly over the occasion's days, the
 * month's share rounded, for enrolments holding a seat that was used or is still planned
 * (confirmed, attended, completed).
 */

const { participantTime, participantTimeLocks, employees } = schema;

export type ParticipantTimeAttestation = typeof participantTime.$inferSelect;

export interface ParticipantTimeRow {
  employeeId: string;
  plannedMinutes: number;
  attestedMinutes: number | null;
  value: bigint | null;
  reason: string | null;
  attestedAt: Date | null;
}

export interface ParticipantTimeMonth {
  companyId: string;
  month: string;
  locked: boolean;
  lockedAt: Date | null;
  rows: ParticipantTimeRow[];
  attestedMinutes: number;
  attestedValue: bigint;
}

/** The first day of the month of an ISO date, or a field problem. */
function monthOf(value: string, field: string[]): string {
  if (!isIsoDate(value)) throw new InvalidInputError([{ field, code: 'INVALID', message: 'A date, YYYY-MM-DD' }]);
  return `${value.slice(0, 7)}-01`;
}

const thisMonth = () => `${new Date().toISOString().slice(0, 7)}-01`;

/** Minutes each person's enrolments plan for the month (see the module comment). */
function plannedSql(companyId: string, month: string, employeeId?: string) {
  return sql`
    select en.employee_id,
      sum(${minutesInMonth({ lengthHours: sql`c.length_hours`, startsOn: sql`o.starts_on`, endsOn: sql`o.ends_on`, month: sql`${month}::date` })})::int as planned
    from enrolments en
    join occasions o on o.id = en.occasion_id
    join courses c on c.id = o.course_id
    where en.company_id = ${companyId}::uuid
      ${employeeId ? sql`and en.employee_id = ${employeeId}::uuid` : sql``}
      and en.status in ('CONFIRMED', 'ATTENDED', 'COMPLETED')
      and o.starts_on < ${month}::date + interval '1 month' and o.ends_on >= ${month}::date
    group by en.employee_id`;
}

/** A firm's participant time for a month: everyone with planned or attested time (an employee sees only their own row). */
export async function participantTimeMonth(ctx: ServiceContext, companyId: string, monthInput: string): Promise<ParticipantTimeMonth> {
  const month = monthOf(monthInput, ['month']);
  const company = await getCompany(ctx, companyId);
  const access = canReadTime(ctx.viewer, company);
  if (!access) throw new ForbiddenError('Only the firm’s admins, its participants and the county’s admins see participant time');
  const onlyEmployee = access === 'SELF' ? selfEmployeeId(ctx, company.id) : undefined;
  if (access === 'SELF' && !onlyEmployee) throw new ForbiddenError('Only the firm’s admins see everyone’s participant time');
  const found = await rows<{
    employee_id: string;
    planned: number;
    minutes: number | null;
    value: string | null;
    reason: string | null;
    attested_at: Date | string | null;
    locked_at: Date | string | null;
  }>(
    ctx.db,
    sql`with p as (${plannedSql(company.id, month, onlyEmployee)}),
        a as (
          select employee_id, minutes, value, reason, attested_at from participant_time
          where company_id = ${company.id}::uuid and month = ${month}::date
            ${onlyEmployee ? sql`and employee_id = ${onlyEmployee}::uuid` : sql``}
        )
        select coalesce(p.employee_id, a.employee_id) as employee_id, coalesce(p.planned, 0) as planned,
          a.minutes, a.value::text as value, a.reason, a.attested_at,
          (select locked_at from participant_time_locks where company_id = ${company.id}::uuid and month = ${month}::date) as locked_at
        from p full join a on a.employee_id = p.employee_id
        join employees e on e.id = coalesce(p.employee_id, a.employee_id)
        order by lower(e.last_name), lower(e.first_name), e.id`,
  );
  // The lock is read again for a month without rows.
  const [lock] = found.length
    ? [found[0]!.locked_at ? { lockedAt: new Date(found[0]!.locked_at) } : undefined]
    : await ctx.db
        .select({ lockedAt: participantTimeLocks.lockedAt })
        .from(participantTimeLocks)
        .where(and(eq(participantTimeLocks.companyId, company.id), eq(participantTimeLocks.month, month)));
  const timeRows = found.map((r) => ({
    employeeId: r.employee_id,
    plannedMinutes: Number(r.planned),
    attestedMinutes: r.minutes,
    value: r.value === null ? null : BigInt(r.value),
    reason: r.reason,
    attestedAt: r.attested_at ? new Date(r.attested_at) : null,
  }));
  return {
    companyId: company.id,
    month,
    locked: lock !== undefined,
    lockedAt: lock?.lockedAt ?? null,
    rows: timeRows,
    attestedMinutes: timeRows.reduce((sum, r) => sum + (r.attestedMinutes ?? 0), 0),
    attestedValue: timeRows.reduce((sum, r) => sum + (r.value ?? 0n), 0n),
  };
}

function selfEmployeeId(ctx: ServiceContext, companyId: string): string | undefined {
  if (ctx.viewer.kind !== 'user') return undefined;
  return ctx.viewer.memberships.find((m) => m.role === 'EMPLOYEE' && m.companyId === companyId)?.employeeId ?? undefined;
}

export interface AttestInput {
  employeeId: string;
  month: string;
  minutes: number;
  reason?: string | null;
}

/**
 * Attests a person's minutes for a month. Under the person's row lock: reads what was planned
 * and attested before, writes the attestation, reverses the previous ledger entry and records
 * the new one — all or nothing. A locked month is refused (LOCKED).
 */
export async function attestParticipantTime(ctx: ServiceContext, input: AttestInput): Promise<ParticipantTimeRow> {
  const month = monthOf(input.month, ['input', 'month']);
  const employee = await getEmployee(ctx, input.employeeId);
  if (!canAttestTime(ctx.viewer, employee)) throw new ForbiddenError('Only the participant or their firm’s admins attest participant time');
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(input.minutes) || input.minutes < 0 || input.minutes > 44_640) {
    problems.push({ field: ['input', 'minutes'], code: 'OUT_OF_RANGE', message: 'Whole minutes between 0 and a month’s worth' });
  }
  if (month > thisMonth()) problems.push({ field: ['input', 'month'], code: 'OUT_OF_RANGE', message: 'Time is attested once it is spent: not for months ahead' });
  const reason = input.reason?.trim() || null;
  if (reason && reason.length > 500) problems.push({ field: ['input', 'reason'], code: 'TOO_LONG', message: 'At most 500 characters' });
  if (problems.length) throw new InvalidInputError(problems);

  try {
    return await ctx.db.transaction(async (tx) => {
      await tx.select({ id: employees.id }).from(employees).where(eq(employees.id, employee.id)).for('update');
      const [locked] = await tx
        .select({ month: participantTimeLocks.month })
        .from(participantTimeLocks)
        .where(and(eq(participantTimeLocks.companyId, employee.companyId), eq(participantTimeLocks.month, month)));
      if (locked) throw new LockedError(`${month.slice(0, 7)} is reported and locked`, ['input', 'month']);
      const [plan] = await rows<{ planned: number }>(tx, plannedSql(employee.companyId, month, employee.id));
      const plannedMinutes = Number(plan?.planned ?? 0);
      if (input.minutes !== plannedMinutes && !reason) {
        throw new InvalidInputError([{ field: ['input', 'reason'], code: 'REQUIRED', message: 'Say why the hours differ from the planned hours' }]);
      }
      const [previous] = await tx
        .select()
        .from(participantTime)
        .where(and(eq(participantTime.employeeId, employee.id), eq(participantTime.month, month)));
      const [company] = await tx.select({ regionCode: schema.companies.regionCode }).from(schema.companies).where(eq(schema.companies.id, employee.companyId));
      // round(minutes × öre per hour / 60), in integers: (2·m·c + 60) div 120.
      const value = (2n * BigInt(input.minutes) * employee.hourlyCost + 60n) / 120n;
      const attestedBy = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
      const values = {
        plannedMinutes,
        minutes: input.minutes,
        hourlyCost: employee.hourlyCost,
        value,
        reason,
        attestedByUserId: attestedBy,
        attestedAt: new Date(),
        updatedAt: new Date(),
      };
      const [saved] = previous
        ? await tx
            .update(participantTime)
            .set({ ...values, version: sql`${participantTime.version} + 1` })
            .where(eq(participantTime.id, previous.id))
            .returning()
        : await tx
            .insert(participantTime)
            .values({ ...values, employeeId: employee.id, companyId: employee.companyId, regionCode: company!.regionCode, month })
            .returning();

      const entryId = await bookTime(tx, ctx, saved!, previous?.ledgerEntryId ?? null);
      if (entryId !== saved!.ledgerEntryId) {
        await tx.update(participantTime).set({ ledgerEntryId: entryId }).where(eq(participantTime.id, saved!.id));
      }
      await audit(
        { ...ctx, db: tx },
        { action: 'participantTime.attest', entityType: 'participantTime', entityId: saved!.id, companyId: employee.companyId, details: { month, changed: previous !== undefined } },
      );
      return { employeeId: employee.id, plannedMinutes, attestedMinutes: input.minutes, value, reason, attestedAt: saved!.attestedAt };
    });
  } catch (error) {
    if (isCheckViolation(error, 'participant_time_locked')) throw new LockedError(`${month.slice(0, 7)} is reported and locked`, ['input', 'month']);
    throw error;
  }
}

/**
 * Puts the attestation on the ledger: reverses the previous entry (if any) and records an
 * ACTUAL of the value on the firm's PARTICIPANT_TIME line of the budget covering the month.
 * Attested time is a fact, not a request: it is recorded even when it takes the line over its
 * amount (the budget then shows the overspend). Returns the new entry's id, or null.
 */
async function bookTime(tx: Executor, ctx: ServiceContext, attestation: ParticipantTimeAttestation, previousEntryId: string | null): Promise<string | null> {
  const [line] = await rows<{ id: string }>(
    tx,
    sql`select l.id from budget_lines l join budgets b on b.id = l.budget_id
        where b.level = 'COMPANY' and b.company_id = ${attestation.companyId}::uuid and l.category = 'PARTICIPANT_TIME'
          and ${attestation.month}::date between b.period_start and b.period_end
        order by b.period_start desc, l.source, l.id limit 1`,
  );
  const createdByUserId = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
  if (previousEntryId) {
    const [previous] = await tx.select().from(schema.ledgerEntries).where(eq(schema.ledgerEntries.id, previousEntryId));
    if (previous) {
      await lockLine(tx, previous.budgetLineId);
      await tx.insert(schema.ledgerEntries).values({
        budgetLineId: previous.budgetLineId,
        budgetId: previous.budgetId,
        companyId: previous.companyId,
        regionCode: previous.regionCode,
        kind: 'REVERSAL',
        amount: -previous.amount,
        occurredOn: previous.occurredOn,
        reason: 'Participant time re-attested',
        reversesEntryId: previous.id,
        participantTimeId: attestation.id,
        createdByUserId,
      });
    }
  }
  if (!line || attestation.value === 0n) return null;
  const budgetLine = await lockLine(tx, line.id);
  const [entry] = await tx
    .insert(schema.ledgerEntries)
    .values({
      budgetLineId: budgetLine.id,
      budgetId: budgetLine.budgetId,
      companyId: budgetLine.companyId,
      regionCode: budgetLine.regionCode,
      kind: 'ACTUAL',
      amount: attestation.value,
      occurredOn: attestation.month,
      reason: `Attested participant time ${attestation.month.slice(0, 7)}: ${(attestation.minutes / 60).toFixed(2)} h`,
      participantTimeId: attestation.id,
      createdByUserId,
    })
    .returning({ id: schema.ledgerEntries.id });
  return entry!.id;
}

/** Reports a firm's month: its participant time is locked for good. */
export async function lockParticipantTime(ctx: ServiceContext, companyId: string, monthInput: string): Promise<ParticipantTimeMonth> {
  const month = monthOf(monthInput, ['month']);
  if (!isUuid(companyId)) throw new NotFoundError('Company', ['companyId']);
  const company = await getCompany(ctx, companyId);
  if (!canLockTime(ctx.viewer, company)) throw new ForbiddenError('Only the firm’s admins and the county’s admins report a month');
  if (month > thisMonth()) throw new InvalidInputError([{ field: ['month'], code: 'OUT_OF_RANGE', message: 'A month is reported once it has begun' }]);
  const inserted = await ctx.db.transaction(async (tx) => {
    const [lock] = await tx
      .insert(participantTimeLocks)
      .values({ companyId: company.id, month, lockedByUserId: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null })
      .onConflictDoNothing()
      .returning();
    if (lock) await audit({ ...ctx, db: tx }, { action: 'participantTime.lock', entityType: 'company', entityId: company.id, companyId: company.id, details: { month } });
    return lock;
  });
  if (!inserted) throw new LockedError(`${month.slice(0, 7)} is already reported and locked`, ['month']);
  return participantTimeMonth(ctx, company.id, month);
}
