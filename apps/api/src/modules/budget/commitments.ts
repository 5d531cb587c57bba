import { schema, type Executor } from '@smartkompetens/db';
import type { CostCategory } from '@smartkompetens/domain';
import { sql } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { rows } from '../../lib/sql.ts';
import { guard, lockLines, usage, type BudgetLineRow } from './budget.service.ts';

/**
 * The money an enrolment commits, kept in step with its seat. The catalogue calls these inside
 * its own transaction, under the occasion's row lock, so the seat and the money change together
 * or not at all:
 *
 * - a person who takes a seat (CONFIRMED) commits the course fee on the firm's COURSE_FEES line
 *   and the planned participant time (course hours × the person's hourly cost) on its
 *   PARTICIPANT_TIME line, of the firm's budget whose period covers the occasion's start;
 * - cancelling releases what the enrolment still has committed;
 * - the overspend guard applies: a commitment that takes a line over its amount is refused
 *   (OVER_BUDGET) unless a programme or region admin approves the override.
 *
 * Entries are dated on the occasion's start, the date the cost belongs to, so a budget's months
 * show planned spending ahead. A firm without a budget for the date commits nothing. Lines are
 * locked in id order, after the occasion, so two enrolments never wait for each other in a circle.
 */

const { ledgerEntries } = schema;

export interface EnrolmentRef {
  id: string;
  occasionId: string;
  employeeId: string;
  companyId: string;
}

interface Cost {
  fee: bigint;
  participantTime: bigint;
  startsOn: string;
  courseTitle: string;
}

/** What a seat on the occasion costs the person's firm: the fee per participant and their time. */
export async function enrolmentCost(db: Executor, occasionId: string, employeeId: string): Promise<Cost | undefined> {
  const [row] = await rows<{ fee: string; time: string; starts_on: string; title: string }>(
    db,
    sql`select coalesce(c.price_per_participant, 0)::text as fee, (c.length_hours * e.hourly_cost)::text as time,
          o.starts_on::text, c.title_sv as title
        from occasions o
        join courses c on c.id = o.course_id
        join employees e on e.id = ${employeeId}::uuid
        where o.id = ${occasionId}::uuid`,
  );
  return row && { fee: BigInt(row.fee), participantTime: BigInt(row.time), startsOn: row.starts_on, courseTitle: row.title };
}

/** The firm's lines for fees and participant time on a date: the first by funding source order. */
async function linesOn(db: Executor, companyId: string, on: string): Promise<Map<CostCategory, string>> {
  const found = await rows<{ category: CostCategory; id: string }>(
    db,
    sql`select distinct on (l.category) l.category, l.id
        from budget_lines l join budgets b on b.id = l.budget_id
        where b.level = 'COMPANY' and b.company_id = ${companyId}::uuid
          and ${on}::date between b.period_start and b.period_end
          and l.category in ('COURSE_FEES', 'PARTICIPANT_TIME')
        order by l.category, b.period_start desc, l.source, l.id`,
  );
  return new Map(found.map((r) => [r.category, r.id]));
}

interface Part {
  line: BudgetLineRow;
  amount: bigint;
  what: string;
}

async function append(tx: Executor, ctx: ServiceContext, part: Part, values: { kind: 'COMMITMENT' | 'RELEASE'; occurredOn: string; enrolmentId: string; reason: string; approvedBy: string | null }): Promise<void> {
  const [entry] = await tx
    .insert(ledgerEntries)
    .values({
      budgetLineId: part.line.id,
      budgetId: part.line.budgetId,
      companyId: part.line.companyId,
      regionCode: part.line.regionCode,
      kind: values.kind,
      amount: values.kind === 'RELEASE' ? -part.amount : part.amount,
      occurredOn: values.occurredOn,
      reason: values.reason,
      enrolmentId: values.enrolmentId,
      overrideApprovedByUserId: values.approvedBy,
      createdByUserId: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
    })
    .returning({ id: ledgerEntries.id });
  await audit(
    { ...ctx, db: tx },
    {
      action: values.approvedBy ? 'ledger.overrideApproved' : values.kind === 'COMMITMENT' ? 'ledger.commit' : 'ledger.release',
      entityType: 'ledgerEntry',
      entityId: entry!.id,
      companyId: part.line.companyId,
      details: { kind: values.kind, budgetLineId: part.line.id, enrolmentId: values.enrolmentId, overBudget: values.approvedBy !== null },
    },
  );
}

