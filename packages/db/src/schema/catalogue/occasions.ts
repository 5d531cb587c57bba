import { sql } from 'drizzle-orm';
import { boolean, char, check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { occasionStatus } from '../enums.ts';
import { companies } from '../organisations/companies.ts';
import { providers } from '../organisations/providers.ts';
import { regions } from '../organisations/regions.ts';
import { courses } from './courses.ts';

/**
 * A course occasion: when, where (or online), how many seats. Enrolment locks this row
 * (SELECT … FOR UPDATE) before counting seats, so concurrent enrolments cannot overbook.
 */
export const occasions = pgTable(
  'occasions',
  {
    id: id(),
    courseId: uuid()
      .notNull()
      .references(() => courses.id),
    providerId: uuid()
      .notNull()
      .references(() => providers.id), // the course's provider, here for access filters without a join
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    online: boolean().notNull().default(false),
    regionCode: char({ length: 2 }).references(() => regions.code),
    municipality: text(),
    seats: integer().notNull(),
    registrationDeadline: date({ mode: 'string' }).notNull(),
    status: occasionStatus().notNull().default('OPEN'),
    /** Set when the occasion was ordered by one firm (beställd utbildning): only its people enrol. */
    tailoredForCompanyId: uuid().references(() => companies.id),
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('occasions_course_idx').on(t.courseId, t.startsOn),
    index('occasions_region_idx').on(t.regionCode, t.startsOn),
    check('occasions_dates', sql`${t.endsOn} >= ${t.startsOn} and ${t.registrationDeadline} <= ${t.startsOn}`),
    check('occasions_seats', sql`${t.seats} between 1 and 1000`),
    check('occasions_place', sql`${t.online} or ${t.regionCode} is not null`),
  ],
);
