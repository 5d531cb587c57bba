import { sql } from 'drizzle-orm';
import { bigint, char, check, date, index, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { id } from '../columns.ts';
import { ledgerKind } from '../enums.ts';
import { users } from '../auth/users.ts';
import { companies } from '../organisations/companies.ts';
import { regions } from '../organisations/regions.ts';
import { budgetLines } from './budget-lines.ts';
import { budgets } from './budgets.ts';

/**
 * The budget ledger. Append-only: the database refuses updates, deletes and truncation
 * (triggers in the migration); a correction is a REVERSAL row pointing at the entry it cancels,
 * with the opposite amount. Signs: COMMITMENT and ACTUAL positive, RELEASE negative.
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: id(),
    budgetLineId: uuid()
      .notNull()
      .references(() => budgetLines.id),
    budgetId: uuid()
      .notNull()
      .references(() => budgets.id),
    companyId: uuid().references(() => companies.id),
    regionCode: char({ length: 2 }).references(() => regions.code),
    kind: ledgerKind().notNull(),
    /** Öre, signed. */
    amount: bigint({ mode: 'bigint' }).notNull(),
    occurredOn: date({ mode: 'string' }).notNull(),
    reason: text().notNull(),
    /** The enrolment a commitment or cost belongs to, if any (no foreign key: the ledger outlives it). */
    enrolmentId: uuid(),
    invoiceNumber: text(),
    /** The participant-time attestation an ACTUAL carries, if any. */
    participantTimeId: uuid(),
    reversesEntryId: uuid().references((): AnyPgColumn => ledgerEntries.id),
    /** Who approved going over the line's amount, when someone did. */
    overrideApprovedByUserId: uuid().references(() => users.id),
    createdByUserId: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'ledger_entries_sign',
      sql`(${t.kind} in ('COMMITMENT', 'ACTUAL') and ${t.amount} > 0)
        or (${t.kind} = 'RELEASE' and ${t.amount} < 0)
        or (${t.kind} = 'REVERSAL' and ${t.amount} <> 0)`,
    ),
    check('ledger_entries_reversal_target', sql`(${t.kind} = 'REVERSAL') = (${t.reversesEntryId} is not null)`),
    // An entry is reversed at most once.
    uniqueIndex('ledger_entries_reverses_key').on(t.reversesEntryId),
    // Also serves a line's entries dated in a range: the current month's, for the forecast.
    index('ledger_entries_line_idx').on(t.budgetLineId, t.occurredOn),
    index('ledger_entries_budget_idx').on(t.budgetId, t.occurredOn, t.id),
  ],
);
