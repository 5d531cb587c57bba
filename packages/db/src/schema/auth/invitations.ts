import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * A one-time link to set a password: for the first admin of an approved firm and for invited
 * employees. Only the token's SHA-256 is stored; it expires and is used once.
 */
export const invitations = pgTable(
  'invitations',
  {
    tokenHash: text().primaryKey(), // hex SHA-256 of the token in the link
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdByUserId: uuid().references(() => users.id),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('invitations_user_idx').on(t.userId)],
);
