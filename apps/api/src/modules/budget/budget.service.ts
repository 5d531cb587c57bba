import { createHash } from 'node:crypto';
import { schema, type Executor } from '@smartkompetens/db';
import {
  MAX_BASIS_POINTS,
  recordableLedgerKinds,
  usedOre,
  type BudgetFigure,
  type BudgetLevel,
  type CostCategory,
  type FundingSource,
  type LedgerKind,
} from '@smartkompetens/domain';
import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, InvalidInputError, NotFoundError, OverBudgetError, type FieldProblem } from '../../errors/index.ts';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../../lib/cursor.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { isUuid } from '../../lib/ids.ts';
import { rows } from '../../lib/sql.ts';
import { versionedCache } from '../../lib/versioned-cache.ts';
import { within } from '../organisations/organisations.access.ts';
import { companiesByIds } from '../organisations/organisations.service.ts';
import { budgetVisibility, canApproveOverride, canCreateBudget, canWriteLedger, type BudgetScope } from './budget.access.ts';

/**
 * Budget tracking: budgets with lines (category × funding source), and an append-only ledger
 * of commitments, actuals, releases and reversals against the lines.
 *
 * The rule for the figures, per line (a budget's figures are the sums over its lines):
 * - committed = Σ COMMITMENT + Σ RELEASE (releases are stored negative);
 * - actual    = Σ ACTUAL;
 * - a REVERSAL row carries the opposite amount of the entry it reverses and counts in that
 *   entry's kind, so reversing restores the figures exactly;
 * - used      = max(committed, actual): commitments are the forecast, actuals replace them;
 * - remaining = amount − used.
 * A COMMITMENT or ACTUAL that would make used exceed the amount is refused (OVER_BUDGET) unless
 * a programme or region admin approves the override. All of it is computed in SQL.
 */

const { budgets, budgetLines, budgetLineTotals, ledgerEntries, regions } = schema;

export type BudgetRow = typeof budgets.$inferSelect;
export type BudgetLineRow = typeof budgetLines.$inferSelect;
export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;
export interface BudgetSummary {
  amount: bigint;
  committed: bigint;
  actual: bigint;
  remaining: bigint;
  /** Expected at the period's end: actual + commitments dated after today, at least committed. */
  forecast: bigint;
}
export interface BudgetSummaries {
  total: BudgetSummary;
  lines: Map<string, BudgetSummary>;
}
export type LedgerPage = Page<LedgerEntryRow>;

/** Amounts above this (10^15 SEK) are typing mistakes, and stay far from bigint's limit. */
const MAX_ORE = 10n ** 17n;

const zero: BudgetSummary = { amount: 0n, committed: 0n, actual: 0n, remaining: 0n, forecast: 0n };

// ---------------------------------------------------------------------------------------------
// Reads

export async function listBudgets(ctx: ServiceContext, filter: { companyId?: string | null; regionCode?: string | null }): Promise<BudgetRow[]> {
  const visibility = budgetVisibility(ctx.viewer, budgets);
  if (filter.companyId && !isUuid(filter.companyId)) return [];
  return ctx.db
    .select()
    .from(budgets)
    .where(
      and(
        ...within(
          visibility,
          filter.companyId ? eq(budgets.companyId, filter.companyId) : undefined,
          filter.regionCode ? eq(budgets.regionCode, filter.regionCode) : undefined,
        ),
      ),
    )
    .orderBy(desc(budgets.periodStart), asc(budgets.name), asc(budgets.id));
}

export async function budgetsByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, BudgetRow>> {
  const visibility = budgetVisibility(ctx.viewer, budgets);
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return new Map();
  const found = await ctx.db.select().from(budgets).where(and(...within(visibility, inArray(budgets.id, valid))));
  return new Map(found.map((b) => [b.id, b]));
}

export async function getBudget(ctx: ServiceContext, id: string, field = ['id']): Promise<BudgetRow> {
  const budget = (await budgetsByIds(ctx, [id])).get(id);
  if (!budget) throw new NotFoundError('Budget', field);
  return budget;
}

/** Each budget's lines in one statement, in category and source order. */
export async function linesByBudgets(ctx: ServiceContext, budgetIds: readonly string[]): Promise<Map<string, BudgetLineRow[]>> {
  const visibility = budgetVisibility(ctx.viewer, budgetLines);
  const ids = [...new Set(budgetIds)].filter(isUuid);
  const result = new Map<string, BudgetLineRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const found = await ctx.db
    .select()
    .from(budgetLines)
    .where(and(...within(visibility, inArray(budgetLines.budgetId, ids))))
    .orderBy(asc(budgetLines.category), asc(budgetLines.source));
  for (const line of found) result.get(line.budgetId)!.push(line);
  return result;
}

