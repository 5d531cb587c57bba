import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { competences } from '../competence/competences.ts';
import { placementKind } from '../enums.ts';
import { companies } from '../organisations/companies.ts';

/**
 * Workplace-based learning places and summer jobs a firm offers. No pupil or student data is
 * stored: only how many places there are and how many are filled, and the firm's contact person.
 */
export const placements = pgTable(
  'placements',
  {
    id: id(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    kind: placementKind().notNull(),
    title: text().notNull(),
    description: text(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    places: integer().notNull(),
    filledPlaces: integer().notNull().default(0), // set by the training provider that placed pupils
    contactName: text().notNull(), // the firm's contact person, not a pupil
    contactEmail: text().notNull(),
    contactPhone: text(),
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('placements_company_idx').on(t.companyId, t.startsOn),
    check('placements_period', sql`${t.endsOn} >= ${t.startsOn}`),
    check('placements_places', sql`${t.places} between 1 and 500 and ${t.filledPlaces} between 0 and ${t.places}`),
  ],
);

export const placementCompetences = pgTable(
  'placement_competences',
  {
    placementId: uuid()
      .notNull()
      .references(() => placements.id, { onDelete: 'cascade' }),
    competenceId: uuid()
      .notNull()
      .references(() => competences.id),
  },
  (t) => [primaryKey({ columns: [t.placementId, t.competenceId] })],
);
