import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { enrolmentStatus } from '../enums.ts';
import { users } from '../auth/users.ts';
import { companies } from '../organisations/companies.ts';
import { employees } from '../organisations/employees.ts';
import { occasions } from './occasions.ts';

/** A person on an occasion: requested, holding a seat, waiting, or done. */
export const enrolments = pgTable(
  'enrolments',
  {
    id: id(),
    occasionId: uuid()
      .notNull()
      .references(() => occasions.id),
    employeeId: uuid()
      .notNull()
      .references(() => employees.id),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    status: enrolmentStatus().notNull(),
    requestedByUserId: uuid().references(() => users.id),
    /** When the person joined the waiting list: the earliest is offered a freed seat first. */
    waitlistedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    note: text(),
    ...timestamps,
  },
  (t) => [
    // One live enrolment per person and occasion; cancelled ones stay as history.
    uniqueIndex('enrolments_live_key').on(t.occasionId, t.employeeId).where(sql`${t.status} <> 'CANCELLED'`),
    index('enrolments_occasion_idx').on(t.occasionId, t.status),
    index('enrolments_company_idx').on(t.companyId, t.status),
    index('enrolments_employee_idx').on(t.employeeId),
  ],
);
