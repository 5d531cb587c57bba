import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { employeeGroup } from '../enums.ts';
import { companies } from '../organisations/companies.ts';

/** A job role of a firm, e.g. "CNC-operatör", whose requirement profile people are measured against. */
export const jobRoles = pgTable(
  'job_roles',
  {
    id: id(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    nameSv: text().notNull(),
    nameEn: text(),
    group: employeeGroup().notNull().default('STAFF'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('job_roles_company_name_key').on(t.companyId, sql`lower(${t.nameSv})`),
    index('job_roles_company_idx').on(t.companyId),
  ],
);
