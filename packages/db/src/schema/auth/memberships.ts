import { sql } from 'drizzle-orm';
import { char, check, index, pgTable, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { role } from '../enums.ts';
import { companies } from '../organisations/companies.ts';
import { employees } from '../organisations/employees.ts';
import { providers } from '../organisations/providers.ts';
import { regions } from '../organisations/regions.ts';
import { users } from './users.ts';

/**
 * What a user may act as: a role within a scope. The check constraint keeps each role's
 * scope complete, so access rules never meet a region admin without a region.
 */
export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: role().notNull(),
    regionCode: char({ length: 2 }).references(() => regions.code),
    companyId: uuid().references(() => companies.id),
    employeeId: uuid().references(() => employees.id),
    providerId: uuid().references(() => providers.id),
    ...timestamps,
  },
  (t) => [
    index('memberships_user_idx').on(t.userId),
    check(
      'memberships_scope_matches_role',
      sql`case ${t.role}
        when 'PROGRAMME_ADMIN' then num_nonnulls(${t.regionCode}, ${t.companyId}, ${t.employeeId}, ${t.providerId}) = 0
        when 'REGION_ADMIN' then ${t.regionCode} is not null and num_nonnulls(${t.companyId}, ${t.employeeId}, ${t.providerId}) = 0
        when 'COMPANY_ADMIN' then ${t.companyId} is not null and num_nonnulls(${t.regionCode}, ${t.employeeId}, ${t.providerId}) = 0
        when 'EMPLOYEE' then ${t.companyId} is not null and ${t.employeeId} is not null and num_nonnulls(${t.regionCode}, ${t.providerId}) = 0
        when 'PROVIDER' then ${t.providerId} is not null and num_nonnulls(${t.regionCode}, ${t.companyId}, ${t.employeeId}) = 0
      end`,
    ),
  ],
);
