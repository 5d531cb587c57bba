import { boolean, char, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { regions } from './regions.ts';

/** A training provider; `isPartner` marks formal programme partners such as Teknikcollege. */
export const providers = pgTable(
  'providers',
  {
    id: id(),
    name: text().notNull(),
    orgNumber: char({ length: 11 }),
    regionCode: char({ length: 2 }).references(() => regions.code),
    website: text(),
    isPartner: boolean().notNull().default(false),
    ...timestamps,
  },
  (t) => [uniqueIndex('providers_org_number_key').on(t.orgNumber)],
);
