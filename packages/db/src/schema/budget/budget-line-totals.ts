import { sql } from 'drizzle-orm';
import { bigint, check, date, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { budgetLines } from './budget-lines.ts';

/**
 * Each line's ledger summed per month, by the figures' rule (a reversal counts in the kind of
 * the entry it reverses). Kept by a statement-level trigger on `ledger_entries` in the writing
 * transaction (migration 0008), so it is never stale; nothing else writes it.
 */
export const budgetLineTotals = pgTable(
  'budget_line_totals',
  {
    budgetLineId: uuid()
      .notNull()
      .references(() => budgetLines.id),
    /** The first day of the month the entries are dated in. */
    month: date({ mode: 'string' }).notNull(),
    /** Σ COMMITMENT + Σ RELEASE and their reversals, öre. */
    committed: bigint({ mode: 'bigint' }).notNull(),
    /** Σ ACTUAL and their reversals, öre. */
    actual: bigint({ mode: 'bigint' }).notNull(),
  },
  (t) => [primaryKey({ name: 'budget_line_totals_pk', columns: [t.budgetLineId, t.month] }), check('budget_line_totals_month_start', sql`extract(day from ${t.month}) = 1`)],
);