export async function linesByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, BudgetLineRow>> {
  const visibility = budgetVisibility(ctx.viewer, budgetLines);
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return new Map();
  const found = await ctx.db.select().from(budgetLines).where(and(...within(visibility, inArray(budgetLines.id, valid))));
  return new Map(found.map((l) => [l.id, l]));
}

export async function entriesByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, LedgerEntryRow>> {
  const visibility = budgetVisibility(ctx.viewer, ledgerEntries);
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return new Map();
  const found = await ctx.db.select().from(ledgerEntries).where(and(...within(visibility, inArray(ledgerEntries.id, valid))));
  return new Map(found.map((e) => [e.id, e]));
}

/**
 * Committed, actual and forecast per line, for the lines matching `where`. Committed and actual
 * come from `budget_line_totals`: each line's ledger summed per month by the trigger that keeps
 * it (a reversal counts in the kind of the entry it reverses; migration 0008), so a line costs a
 * few rows whatever the length of its ledger. The forecast is what the line is expected to have
 * spent at the period's end: what is spent plus what is committed for occasions still ahead
 * (dated after today), and never less than what is committed. "Ahead" is the months after this
 * one from the table, plus this month's entries dated after today from the ledger itself.
 */
function lineTotals(where: SQL) {
  return sql`
    select l.id as line_id, l.budget_id, l.amount,
      coalesce(t.committed, 0) as committed,
      coalesce(t.actual, 0) as actual,
      coalesce(t.ahead, 0) + coalesce(m.ahead, 0) as ahead
    from ${budgetLines} l
    left join lateral (
      select sum(committed) as committed, sum(actual) as actual,
        sum(committed) filter (where month > date_trunc('month', current_date::timestamp)::date) as ahead
      from ${budgetLineTotals} where budget_line_id = l.id
    ) t on true
    left join lateral (
      select sum(e.amount) as ahead
      from ${ledgerEntries} e left join ${ledgerEntries} r on r.id = e.reverses_entry_id
      where e.budget_line_id = l.id
        and e.occurred_on > current_date
        and e.occurred_on < (date_trunc('month', current_date::timestamp) + interval '1 month')::date
        and coalesce(r.kind, e.kind) in ('COMMITMENT', 'RELEASE')
    ) m on true
    where ${where}`;
}

interface SummaryRow {
  budget_id: string;
  line_id: string | null;
  amount: string;
  committed: string;
  actual: string;
  remaining: string;
  forecast: string;
}

function toSummary(row: SummaryRow): BudgetSummary {
  return {
    amount: BigInt(row.amount),
    committed: BigInt(row.committed),
    actual: BigInt(row.actual),
    remaining: BigInt(row.remaining),
    forecast: BigInt(row.forecast),
  };
}

/**
 * Figures per line and per budget for the given budgets in ONE statement: line totals, then
 * GROUPING SETS give each line's row and each budget's sum row (line_id null). Sums of bigint
 * are numeric in PostgreSQL, read as text so no precision is lost.
 */
export async function summariesByBudgets(ctx: ServiceContext, budgetIds: readonly string[]): Promise<Map<string, BudgetSummaries>> {
  const visibility = budgetVisibility(ctx.viewer, budgetLines);
  const ids = [...new Set(budgetIds)].filter(isUuid);
  if (!ids.length) return new Map();
  const filter = and(...within(visibility, inArray(budgetLines.budgetId, ids)))!;
  // Kept until a budget, a line or the ledger changes, or the day does (decision 0024); the viewer
  // is part of the key, because what they may see decides the lines summed. Shared: read only.
  const key = createHash('sha256').update(JSON.stringify([[...ids].sort(), ctx.viewer])).digest('base64url');
  return versionedCache(ctx.db, ['budgets', 'ledger:*'], `summaries|${key}`, async () => {
    const result = new Map<string, BudgetSummaries>(ids.map((id) => [id, { total: zero, lines: new Map() }]));
    for (const row of await summaryRows(ctx, filter)) {
      const entry = result.get(row.budget_id)!;
      if (row.line_id === null) entry.total = toSummary(row);
      else entry.lines.set(row.line_id, toSummary(row));
    }
    return result;
  });
}

