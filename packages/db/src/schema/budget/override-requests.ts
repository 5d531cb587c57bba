import { sql } from 'drizzle-orm';
import { bigint, char, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { budgetOverrideStatus } from '../enums.ts';
import { users } from '../auth/users.ts';
import { enrolments } from '../catalogue/enrolments.ts';
import { occasions } from '../catalogue/occasions.ts';
import { companies } from '../organisations/companies.ts';
import { employees } from '../organisations/employees.ts';
import { regions } from '../organisations/regions.ts';

/**
 * A firm admin's request to enrol someone although the budget does not cover it. A programme
 * admin or the county's region admin decides; approving enrols the person with an audited
 * override on the ledger.
 */
export const budgetOverrideRequests = pgTable(
  'budget_override_requests',
  {
    id: id(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    regionCode: char({ length: 2 })
      .notNull()
      .references(() => regions.code),
    occasionId: uuid()
      .notNull()
      .references(() => occasions.id),
    employeeId: uuid()
      .notNull()
      .references(() => employees.id),
    /** The commitment the enrolment would make (fee + participant time), öre, when asked. */
    amount: bigint({ mode: 'bigint' }).notNull(),
    reason: text().notNull(),
    status: budgetOverrideStatus().notNull().default('PENDING'),
    requestedByUserId: uuid().references(() => users.id),
    decidedByUserId: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
    enrolmentId: uuid().references(() => enrolments.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('budget_override_requests_pending_key').on(t.occasionId, t.employeeId).where(sql`${t.status} = 'PENDING'`),
    index('budget_override_requests_region_idx').on(t.regionCode, t.status),
    index('budget_override_requests_company_idx').on(t.companyId, t.status),
  ],
);
