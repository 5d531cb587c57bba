import { integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id } from '../columns.ts';

/** A group of competences in the programme's framework, e.g. "Bearbetning" or "Ledarskap". */
export const competenceAreas = pgTable(
  'competence_areas',
  {
    id: id(),
    code: text().notNull(), // stable key for imports and integrations, e.g. 'machining'
    nameSv: text().notNull(),
    nameEn: text(),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [uniqueIndex('competence_areas_code_key').on(t.code)],
);
