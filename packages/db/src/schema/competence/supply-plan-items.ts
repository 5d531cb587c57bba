import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { supplyDecision, supplyStatus } from '../enums.ts';
import { companies } from '../organisations/companies.ts';
import { employees } from '../organisations/employees.ts';
import { competences } from './competences.ts';
import { jobRoles } from './job-roles.ts';

/**
 * One line of a firm's competence supply plan: how it will close a gap — develop someone,
 * recruit, or accept it — with an owner and a due date.
 */
export const supplyPlanItems = pgTable(
  'supply_plan_items',
  {
    id: id(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    competenceId: uuid()
      .notNull()
      .references(() => competences.id),
    roleId: uuid().references(() => jobRoles.id, { onDelete: 'set null' }),
    decision: supplyDecision().notNull(),
    status: supplyStatus().notNull().default('PLANNED'),
    targetLevel: integer(),
    peopleCount: integer().notNull().default(1), // people to develop or recruit
    ownerEmployeeId: uuid().references(() => employees.id),
    dueDate: date({ mode: 'string' }),
    note: text(),
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('supply_plan_items_company_idx').on(t.companyId, t.status),
    check('supply_plan_items_target_level', sql`${t.targetLevel} is null or ${t.targetLevel} between 1 and 5`),
    check('supply_plan_items_people', sql`${t.peopleCount} between 1 and 1000`),
  ],
);
