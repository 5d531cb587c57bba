import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from '../columns.ts';
import { importance } from '../enums.ts';
import { companies } from '../organisations/companies.ts';
import { competences } from './competences.ts';
import { jobRoles } from './job-roles.ts';

/**
 * What a role requires of a competence: the level, how important it is, and optionally the
 * level the firm will need by a date (strategic competence supply).
 */
export const roleRequirements = pgTable(
  'role_requirements',
  {
    roleId: uuid()
      .notNull()
      .references(() => jobRoles.id, { onDelete: 'cascade' }),
    competenceId: uuid()
      .notNull()
      .references(() => competences.id),
    companyId: uuid()
      .notNull()
      .references(() => companies.id), // the role's firm, kept here so tenancy filters need no join
    requiredLevel: integer().notNull(),
    importance: importance().notNull(),
    futureLevel: integer(),
    futureBy: date({ mode: 'string' }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.roleId, t.competenceId] }),
    index('role_requirements_company_idx').on(t.companyId, t.competenceId),
    check('role_requirements_level_range', sql`${t.requiredLevel} between 1 and 5`),
    check(
      'role_requirements_future_level',
      sql`(${t.futureLevel} is null and ${t.futureBy} is null) or (${t.futureLevel} between 1 and 5 and ${t.futureBy} is not null)`,
    ),
  ],
);
