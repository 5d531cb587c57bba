import type { Database, Executor } from '@smartkompetens/db';
import type { Viewer } from './viewer.ts';

/** What every service call gets: where to read and write, who asks, and for the audit log, which request. */
export interface ServiceContext {
  db: Executor;
  viewer: Viewer;
  requestId: string;
}

/** The same context with writes going through a transaction. */
export function inTransaction<T>(ctx: ServiceContext & { db: Database }, work: (tx: ServiceContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => work({ ...ctx, db: tx }));
}
