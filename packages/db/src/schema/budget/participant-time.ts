import { sql } from 'drizzle-orm';
import { bigint, char, check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { users } from '../auth/users.ts';
import { companies } from '../organisations/companies.ts';
import { employees } from '../organisations/employees.ts';
import { regions } from '../organisations/regions.ts';

/**
 * A participant's attested training time for one month. Attested minutes × the person's hourly
 * cost is the firm's co-financing (an ACTUAL on the firm's participant-time budget line). It may
 * be re-attested until the month is reported; then a trigger refuses any change (see
 * `participant_time_locks`).
 */
export const participantTime = pgTable(
  'participant_time',
  {
    id: id(),
    employeeId: uuid()
      .notNull()
      .references(() => employees.id),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    regionCode: char({ length: 2 })
      .notNull()
      .references(() => regions.code),
    /** The first day of the month. */
    month: date({ mode: 'string' }).notNull(),
    /** What the person's enrolments planned for the month, when attested. */
    plannedMinutes: integer().notNull(),
    minutes: integer().notNull(),
    /** The hourly cost used (öre per hour, social fees included), kept as attested. */
    hourlyCost: bigint({ mode: 'bigint' }).notNull(),
    /** round(minutes × hourly cost / 60), öre. */
    value: bigint({ mode: 'bigint' }).notNull(),
    reason: text(),
    /** The ACTUAL ledger entry carrying the value, when the firm had a budget line for it. */
    ledgerEntryId: uuid(),
    attestedByUserId: uuid().references(() => users.id),
    attestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('participant_time_employee_month_key').on(t.employeeId, t.month),
    index('participant_time_company_month_idx').on(t.companyId, t.month),
    index('participant_time_region_month_idx').on(t.regionCode, t.month),
    check('participant_time_month_start', sql`extract(day from ${t.month}) = 1`),
    check('participant_time_minutes', sql`${t.minutes} between 0 and 44640 and ${t.plannedMinutes} >= 0`),
    check('participant_time_value', sql`${t.value} >= 0`),
  ],
);

/** A firm's reported month: from then on its participant time is locked (insert-only, enforced by triggers). */
export const participantTimeLocks = pgTable(
  'participant_time_locks',
  {
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    month: date({ mode: 'string' }).notNull(),
    lockedByUserId: uuid().references(() => users.id),
    lockedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.month] }), check('participant_time_locks_month_start', sql`extract(day from ${t.month}) = 1`)],
);
