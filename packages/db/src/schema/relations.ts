import { relations } from 'drizzle-orm';
import { memberships } from './auth/memberships.ts';
import { users } from './auth/users.ts';
import { companies } from './organisations/companies.ts';
import { employees } from './organisations/employees.ts';
import { providers } from './organisations/providers.ts';
import { regions } from './organisations/regions.ts';

export const regionsRelations = relations(regions, ({ many }) => ({ companies: many(companies) }));

export const companiesRelations = relations(companies, ({ one, many }) => ({
  region: one(regions, { fields: [companies.regionCode], references: [regions.code] }),
  employees: many(employees),
}));

export const employeesRelations = relations(employees, ({ one }) => ({
  company: one(companies, { fields: [employees.companyId], references: [companies.id] }),
}));

export const usersRelations = relations(users, ({ many }) => ({ memberships: many(memberships) }));

export const membershipsRelations = relations(memberships, ({ one }) => ({
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
  company: one(companies, { fields: [memberships.companyId], references: [companies.id] }),
  employee: one(employees, { fields: [memberships.employeeId], references: [employees.id] }),
  provider: one(providers, { fields: [memberships.providerId], references: [providers.id] }),
  region: one(regions, { fields: [memberships.regionCode], references: [regions.code] }),
}));
