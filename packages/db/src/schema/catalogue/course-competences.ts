import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { competences } from '../competence/competences.ts';
import { courses } from './courses.ts';

/** Which competences a course develops, and the level it brings a participant to. */
export const courseCompetences = pgTable(
  'course_competences',
  {
    courseId: uuid()
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    competenceId: uuid()
      .notNull()
      .references(() => competences.id),
    targetLevel: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.courseId, t.competenceId] }),
    index('course_competences_competence_idx').on(t.competenceId, t.targetLevel),
    check('course_competences_level', sql`${t.targetLevel} between 1 and 5`),
  ],
);
