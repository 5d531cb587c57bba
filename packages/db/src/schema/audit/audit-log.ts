import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Who did what, when. `details` holds ids and changed field names, never personal data
 * (no names, emails or salaries), so the log can be shown to auditors as it is.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'bigint' }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid(),
    actorApiClientId: uuid(),
    action: text().notNull(), // e.g. 'employee.create', 'session.create'
    entityType: text().notNull(),
    entityId: text(),
    companyId: uuid(),
    requestId: text(),
    details: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId), index('audit_log_company_idx').on(t.companyId, t.at)],
);
