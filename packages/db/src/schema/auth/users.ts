import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text().notNull(), // argon2id PHC string
    locale: text().notNull().default('sv'),
    disabledAt: timestamp({ withTimezone: true }),
    lastSignInAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);
