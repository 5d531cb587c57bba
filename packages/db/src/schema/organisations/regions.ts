import { char, pgTable, text } from 'drizzle-orm/pg-core';

/** A county (län), which is also a sub-project of the programme with a regional owner. */
export const regions = pgTable('regions', {
  code: char({ length: 2 }).primaryKey(), // official county code, e.g. '03' Uppsala
  name: text().notNull(),
  ownerName: text().notNull(), // the sub-project owner, e.g. 'Region Uppsala'
});
