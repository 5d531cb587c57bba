import { char, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { id, timestamps } from '../columns.ts';
import { users } from '../auth/users.ts';
import { companySize, joinApplicationStatus } from '../enums.ts';
import { companies } from '../organisations/companies.ts';
import { regions } from '../organisations/regions.ts';

/**
 * A firm outside the programme asking to join. The county's region admin approves it, which
 * creates the company and its first company admin (invited to set a password).
 */
export const joinApplications = pgTable(
  'join_applications',
  {
    id: id(),
    companyName: text().notNull(),
    orgNumber: char({ length: 11 }).notNull(), // NNNNNN-NNNN, Luhn-checked
    sniCode: text().notNull(),
    industry: text().notNull(),
    regionCode: char({ length: 2 })
      .notNull()
      .references(() => regions.code),
    municipality: text().notNull(),
    size: companySize().notNull(),
    employeeCount: integer().notNull(),
    contactName: text().notNull(),
    contactEmail: text().notNull(),
    contactPhone: text(),
    motivation: text(),
    status: joinApplicationStatus().notNull().default('PENDING'),
    decidedByUserId: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
    companyId: uuid().references(() => companies.id), // set on approval
    ...timestamps,
  },
  (t) => [
    index('join_applications_region_idx').on(t.regionCode, t.status),
    // One open application per organisation number: a second one is a duplicate, not news.
    uniqueIndex('join_applications_pending_org_key').on(t.orgNumber).where(sql`${t.status} = 'PENDING'`),
  ],
);
