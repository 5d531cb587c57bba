import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { employeeGroup } from '../enums.ts';
import { companies } from '../organisations/companies.ts';
import { roleTemplates } from '../recruitment/role-templates.ts';

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
    // The industry template the role was copied from, if any: lets recruitment needs be
    // published per template role across firms (firms' own role names are not comparable).
    templateId: uuid().references((): AnyPgColumn => roleTemplates.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('job_roles_company_name_key').on(t.companyId, sql`lower(${t.nameSv})`),
    index('job_roles_company_idx').on(t.companyId),
  ],
);