function summaryRows(ctx: ServiceContext, filter: SQL): Promise<SummaryRow[]> {
  // Drizzle's conditions name the table, not the alias `l`: qualify them through a subquery.
  return rows<SummaryRow>(
    ctx.db,
    sql`with t as (${lineTotals(sql`l.id in (select ${budgetLines.id} from ${budgetLines} where ${filter})`)})
      select budget_id, line_id,
        sum(amount)::text as amount, sum(committed)::text as committed, sum(actual)::text as actual,
        sum(amount - greatest(committed, actual))::text as remaining,
        sum(greatest(committed, actual + ahead))::text as forecast
      from t
      group by grouping sets ((budget_id, line_id), (budget_id))`,
  );
}

export interface LedgerFilter {
  budgetId?: string | null;
  enrolmentId?: string | null;
  regionCode?: string | null;
  companyId?: string | null;
  category?: CostCategory | null;
  source?: FundingSource | null;
  kind?: LedgerKind | null;
  /** Entries counting in this figure, reversals included: what a committed or actual sum is made of. */
  figure?: BudgetFigure | null;
  from?: string | null;
  to?: string | null;
}

/** The conditions of a ledger filter, within what the viewer may see. */
export function ledgerConditions(ctx: ServiceContext, filter: LedgerFilter): SQL | undefined {
  const visibility = budgetVisibility(ctx.viewer, ledgerEntries);
  if (filter.from && filter.to && filter.to < filter.from) {
    throw new InvalidInputError([{ field: ['to'], code: 'OUT_OF_RANGE', message: 'Must not be before from' }]);
  }
  for (const [field, what] of [['budgetId', 'Budget'], ['companyId', 'Company'], ['enrolmentId', 'Enrolment']] as const) {
    const value = filter[field];
    if (value && !isUuid(value)) throw new NotFoundError(what, [field]);
  }
  const lineCondition =
    filter.category || filter.source
      ? inArray(
          ledgerEntries.budgetLineId,
          ctx.db
            .select({ id: budgetLines.id })
            .from(budgetLines)
            .where(and(filter.category ? eq(budgetLines.category, filter.category) : undefined, filter.source ? eq(budgetLines.source, filter.source) : undefined)),
        )
      : undefined;
  const countsIn = filter.figure === 'ACTUAL' ? sql`('ACTUAL')` : sql`('COMMITMENT', 'RELEASE')`;
  const figureCondition = filter.figure
    ? sql`coalesce((select r.kind from ${ledgerEntries} r where r.id = ${ledgerEntries.reversesEntryId}), ${ledgerEntries.kind}) in ${countsIn}`
    : undefined;
  return and(
    ...within(
      visibility,
      filter.budgetId ? eq(ledgerEntries.budgetId, filter.budgetId) : undefined,
      filter.enrolmentId ? eq(ledgerEntries.enrolmentId, filter.enrolmentId) : undefined,
      filter.regionCode ? eq(ledgerEntries.regionCode, filter.regionCode) : undefined,
      filter.companyId ? eq(ledgerEntries.companyId, filter.companyId) : undefined,
      filter.kind ? eq(ledgerEntries.kind, filter.kind) : undefined,
      filter.from ? gte(ledgerEntries.occurredOn, filter.from) : undefined,
      filter.to ? lte(ledgerEntries.occurredOn, filter.to) : undefined,
      lineCondition,
      figureCondition,
    ),
  );
}

/** Ledger entries matching a filter, oldest first, keyset-paged on (occurred on, id). */
export async function ledgerSearch(ctx: ServiceContext, filter: LedgerFilter, args: { first?: number | null; after?: string | null }): Promise<LedgerPage> {
  const size = pageSize(args.first, 50);
  const base = ledgerConditions(ctx, filter);
  let afterCondition: SQL | undefined;
  if (args.after) {
    const [occurredOn, id] = decodeCursor(args.after, 2);
    if (!isUuid(String(id))) throw new InvalidInputError([{ field: ['after'], code: 'INVALID', message: 'Not a cursor returned by this API' }]);
    afterCondition = sql`(${ledgerEntries.occurredOn}, ${ledgerEntries.id}) > (${String(occurredOn)}::date, ${String(id)}::uuid)`;
  }
  const [found, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(ledgerEntries)
      .where(and(base, afterCondition))
      .orderBy(asc(ledgerEntries.occurredOn), asc(ledgerEntries.id))
      .limit(size + 1),
    ctx.db.select({ n: count() }).from(ledgerEntries).where(base),
  ]);
  const nodes = found.slice(0, size);
  const last = nodes.at(-1);
  return {
    nodes,
    hasNextPage: found.length > size,
    endCursor: last ? encodeCursor([last.occurredOn, last.id]) : null,
    totalCount: Number(total?.n ?? 0),
  };
}

