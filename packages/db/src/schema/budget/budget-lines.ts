import { sql } from 'drizzle-orm';
import { bigint, char, check, index, integer, pgTable, unique, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { costCategory, fundingSource } from '../enums.ts';
import { companies } from '../organisations/companies.ts';
import { regions } from '../organisations/regions.ts';
import { budgets } from './budgets.ts';

/**
 * One cost category from one funding source within a budget. Company and county are copied
 * from the budget so access filters need no join. The row is also the lock every ledger
 * write on the line takes first (SELECT … FOR UPDATE), so the line is never overspent.
 */
export const budgetLines = pgTable(
  'budget_lines',
  {
    id: id(),
    budgetId: uuid()
      .notNull()
      .references(() => budgets.id),
    companyId: uuid().references(() => companies.id),
    regionCode: char({ length: 2 }).references(() => regions.code),
    category: costCategory().notNull(),
    source: fundingSource().notNull(),
    /** Öre. The default is SQL `0`: a JS bigint default would break drizzle-kit's snapshot. */
    amount: bigint({ mode: 'bigint' }).notNull().default(sql`0`),
    /** The co-financing share of this line, in basis points (10 000 = 100 %). */
    coFinancingShareBp: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [
    unique('budget_lines_budget_category_source_key').on(t.budgetId, t.category, t.source),
    check('budget_lines_amount_non_negative', sql`${t.amount} >= 0`),
    check('budget_lines_co_financing_range', sql`${t.coFinancingShareBp} between 0 and 10000`),
    index('budget_lines_company_idx').on(t.companyId),
    index('budget_lines_region_idx').on(t.regionCode),
  ],
);
