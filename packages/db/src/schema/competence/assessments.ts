import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id } from '../columns.ts';
import { assessmentSource } from '../enums.ts';
import { users } from '../auth/users.ts';
import { companies } from '../organisations/companies.ts';
import { employees } from '../organisations/employees.ts';
import { competences } from './competences.ts';

/**
 * One assessment of one person's level in one competence. Append-only: a new assessment
 * supersedes, never overwrites, so each person's history is a timeline. The database refuses
 * updates and deletes (trigger in the migration).
 */
export const assessments = pgTable(
  'assessments',
  {
    id: id(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    employeeId: uuid()
      .notNull()
      .references(() => employees.id),
    competenceId: uuid()
      .notNull()
      .references(() => competences.id),
    level: integer().notNull(),
    source: assessmentSource().notNull(),
    assessedOn: date({ mode: 'string' }).notNull(),
    assessedByUserId: uuid().references(() => users.id),
    comment: text(),
    evidence: text(), // e.g. a completed course; later a reference into the catalogue
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Serves "latest assessment per person and competence" (it built the current_levels view; the trigger that keeps that table now reads new rows only).
    index('assessments_current_idx').on(t.employeeId, t.competenceId, t.source, t.assessedOn, t.createdAt),
    index('assessments_company_idx').on(t.companyId, t.competenceId),
    check('assessments_level_range', sql`${t.level} between 1 and 5`),
  ],
);