/** The ledger of one budget, oldest first (an unknown or hidden budget is not found). */
export async function ledgerPage(
  ctx: ServiceContext,
  budgetId: string,
  args: { from?: string | null; to?: string | null; first?: number | null; after?: string | null },
): Promise<LedgerPage> {
  await getBudget(ctx, budgetId, ['budgetId']);
  return ledgerSearch(ctx, { budgetId, from: args.from, to: args.to }, args);
}

/** Every entry matching a filter, for CSV export (bounded: at most `limit` rows). */
export async function ledgerRows(ctx: ServiceContext, filter: LedgerFilter, limit = 100_000) {
  return ctx.db
    .select({ entry: ledgerEntries, category: budgetLines.category, source: budgetLines.source })
    .from(ledgerEntries)
    .innerJoin(budgetLines, eq(budgetLines.id, ledgerEntries.budgetLineId))
    .where(ledgerConditions(ctx, filter))
    .orderBy(asc(ledgerEntries.occurredOn), asc(ledgerEntries.id))
    .limit(limit);
}

interface MonthRow {
  budget_id: string;
  month: string;
  committed: string;
  actual: string;
  cumulative_committed: string;
  cumulative_actual: string;
  remaining: string;
}
export interface BudgetMonth {
  month: string;
  committed: bigint;
  actual: bigint;
  cumulativeCommitted: bigint;
  cumulativeActual: bigint;
  remaining: bigint;
}

/**
 * Each budget's months, oldest first, in one statement: what was committed and spent in each
 * month of the period (entries dated in it; commitments are dated on their occasion's start, so
 * months ahead show planned spending), running totals, and what remains after each month.
 */
