import { schema } from '@smartkompetens/db';
import { eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { requireSignedIn, type Viewer } from '../../auth/viewer.ts';
import { ALL, type Visibility } from '../organisations/organisations.access.ts';

/**
 * Who may see and act on course requests and offers: the one place these rules live.
 *
 * - A firm's request belongs to the firm: its admins create, close and accept. A joint request
 *   (no firm) belongs to the region admin of its county.
 * - Region admins follow their county's requests; programme admins all.
 * - Providers answer: they see the open and offered requests of their county (all counties when
 *   the provider has none), with the firm's name but no personal data, and keep seeing the ones
 *   they answered. They see only their own offers — prices are between them and the requester.
 * - Employees and integration clients see none of it.
 */

const { courseRequests, courseOffers, providers } = schema;
const NOTHING = sql`false`;

/** Requests still taking offers. */
export const answerableStatuses = ['OPEN', 'OFFERED'] as const;

export function requestVisibility(viewer: Viewer): Visibility {
  requireSignedIn(viewer);
  if (viewer.kind === 'apiClient') return NOTHING;
  const conditions: SQL[] = [];
  for (const m of viewer.memberships) {
    if (m.role === 'PROGRAMME_ADMIN') return ALL;
    if (m.role === 'REGION_ADMIN' && m.regionCode) conditions.push(eq(courseRequests.regionCode, m.regionCode));
    if (m.role === 'COMPANY_ADMIN' && m.companyId) conditions.push(eq(courseRequests.companyId, m.companyId));
    if (m.role === 'PROVIDER' && m.providerId) conditions.push(providerSees(m.providerId));
  }
  return or(...conditions) ?? NOTHING;
}

/** The county comes from the provider's row, in the same statement. */
function providerSees(providerId: string): SQL {
  return sql`(
    (${inArray(courseRequests.status, [...answerableStatuses])}
      and exists (select 1 from ${providers} p where p.id = ${providerId} and (p.region_code is null or p.region_code = ${courseRequests.regionCode})))
    or exists (select 1 from ${courseOffers} o where o.request_id = ${courseRequests.id} and o.provider_id = ${providerId})
  )`;
}

/** Offers: the requester's side sees all offers on requests it may see; a provider only its own. */
export function offerVisibility(viewer: Viewer): Visibility {
  requireSignedIn(viewer);
  if (viewer.kind === 'apiClient') return NOTHING;
  const conditions: SQL[] = [];
  const regionCodes: string[] = [];
  const companyIds: string[] = [];
  for (const m of viewer.memberships) {
    if (m.role === 'PROGRAMME_ADMIN') return ALL;
    if (m.role === 'REGION_ADMIN' && m.regionCode) regionCodes.push(m.regionCode);
    if (m.role === 'COMPANY_ADMIN' && m.companyId) companyIds.push(m.companyId);
    if (m.role === 'PROVIDER' && m.providerId) conditions.push(eq(courseOffers.providerId, m.providerId));
  }
  const requestSide = [
    regionCodes.length ? inArray(courseRequests.regionCode, regionCodes) : undefined,
    companyIds.length ? inArray(courseRequests.companyId, companyIds) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  if (requestSide.length) {
    conditions.push(sql`${courseOffers.requestId} in (select ${courseRequests.id} from ${courseRequests} where ${or(...requestSide)})`);
  }
  return or(...conditions) ?? NOTHING;
}

/** A firm's admins request for their firm. */
export function canRequestForCompany(viewer: Viewer, companyId: string): boolean {
  return viewer.kind === 'user' && viewer.memberships.some((m) => m.role === 'COMPANY_ADMIN' && m.companyId === companyId);
}

/** A region admin gathers a joint request for their own county. */
export function canRequestForRegion(viewer: Viewer, regionCode: string): boolean {
  return viewer.kind === 'user' && viewer.memberships.some((m) => m.role === 'REGION_ADMIN' && m.regionCode === regionCode);
}

/** The requester — the firm's admins, or the county's region admin for a joint request — closes it and accepts offers. */
export function isRequester(viewer: Viewer, request: { companyId: string | null; regionCode: string }): boolean {
  return request.companyId ? canRequestForCompany(viewer, request.companyId) : canRequestForRegion(viewer, request.regionCode);
}

/** The providers the viewer answers for. */
export function answeringProviderIds(viewer: Viewer): string[] {
  return viewer.kind === 'user' ? viewer.memberships.flatMap((m) => (m.role === 'PROVIDER' && m.providerId ? [m.providerId] : [])) : [];
}

/** A provider answers a request only in its county (any, without one) and while it takes offers. */
export function canOfferOn(provider: { regionCode: string | null }, request: { regionCode: string; status: string }): boolean {
  return (provider.regionCode === null || provider.regionCode === request.regionCode) && (answerableStatuses as readonly string[]).includes(request.status);
}

/** Joint course candidates name firms and head counts: for the county's region admin, or programme admins. */
export function canPlanJointCourses(viewer: Viewer, regionCode: string): boolean {
  return (
    viewer.kind === 'user' &&
    viewer.memberships.some((m) => m.role === 'PROGRAMME_ADMIN' || (m.role === 'REGION_ADMIN' && m.regionCode === regionCode))
  );
}
