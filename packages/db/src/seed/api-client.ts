import type { ApiScope } from '@smartkompetens/domain';
import { createHash } from 'node:crypto';
import type { apiClients } from '../schema/index.ts';

/**
 * A fixed token for Region Uppsala's reporting system, so the API can be tried with curl
 * straight after seeding. Demo data only: a real client's token is random and shown once.
 */
export const DEMO_API_TOKEN = 'sk_demo_regionuppsala_0000000000000000';

export function demoApiClient(createdByUserId: string): typeof apiClients.$inferInsert {
  return {
    name: 'Region Uppsala – rapportsystem',
    tokenHash: createHash('sha256').update(DEMO_API_TOKEN).digest('hex'),
    tokenPrefix: DEMO_API_TOKEN.slice(0, 8),
    scopes: ['organisations:read', 'competence:read', 'demand:read', 'budget:read', 'recruitment:read'] satisfies ApiScope[],
    regionCode: '03',
    createdByUserId,
  };
}