export async function monthsByBudgets(ctx: ServiceContext, budgetIds: readonly string[]): Promise<Map<string, BudgetMonth[]>> {
  const visibility = budgetVisibility(ctx.viewer, budgets);
  const ids = [...new Set(budgetIds)].filter(isUuid);
  const result = new Map<string, BudgetMonth[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const filter = and(...within(visibility, inArray(budgets.id, ids)))!;
  const found = await rows<MonthRow>(
    ctx.db,
    sql`with b as (
          select ${budgets.id} as id, ${budgets.periodStart} as period_start, ${budgets.periodEnd} as period_end,
            (select coalesce(sum(amount), 0) from ${budgetLines} where budget_id = ${budgets.id}) as amount
          from ${budgets} where ${filter}
        ),
        m as (
          select b.id as budget_id, b.amount, gs::date as month
          from b, generate_series(date_trunc('month', b.period_start), date_trunc('month', b.period_end), interval '1 month') gs
        ),
        e as (
          select e.budget_id, date_trunc('month', e.occurred_on)::date as month,
            sum(e.amount) filter (where coalesce(r.kind, e.kind) in ('COMMITMENT', 'RELEASE')) as committed,
            sum(e.amount) filter (where coalesce(r.kind, e.kind) = 'ACTUAL') as actual
          from ${ledgerEntries} e left join ${ledgerEntries} r on r.id = e.reverses_entry_id
          where e.budget_id in (select id from b)
          group by 1, 2
        ),
        j as (
          select m.budget_id, m.month, m.amount, coalesce(e.committed, 0) as committed, coalesce(e.actual, 0) as actual,
            sum(coalesce(e.committed, 0)) over w as cumulative_committed,
            sum(coalesce(e.actual, 0)) over w as cumulative_actual
          from m left join e on e.budget_id = m.budget_id and e.month = m.month
          window w as (partition by m.budget_id order by m.month)
        )
        select budget_id, month::text, committed::text, actual::text, cumulative_committed::text, cumulative_actual::text,
          (amount - greatest(cumulative_committed, cumulative_actual))::text as remaining
        from j order by budget_id, month`,
  );
  for (const row of found) {
    result.get(row.budget_id)!.push({
      month: row.month,
      committed: BigInt(row.committed),
      actual: BigInt(row.actual),
      cumulativeCommitted: BigInt(row.cumulative_committed),
      cumulativeActual: BigInt(row.cumulative_actual),
      remaining: BigInt(row.remaining),
    });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Budgets

export interface BudgetLineInput {
  category: CostCategory;
  source: FundingSource;
  amount: bigint;
  coFinancingShareBp?: number | null;
}

export interface BudgetCreateInput {
  level: BudgetLevel;
  regionCode?: string | null;
  companyId?: string | null;
  name: string;
  periodStart: string;
  periodEnd: string;
  lines: BudgetLineInput[];
}

/** Where a new budget belongs, from its level; a firm's budget takes the firm's county. */
async function scopeOf(ctx: ServiceContext, input: BudgetCreateInput): Promise<BudgetScope> {
  const invalid = (field: string, message: string) => new InvalidInputError([{ field: ['input', field], code: 'INVALID', message }]);
  switch (input.level) {
    case 'PROGRAMME':
      if (input.regionCode) throw invalid('regionCode', 'A programme budget belongs to no county');
      if (input.companyId) throw invalid('companyId', 'A programme budget belongs to no firm');
      return { regionCode: null, companyId: null };
    case 'REGION': {
      if (input.companyId) throw invalid('companyId', 'A region budget belongs to no firm');
      if (!input.regionCode) throw new InvalidInputError([{ field: ['input', 'regionCode'], code: 'REQUIRED', message: 'A region budget needs its county' }]);
      const [region] = await ctx.db.select({ code: regions.code }).from(regions).where(eq(regions.code, input.regionCode));
      if (!region) throw new NotFoundError('Region', ['input', 'regionCode']);
      return { regionCode: region.code, companyId: null };
    }
    case 'COMPANY': {
      if (!input.companyId) throw new InvalidInputError([{ field: ['input', 'companyId'], code: 'REQUIRED', message: 'A firm budget needs its firm' }]);
      const company = (await companiesByIds(ctx, [input.companyId])).get(input.companyId);
      if (!company) throw new NotFoundError('Company', ['input', 'companyId']);
      if (input.regionCode && input.regionCode !== company.regionCode) throw invalid('regionCode', 'The firm is in another county');
      return { regionCode: company.regionCode, companyId: company.id };
    }
  }
}

function validateBudget(input: BudgetCreateInput): { name: string } {
  const problems: FieldProblem[] = [];
  const name = input.name.trim();
  if (!name) problems.push({ field: ['input', 'name'], code: 'REQUIRED', message: 'Give the budget a name' });
  else if (name.length > 200) problems.push({ field: ['input', 'name'], code: 'TOO_LONG', message: 'At most 200 characters' });
  if (input.periodEnd < input.periodStart) problems.push({ field: ['input', 'periodEnd'], code: 'OUT_OF_RANGE', message: 'The period must not end before it starts' });
  const seen = new Set<string>();
  input.lines.forEach((line, i) => {
    const key = `${line.category}/${line.source}`;
    if (seen.has(key)) problems.push({ field: ['input', 'lines', String(i)], code: 'DUPLICATE', message: 'One line per cost category and funding source' });
    seen.add(key);
    if (line.amount < 0n || line.amount > MAX_ORE) problems.push({ field: ['input', 'lines', String(i), 'amount'], code: 'OUT_OF_RANGE', message: 'Must be zero or more öre, at most 10^17' });
    const bp = line.coFinancingShareBp ?? 0;
    if (!Number.isInteger(bp) || bp < 0 || bp > MAX_BASIS_POINTS) {
      problems.push({ field: ['input', 'lines', String(i), 'coFinancingShareBp'], code: 'OUT_OF_RANGE', message: 'Basis points between 0 and 10000' });
    }
  });
  if (problems.length) throw new InvalidInputError(problems);
  return { name };
}

/** Creates a budget with its lines, in one transaction. */
export async function createBudget(ctx: ServiceContext, input: BudgetCreateInput): Promise<BudgetRow> {
  budgetVisibility(ctx.viewer, budgets); // signed in; clients need budget:read even to be refused properly
  if (ctx.viewer.kind !== 'user') throw new ForbiddenError('Integration clients only read budgets');
  if (!ctx.viewer.memberships.some((m) => m.role === 'PROGRAMME_ADMIN' || m.role === 'REGION_ADMIN')) {
    throw new ForbiddenError('Only programme and region admins create budgets');
  }
  const scope = await scopeOf(ctx, input);
  if (!canCreateBudget(ctx.viewer, scope)) throw new ForbiddenError('Region admins create budgets for their own county and its firms');
  const { name } = validateBudget(input);
  return ctx.db.transaction(async (tx) => {
    const [budget] = await tx
      .insert(budgets)
      .values({ level: input.level, ...scope, name, periodStart: input.periodStart, periodEnd: input.periodEnd })
      .returning();
    if (input.lines.length) {
      await tx.insert(budgetLines).values(
        input.lines.map((line) => ({
          budgetId: budget!.id,
          ...scope,
          category: line.category,
          source: line.source,
          amount: line.amount,
          coFinancingShareBp: line.coFinancingShareBp ?? 0,
        })),
      );
    }
    await audit({ ...ctx, db: tx }, { action: 'budget.create', entityType: 'budget', entityId: budget!.id, companyId: scope.companyId, details: { level: input.level, lines: input.lines.length } });
    return budget!;
  });
}

// ---------------------------------------------------------------------------------------------
// The ledger

export interface LedgerEntryInput {
  budgetLineId: string;
  kind: LedgerKind;
  /** Öre, positive: a RELEASE is stored negative. */
  amount: bigint;
  occurredOn: string;
  reason: string;
  enrolmentId?: string | null;
  invoiceNumber?: string | null;
  overrideApproved?: boolean | null;
}

/** Takes the line's row lock for the rest of the transaction: ledger writes on a line queue here. */
export async function lockLine(tx: Executor, lineId: string): Promise<BudgetLineRow> {
  const [line] = await tx.select().from(budgetLines).where(eq(budgetLines.id, lineId)).for('update');
  if (!line) throw new NotFoundError('Budget line', ['input', 'budgetLineId']);
  return line;
}

/** Locks several lines, in id order so that concurrent writers never wait on each other in a cycle. */
export async function lockLines(tx: Executor, lineIds: readonly string[]): Promise<Map<string, BudgetLineRow>> {
  const locked = new Map<string, BudgetLineRow>();
  for (const id of [...new Set(lineIds)].sort()) locked.set(id, await lockLine(tx, id));
  return locked;
}

/** The line's committed and actual amounts, computed by the database (call under the line's lock). */
export async function usage(tx: Executor, lineId: string): Promise<{ committed: bigint; actual: bigint }> {
  const [row] = await rows<{ committed: string; actual: string }>(
    tx,
    sql`select committed::text, actual::text from (${lineTotals(sql`l.id = ${lineId}::uuid`)}) t`,
  );
  return { committed: BigInt(row?.committed ?? '0'), actual: BigInt(row?.actual ?? '0') };
}

/** The line a viewer may write to, or why not. */
async function writableLine(ctx: ServiceContext, lineId: string, field: string[]): Promise<BudgetLineRow> {
  const line = (await linesByIds(ctx, [lineId])).get(lineId);
  if (!line) throw new NotFoundError('Budget line', field);
  if (!canWriteLedger(ctx.viewer, line)) throw new ForbiddenError('Only the budget’s owners record ledger entries');
  return line;
}

/**
 * Refuses a change that would take the line's used amount over its amount, unless an admin
 * who may approves the override: then returns their user id for the entry.
 */
export function guard(
  ctx: ServiceContext,
  line: BudgetLineRow,
  before: { committed: bigint; actual: bigint },
  after: { committed: bigint; actual: bigint },
  overrideApproved: boolean,
  field: string[],
): string | null {
  const used = usedOre(after.committed, after.actual);
  if (used <= line.amount || used <= usedOre(before.committed, before.actual)) return null;
  if (!overrideApproved) {
    throw new OverBudgetError(`This would take the line over its budget: ${used} öre used of ${line.amount} öre. A programme or region admin can approve an override.`, field);
  }
  if (!canApproveOverride(ctx.viewer, line) || ctx.viewer.kind !== 'user') {
    throw new ForbiddenError('Only programme and region admins approve going over a budget');
  }
  return ctx.viewer.userId;
}

function validateEntry(input: LedgerEntryInput): { reason: string; invoiceNumber: string | null } {
  const problems: FieldProblem[] = [];
  if (!(recordableLedgerKinds as readonly string[]).includes(input.kind)) {
    problems.push({ field: ['input', 'kind'], code: 'INVALID', message: 'Reverse an entry with ledgerEntryReverse' });
  }
  if (input.amount <= 0n || input.amount > MAX_ORE) problems.push({ field: ['input', 'amount'], code: 'OUT_OF_RANGE', message: 'A positive number of öre, at most 10^17' });
  const reason = input.reason.trim();
  if (!reason) problems.push({ field: ['input', 'reason'], code: 'REQUIRED', message: 'Say why: the ledger is read by auditors' });
  else if (reason.length > 500) problems.push({ field: ['input', 'reason'], code: 'TOO_LONG', message: 'At most 500 characters' });
  const invoiceNumber = input.invoiceNumber?.trim() || null;
  if (invoiceNumber && invoiceNumber.length > 100) problems.push({ field: ['input', 'invoiceNumber'], code: 'TOO_LONG', message: 'At most 100 characters' });
  if (input.enrolmentId && !isUuid(input.enrolmentId)) problems.push({ field: ['input', 'enrolmentId'], code: 'INVALID', message: 'Not an enrolment id' });
  if (problems.length) throw new InvalidInputError(problems);
  return { reason, invoiceNumber };
}

/** Records a commitment, actual or release under the line's lock, with the overspend guard. */
export async function recordEntry(ctx: ServiceContext, input: LedgerEntryInput): Promise<LedgerEntryRow> {
  const visible = await writableLine(ctx, input.budgetLineId, ['input', 'budgetLineId']);
  const { reason, invoiceNumber } = validateEntry(input);
  const signed = input.kind === 'RELEASE' ? -input.amount : input.amount;
  return ctx.db.transaction(async (tx) => {
    const line = await lockLine(tx, visible.id);
    const before = await usage(tx, line.id);
    const after = {
      committed: input.kind === 'ACTUAL' ? before.committed : before.committed + signed,
      actual: input.kind === 'ACTUAL' ? before.actual + signed : before.actual,
    };
    if (after.committed < 0n) {
      throw new InvalidInputError([{ field: ['input', 'amount'], code: 'OUT_OF_RANGE', message: `Only ${before.committed} öre is committed on the line to release` }]);
    }
    const approvedBy = guard(ctx, line, before, after, input.overrideApproved === true, ['input', 'amount']);
    const [entry] = await tx
      .insert(ledgerEntries)
      .values({
        budgetLineId: line.id,
        budgetId: line.budgetId,
        companyId: line.companyId,
        regionCode: line.regionCode,
        kind: input.kind,
        amount: signed,
        occurredOn: input.occurredOn,
        reason,
        enrolmentId: input.enrolmentId ?? null,
        invoiceNumber,
        overrideApprovedByUserId: approvedBy,
        createdByUserId: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
      })
      .returning();
    await audit(
      { ...ctx, db: tx },
      {
        action: approvedBy ? 'ledger.overrideApproved' : 'ledger.record',
        entityType: 'ledgerEntry',
        entityId: entry!.id,
        companyId: line.companyId,
        details: { kind: input.kind, budgetLineId: line.id, overBudget: approvedBy !== null },
      },
    );
    return entry!;
  });
}

/**
 * Reverses an entry: a new REVERSAL row with the opposite amount, counted in the reversed
 * entry's kind. The original row is never touched. Reversing a release commits money again,
 * so it passes the same guard.
 */
export async function reverseEntry(ctx: ServiceContext, id: string, reasonInput: string, overrideApproved = false): Promise<LedgerEntryRow> {
  const original = (await entriesByIds(ctx, [id])).get(id);
  if (!original) throw new NotFoundError('Ledger entry', ['id']);
  await writableLine(ctx, original.budgetLineId, ['id']);
  const reason = reasonInput.trim();
  if (!reason) throw new InvalidInputError([{ field: ['reason'], code: 'REQUIRED', message: 'Say why the entry is reversed' }]);
  if (reason.length > 500) throw new InvalidInputError([{ field: ['reason'], code: 'TOO_LONG', message: 'At most 500 characters' }]);
  if (original.kind === 'REVERSAL') throw new InvalidInputError([{ field: ['id'], code: 'INVALID', message: 'A reversal cannot be reversed: record a new entry instead' }]);
  try {
    return await ctx.db.transaction(async (tx) => {
      const line = await lockLine(tx, original.budgetLineId);
      const [already] = await tx.select({ id: ledgerEntries.id }).from(ledgerEntries).where(eq(ledgerEntries.reversesEntryId, original.id));
      if (already) throw new InvalidInputError([{ field: ['id'], code: 'DUPLICATE', message: 'The entry is already reversed' }]);
      const before = await usage(tx, line.id);
      const after = {
        committed: original.kind === 'ACTUAL' ? before.committed : before.committed - original.amount,
        actual: original.kind === 'ACTUAL' ? before.actual - original.amount : before.actual,
      };
      if (after.committed < 0n) {
        throw new InvalidInputError([{ field: ['id'], code: 'OUT_OF_RANGE', message: 'Reverse the releases of this commitment first' }]);
      }
      const approvedBy = guard(ctx, line, before, after, overrideApproved, ['id']);
      const [entry] = await tx
        .insert(ledgerEntries)
        .values({
          budgetLineId: line.id,
          budgetId: line.budgetId,
          companyId: line.companyId,
          regionCode: line.regionCode,
          kind: 'REVERSAL',
          amount: -original.amount,
          occurredOn: new Date().toISOString().slice(0, 10),
          reason,
          enrolmentId: original.enrolmentId,
          invoiceNumber: original.invoiceNumber,
          reversesEntryId: original.id,
          overrideApprovedByUserId: approvedBy,
          createdByUserId: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
        })
        .returning();
      await audit(
        { ...ctx, db: tx },
        {
          action: approvedBy ? 'ledger.overrideApproved' : 'ledger.reverse',
          entityType: 'ledgerEntry',
          entityId: entry!.id,
          companyId: line.companyId,
          details: { reverses: original.id, kind: original.kind, overBudget: approvedBy !== null },
        },
      );
      return entry!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'ledger_entries_reverses_key')) {
      throw new InvalidInputError([{ field: ['id'], code: 'DUPLICATE', message: 'The entry is already reversed' }]);
    }
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The training plan against the budget

export interface PlanBudgetCheck {
  budget: BudgetRow;
  remainingFees: bigint;
  remainingParticipantTime: bigint;
  uncommittedFees: bigint;
  uncommittedParticipantTime: bigint;
  fits: boolean;
}

/** Plan lines as the check needs them: the enrolment's status and its costs. */
export interface PlanCost {
  status: string;
  fee: bigint | null;
  participantTimeCost: bigint;
}

/**
 * For each firm, its budget covering today and whether the plan's enrolments that hold no seat
 * yet (so are not yet committed) fit what remains on its fee and participant-time lines. Two
 * statements for any number of firms. Firms the viewer may not see budgets of get nothing.
 */
export async function planBudgetChecks(ctx: ServiceContext, plans: readonly { companyId: string; lines: readonly PlanCost[] }[]): Promise<Map<string, PlanBudgetCheck>> {
  const result = new Map<string, PlanBudgetCheck>();
  const companyIds = [...new Set(plans.map((p) => p.companyId))].filter(isUuid);
  if (!companyIds.length) return result;
  const visibility = budgetVisibility(ctx.viewer, budgets);
  const current = await ctx.db
    .selectDistinctOn([budgets.companyId])
    .from(budgets)
    .where(
      and(
        ...within(
          visibility,
          eq(budgets.level, 'COMPANY'),
          inArray(budgets.companyId, companyIds),
          sql`current_date between ${budgets.periodStart} and ${budgets.periodEnd}`,
        ),
      ),
    )
    .orderBy(budgets.companyId, desc(budgets.periodStart), asc(budgets.id));
  if (!current.length) return result;
  const [summaries, lines] = await Promise.all([
    summariesByBudgets(ctx, current.map((b) => b.id)),
    linesByBudgets(ctx, current.map((b) => b.id)),
  ]);
  for (const budget of current) {
    const figures = summaries.get(budget.id)!;
    const remainingOf = (category: CostCategory) =>
      (lines.get(budget.id) ?? []).filter((l) => l.category === category).reduce((sum, l) => sum + (figures.lines.get(l.id)?.remaining ?? l.amount), 0n);
    const pending = plans.find((p) => p.companyId === budget.companyId)!.lines.filter((l) => l.status !== 'CONFIRMED');
    const uncommittedFees = pending.reduce((sum, l) => sum + (l.fee ?? 0n), 0n);
    const uncommittedParticipantTime = pending.reduce((sum, l) => sum + l.participantTimeCost, 0n);
    const remainingFees = remainingOf('COURSE_FEES');
    const remainingParticipantTime = remainingOf('PARTICIPANT_TIME');
    result.set(budget.companyId!, {
      budget,
      remainingFees,
      remainingParticipantTime,
      uncommittedFees,
      uncommittedParticipantTime,
      fits: uncommittedFees <= remainingFees && uncommittedParticipantTime <= remainingParticipantTime,
    });
  }
  return result;
}

/** Display names of who recorded entries: for people who keep the ledger, not for integration clients. */
export async function userNamesByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, string>> {
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length || ctx.viewer.kind !== 'user') return new Map();
  const found = await ctx.db.select({ id: schema.users.id, name: schema.users.displayName }).from(schema.users).where(inArray(schema.users.id, valid));
  return new Map(found.map((u) => [u.id, u.name]));
}
