import { schema } from '@smartkompetens/db';
import { eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { hasScope, requireSignedIn, type Viewer } from '../../auth/viewer.ts';
import { ForbiddenError } from '../../errors/index.ts';
import { ALL, type Visibility } from '../organisations/organisations.access.ts';

/**
 * The catalogue is open: every signed-in viewer browses courses and occasions (integration
 * clients need catalogue:read). Only a tailored occasion — ordered by one firm — is limited to
 * that firm, its provider and the programme's admins.
 */
const { occasions, companies } = schema;

export function assertCanReadCatalogue(viewer: Viewer): asserts viewer is Exclude<Viewer, { kind: 'anonymous' }> {
  requireSignedIn(viewer);
  if (viewer.kind === 'apiClient' && !hasScope(viewer, 'catalogue:read')) {
    throw new ForbiddenError('This API token lacks the catalogue:read scope');
  }
}

export function occasionVisibility(viewer: Viewer): Visibility {
  assertCanReadCatalogue(viewer);
  if (viewer.kind === 'apiClient') return isNull(occasions.tailoredForCompanyId);
  const conditions: SQL[] = [isNull(occasions.tailoredForCompanyId)];
  for (const m of viewer.memberships) {
    if (m.role === 'PROGRAMME_ADMIN') return ALL;
    if ((m.role === 'COMPANY_ADMIN' || m.role === 'EMPLOYEE') && m.companyId) conditions.push(eq(occasions.tailoredForCompanyId, m.companyId));
    if (m.role === 'PROVIDER' && m.providerId) conditions.push(eq(occasions.providerId, m.providerId));
    if (m.role === 'REGION_ADMIN' && m.regionCode) {
      conditions.push(sql`${occasions.tailoredForCompanyId} in (select ${companies.id} from ${companies} where ${eq(companies.regionCode, m.regionCode)})`);
    }
  }
  return or(...conditions)!;
}

/** Providers publish and edit only their own courses and occasions. */
export function canManageProviderCatalogue(viewer: Viewer, providerId: string): boolean {
  return viewer.kind === 'user' && viewer.memberships.some((m) => m.role === 'PROVIDER' && m.providerId === providerId);
}
