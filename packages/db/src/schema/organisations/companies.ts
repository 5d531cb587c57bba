import { sql } from 'drizzle-orm';
import { char, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { companySize } from '../enums.ts';
import { regions } from './regions.ts';

/** A participating firm. */
export const companies = pgTable(
  'companies',
  {
    id: id(),
    name: text().notNull(),
    orgNumber: char({ length: 11 }).notNull(), // NNNNNN-NNNN, Luhn-checked before insert
    sniCode: text().notNull(), // SNI 2007, e.g. '24.510'
    industry: text().notNull(), // the SNI heading in Swedish, for display and filtering
    regionCode: char({ length: 2 })
      .notNull()
      .references(() => regions.code),
    municipality: text().notNull(),
    size: companySize().notNull(),
    employeeCount: integer().notNull(), // headcount as the firm states it
    ...timestamps,
  },
  (t) => [
    uniqueIndex('companies_org_number_key').on(t.orgNumber),
    index('companies_region_idx').on(t.regionCode),
    index('companies_sni_idx').on(t.sniCode),
    index('companies_name_idx').on(sql`lower(${t.name}) collate "C"`, t.id),
  ],
);
