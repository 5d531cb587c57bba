import { char, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id } from '../columns.ts';
import { regions } from '../organisations/regions.ts';
import { users } from './users.ts';

/**
 * An integration client (e.g. Region Uppsala's reporting system) calling with a Bearer token.
 * The token is shown once at creation; only its SHA-256 is kept. A region limits the client
 * to that county's data; no region means the whole programme.
 */
export const apiClients = pgTable(
  'api_clients',
  {
    id: id(),
    name: text().notNull(),
    tokenHash: text().notNull(), // hex SHA-256 of the token
    tokenPrefix: text().notNull(), // first characters, to recognise a token in lists
    scopes: text().array().notNull(),
    regionCode: char({ length: 2 }).references(() => regions.code),
    createdByUserId: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('api_clients_token_hash_key').on(t.tokenHash)],
);
