import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { companies } from '../organisations/companies.ts';
import { competenceAreas } from './competence-areas.ts';

/**
 * A competence of the framework. Programme-wide when companyId is null; otherwise a firm's
 * own local competence, visible only to that firm. Retired competences keep their history
 * but take no new requirements or assessments.
 */
export const competences = pgTable(
  'competences',
  {
    id: id(),
    areaId: uuid()
      .notNull()
      .references(() => competenceAreas.id),
    companyId: uuid().references(() => companies.id),
    code: text().notNull(), // stable key, e.g. 'cnc-programming'; unique within its owner
    nameSv: text().notNull(),
    nameEn: text(),
    descriptionSv: text().notNull().default(''),
    descriptionEn: text(),
    jobtechConceptId: text(), // JobTech taxonomy concept id, for exchange with other systems
    escoUri: text(), // ESCO skill concept URI
    retiredAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    // One code per owner: programme-wide codes are unique among themselves, local ones per firm.
    uniqueIndex('competences_code_key').on(sql`coalesce(${t.companyId}, '00000000-0000-0000-0000-000000000000'::uuid)`, t.code),
    index('competences_area_idx').on(t.areaId),
    index('competences_company_idx').on(t.companyId),
  ],
);
