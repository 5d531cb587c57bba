import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { educationLevel, employeeGroup, gender } from '../enums.ts';
import { companies } from './companies.ts';

/**
 * A person employed by a participating firm. Birth year, gender and education level are
 * optional and only collected for the funder's participant statistics.
 */
export const employees = pgTable(
  'employees',
  {
    id: id(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    firstName: text().notNull(),
    lastName: text().notNull(),
    email: text(),
    jobTitle: text().notNull(),
    group: employeeGroup().notNull(),
    employmentStart: date({ mode: 'string' }).notNull(),
    hourlyCost: bigint({ mode: 'bigint' }).notNull(), // öre per hour, social fees included
    birthYear: integer(),
    gender: gender(),
    educationLevel: educationLevel(),
    deactivatedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1), // optimistic concurrency for edits
    ...timestamps,
  },
  (t) => [
    index('employees_company_idx').on(t.companyId, sql`lower(${t.lastName}) collate "C"`, sql`lower(${t.firstName}) collate "C"`, t.id),
    uniqueIndex('employees_company_email_key').on(t.companyId, sql`lower(${t.email})`),
    check('employees_hourly_cost_positive', sql`${t.hourlyCost} > 0`),
  ],
);
