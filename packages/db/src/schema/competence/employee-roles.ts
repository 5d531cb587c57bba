import { index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from '../columns.ts';
import { companies } from '../organisations/companies.ts';
import { employees } from '../organisations/employees.ts';
import { jobRoles } from './job-roles.ts';

/** Which roles a person holds; one person may hold several. */
export const employeeRoles = pgTable(
  'employee_roles',
  {
    employeeId: uuid()
      .notNull()
      .references(() => employees.id),
    roleId: uuid()
      .notNull()
      .references(() => jobRoles.id, { onDelete: 'cascade' }),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.employeeId, t.roleId] }), index('employee_roles_role_idx').on(t.roleId), index('employee_roles_company_idx').on(t.companyId)],
);
