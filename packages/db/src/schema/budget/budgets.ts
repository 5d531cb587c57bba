import { sql } from 'drizzle-orm';
import { char, check, date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { budgetLevel } from '../enums.ts';
import { companies } from '../organisations/companies.ts';
import { regions } from '../organisations/regions.ts';

/**
 * A budget for a period: the programme's, one county's (sub-project), or one firm's. A firm's
 * budget also carries the firm's county, so region admins' access is one column comparison.
 */
export const budgets = pgTable(
  'budgets',
  {
    id: id(),
    level: budgetLevel().notNull(),
    regionCode: char({ length: 2 }).references(() => regions.code),
    companyId: uuid().references(() => companies.id),
    name: text().notNull(),
    periodStart: date({ mode: 'string' }).notNull(),
    periodEnd: date({ mode: 'string' }).notNull(),
    ...timestamps,
  },
  (t) => [
    check(
      'budgets_level_scope',
      sql`(${t.level} = 'PROGRAMME' and ${t.regionCode} is null and ${t.companyId} is null)
        or (${t.level} = 'REGION' and ${t.regionCode} is not null and ${t.companyId} is null)
        or (${t.level} = 'COMPANY' and ${t.regionCode} is not null and ${t.companyId} is not null)`,
    ),
    check('budgets_period', sql`${t.periodEnd} >= ${t.periodStart}`),
    index('budgets_company_idx').on(t.companyId),
    index('budgets_region_idx').on(t.regionCode),
  ],
);
