import { sql } from 'drizzle-orm';
import { bigint, char, check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { courseRequestStatus } from '../enums.ts';
import { companies } from '../organisations/companies.ts';
import { providers } from '../organisations/providers.ts';
import { regions } from '../organisations/regions.ts';
import { courses } from './courses.ts';
import { occasions } from './occasions.ts';

/**
 * A request for a tailored course (beställd utbildning): from one firm, or from a region admin
 * gathering several firms with a shared gap into one class (companyId null, regionCode set).
 */
export const courseRequests = pgTable(
  'course_requests',
  {
    id: id(),
    companyId: uuid().references(() => companies.id),
    regionCode: char({ length: 2 })
      .notNull()
      .references(() => regions.code),
    competenceIds: uuid().array().notNull(),
    participants: integer().notNull(),
    wantedFrom: date({ mode: 'string' }).notNull(),
    wantedTo: date({ mode: 'string' }).notNull(),
    note: text(),
    status: courseRequestStatus().notNull().default('OPEN'),
    ...timestamps,
  },
  (t) => [
    index('course_requests_region_idx').on(t.regionCode, t.status),
    check('course_requests_participants', sql`${t.participants} between 1 and 500`),
    check('course_requests_period', sql`${t.wantedTo} >= ${t.wantedFrom}`),
  ],
);

/** A provider's answer to a request; accepting it creates the occasion. */
export const courseOffers = pgTable(
  'course_offers',
  {
    id: id(),
    requestId: uuid()
      .notNull()
      .references(() => courseRequests.id),
    providerId: uuid()
      .notNull()
      .references(() => providers.id),
    courseId: uuid()
      .notNull()
      .references(() => courses.id),
    price: bigint({ mode: 'bigint' }).notNull(), // öre, for the whole occasion
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    note: text(),
    acceptedOccasionId: uuid().references(() => occasions.id),
    ...timestamps,
  },
  (t) => [index('course_offers_request_idx').on(t.requestId), check('course_offers_price', sql`${t.price} >= 0`)],
);
