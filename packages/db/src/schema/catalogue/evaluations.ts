import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { enrolments } from './enrolments.ts';

/** A participant's rating of a course occasion they took part in. */
export const evaluations = pgTable(
  'evaluations',
  {
    enrolmentId: uuid()
      .primaryKey()
      .references(() => enrolments.id),
    rating: integer().notNull(),
    comment: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('evaluations_rating', sql`${t.rating} between 1 and 5`)],
);
