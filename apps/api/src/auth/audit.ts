import { schema } from '@smartkompetens/db';
import type { ServiceContext } from './context.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  companyId?: string | null;
  /** Ids and changed field names only: the audit log never holds personal data. */
  details?: Record<string, unknown>;
}

/** Records who did what, in the caller's transaction so the entry and the change stand or fall together. */
export async function audit(ctx: ServiceContext, entry: AuditEntry): Promise<void> {
  await ctx.db.insert(schema.auditLog).values({
    actorUserId: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
    actorApiClientId: ctx.viewer.kind === 'apiClient' ? ctx.viewer.apiClientId : null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    companyId: entry.companyId ?? null,
    requestId: ctx.requestId,
    details: entry.details ?? null,
  });
}
