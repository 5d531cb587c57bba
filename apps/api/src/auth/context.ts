import type { Executor } from '@smartkompetens/db';
import type { Viewer } from './viewer.ts';

/** What every service call gets: where to read and write, who asks, and for the audit log, which request. */
export interface ServiceContext {
  db: Executor;
  viewer: Viewer;
  requestId: string;
}
