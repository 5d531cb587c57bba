import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text } from 'drizzle-orm/pg-core';

/** The programme's 1–5 proficiency scale, with what each level means. */
export const levelDescriptors = pgTable(
  'level_descriptors',
  {
    level: integer().primaryKey(),
    nameSv: text().notNull(),
    nameEn: text().notNull(),
    descriptionSv: text().notNull(),
    descriptionEn: text().notNull(),
  },
  (t) => [check('level_descriptors_level_range', sql`${t.level} between 1 and 5`)],
);