/**
 * Commits the fee and participant time of an enrolment that has just taken a seat. Throws
 * OverBudgetError (nothing written: the caller's transaction rolls back) when a line would go
 * over its amount and no override is approved.
 */
export async function commitEnrolment(tx: Executor, ctx: ServiceContext, enrolment: EnrolmentRef, options: { overrideApproved?: boolean } = {}): Promise<void> {
  const cost = await enrolmentCost(tx, enrolment.occasionId, enrolment.employeeId);
  if (!cost) return;
  const lineIds = await linesOn(tx, enrolment.companyId, cost.startsOn);
  const wanted = [
    { id: lineIds.get('COURSE_FEES'), amount: cost.fee, what: 'Course fee' },
    { id: lineIds.get('PARTICIPANT_TIME'), amount: cost.participantTime, what: 'Participant time' },
  ].filter((p): p is { id: string; amount: bigint; what: string } => p.id !== undefined && p.amount > 0n);
  if (!wanted.length) return;
  const locked = await lockLines(tx, wanted.map((p) => p.id));
  const parts = wanted.map((p) => ({ line: locked.get(p.id)!, amount: p.amount, what: p.what }));
  // Check every line before writing any, so a refusal names the first line that does not fit.
  const approvals: (string | null)[] = [];
  for (const part of parts) {
    const before = await usage(tx, part.line.id);
    const after = { committed: before.committed + part.amount, actual: before.actual };
    approvals.push(guard(ctx, part.line, before, after, options.overrideApproved === true, ['occasionId']));
  }
  for (const [i, part] of parts.entries()) {
    await append(tx, ctx, part, {
      kind: 'COMMITMENT',
      occurredOn: cost.startsOn,
      enrolmentId: enrolment.id,
      reason: `${part.what}: ${cost.courseTitle} (${cost.startsOn})`,
      approvedBy: approvals[i] ?? null,
    });
  }
}

/**
 * Releases whatever the enrolments still have committed, line by line (after cancellations):
 * one statement to find what is open, one insert, one audit row, whatever their number.
 */
export async function releaseEnrolments(tx: Executor, ctx: ServiceContext, enrolmentIds: readonly string[], reason = 'Enrolment cancelled'): Promise<void> {
  if (!enrolmentIds.length) return;
  const open = await rows<{ enrolment_id: string; line_id: string; net: string; occurred_on: string }>(
    tx,
    sql`select e.enrolment_id, e.budget_line_id as line_id, sum(e.amount)::text as net, max(e.occurred_on)::text as occurred_on
        from ledger_entries e left join ledger_entries r on r.id = e.reverses_entry_id
        where e.enrolment_id in (${sql.join(enrolmentIds.map((id) => sql`${id}::uuid`), sql`, `)})
          and coalesce(r.kind, e.kind) in ('COMMITMENT', 'RELEASE')
        group by e.enrolment_id, e.budget_line_id
        having sum(e.amount) > 0`,
  );
  if (!open.length) return;
  const locked = await lockLines(tx, open.map((o) => o.line_id));
  const created = await tx
    .insert(ledgerEntries)
    .values(
      open.map((o) => {
        const line = locked.get(o.line_id)!;
        return {
          budgetLineId: line.id,
          budgetId: line.budgetId,
          companyId: line.companyId,
          regionCode: line.regionCode,
          kind: 'RELEASE' as const,
          amount: -BigInt(o.net),
          occurredOn: o.occurred_on,
          reason,
          enrolmentId: o.enrolment_id,
          createdByUserId: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
        };
      }),
    )
    .returning({ id: ledgerEntries.id });
  const first = locked.get(open[0]!.line_id)!;
  await audit(
    { ...ctx, db: tx },
    {
      action: 'ledger.release',
      entityType: 'ledgerEntry',
      entityId: created[0]!.id,
      companyId: first.companyId,
      details: { entries: created.length, enrolments: new Set(open.map((o) => o.enrolment_id)).size },
    },
  );
}

/** What a seat on the occasion would commit for the person (fee + participant time), öre. */
export async function commitmentFor(db: Executor, occasionId: string, employeeId: string): Promise<bigint> {
  const cost = await enrolmentCost(db, occasionId, employeeId);
  return cost ? cost.fee + cost.participantTime : 0n;
}
