import { schema } from '@smartkompetens/db';
import { eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { hasScope, requireSignedIn, type Viewer } from '../../auth/viewer.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError } from '../../errors/index.ts';
import { ALL, type Visibility } from '../organisations/organisations.access.ts';

/**
 * Who may see and do what in recruitment and spreading: the one place these rules live.
 * See docs/decisions/0020-recruitment-and-differencing.md.
 *
 * | | firm's needs, candidates | needs per county (cells) | placements | applications | templates |
 * | --- | --- | --- | --- | --- | --- |
 * | programme admin | all | all, unsuppressed | all (read) | all, decide | maintain |
 * | region admin | their county's firms | their county, unsuppressed | county (read) | county, decide | read |
 * | company admin | own firm | — | own firm (write) | — | read, copy |
 * | employee | — | — | — | — | — |
 * | provider | — | their county (or all), suppressed | county (read, mark filled) | — | — |
 * | client `recruitment:read` | — | its county (or all), suppressed | county (read) | — | — |
 */

const { companies, providers } = schema;

export interface AggregateAudience {
  /** Counties the viewer may see; null means all. */
  regionCodes: string[] | null;
  /** Whether small cells are withheld: for everyone outside the programme's owners. */
  suppress: boolean;
}

async function providerCounties(ctx: ServiceContext, viewer: Extract<Viewer, { kind: 'user' }>): Promise<string[] | null | undefined> {
  const providerIds = viewer.memberships.filter((m) => m.role === 'PROVIDER' && m.providerId).map((m) => m.providerId!);
  if (!providerIds.length) return undefined;
  const found = await ctx.db.select({ regionCode: providers.regionCode }).from(providers).where(inArray(providers.id, providerIds));
  const codes = found.map((p) => p.regionCode);
  return codes.some((c) => c === null) ? null : (codes as string[]);
}

/**
 * Anonymised recruitment needs per county are for those who dimension education and training:
 * programme and region admins (unsuppressed: they follow the firms anyway), providers and
 * integration clients with recruitment:read (suppressed cells only).
 */
export async function recruitmentCellAudience(ctx: ServiceContext): Promise<AggregateAudience> {
  const viewer = ctx.viewer;
  requireSignedIn(viewer);
  if (viewer.kind === 'apiClient') {
    if (!hasScope(viewer, 'recruitment:read')) throw new ForbiddenError('This API token lacks the recruitment:read scope');
    return { regionCodes: viewer.regionCode ? [viewer.regionCode] : null, suppress: true };
  }
  if (viewer.memberships.some((m) => m.role === 'PROGRAMME_ADMIN')) return { regionCodes: null, suppress: false };
  const regionAdmin = viewer.memberships.filter((m) => m.role === 'REGION_ADMIN' && m.regionCode).map((m) => m.regionCode!);
  if (regionAdmin.length) return { regionCodes: regionAdmin, suppress: false };
  const counties = await providerCounties(ctx, viewer);
  if (counties !== undefined) return { regionCodes: counties, suppress: true };
  throw new ForbiddenError('Recruitment needs per county are for programme and region admins, providers and integrations');
}

/**
 * Placements a viewer sees: a firm's admins their own; region admins, providers and clients
 * (recruitment:read) their county's (providers without a county: all); programme admins all.
 * Placements carry the firm's contact person but never pupils.
 */
export async function placementVisibility(ctx: ServiceContext, companyIdColumn = schema.placements.companyId): Promise<Visibility> {
  const viewer = ctx.viewer;
  requireSignedIn(viewer);
  const inCounties = (codes: string[]) => sql`${companyIdColumn} in (select ${companies.id} from ${companies} where ${inArray(companies.regionCode, codes)})`;
  if (viewer.kind === 'apiClient') {
    if (!hasScope(viewer, 'recruitment:read')) throw new ForbiddenError('This API token lacks the recruitment:read scope');
    return viewer.regionCode ? inCounties([viewer.regionCode]) : ALL;
  }
  const conditions: SQL[] = [];
  for (const m of viewer.memberships) {
    if (m.role === 'PROGRAMME_ADMIN') return ALL;
    if (m.role === 'REGION_ADMIN' && m.regionCode) conditions.push(inCounties([m.regionCode]));
    if (m.role === 'COMPANY_ADMIN' && m.companyId) conditions.push(eq(companyIdColumn, m.companyId));
  }
  const counties = await providerCounties(ctx, viewer);
  if (counties === null) return ALL;
  if (counties?.length) conditions.push(inCounties(counties));
  return or(...conditions) ?? sql`false`;
}

/** Only the firm's own admins offer and change its placements. */
export function canManagePlacements(viewer: Viewer, companyId: string): boolean {
  return viewer.kind === 'user' && viewer.memberships.some((m) => m.role === 'COMPANY_ADMIN' && m.companyId === companyId);
}

/** Providers of the placement's county (or county-less providers) record how many places they filled. */
export async function canFillPlacements(ctx: ServiceContext, regionCode: string): Promise<boolean> {
  if (ctx.viewer.kind !== 'user') return false;
  const counties = await providerCounties(ctx, ctx.viewer);
  return counties === null || (counties?.includes(regionCode) ?? false);
}

/**
 * Join applications hold a contact person's name and email: only the county's region admins
 * and programme admins see and decide them.
 */
export function applicationCounties(viewer: Viewer): string[] | null {
  requireSignedIn(viewer);
  if (viewer.kind !== 'user') throw new ForbiddenError('Join applications are decided by region and programme admins');
  if (viewer.memberships.some((m) => m.role === 'PROGRAMME_ADMIN')) return null;
  const codes = viewer.memberships.filter((m) => m.role === 'REGION_ADMIN' && m.regionCode).map((m) => m.regionCode!);
  if (!codes.length) throw new ForbiddenError('Join applications are decided by region and programme admins');
  return codes;
}

/** Role templates are read by every signed-in user (they are no one's data) and kept by programme admins. */
export function assertCanReadTemplates(viewer: Viewer): void {
  requireSignedIn(viewer);
  if (viewer.kind !== 'user') throw new ForbiddenError('Role templates are for signed-in users');
}

export function assertCanMaintainTemplates(viewer: Viewer): void {
  requireSignedIn(viewer);
  if (viewer.kind !== 'user' || !viewer.memberships.some((m) => m.role === 'PROGRAMME_ADMIN')) {
    throw new ForbiddenError('Programme admins maintain the role templates');
  }
}

/**
 * A firm's recruitment needs, its internal candidates and its benchmark are the firm's own
 * planning: its admins, its region owner and programme admins (as for supply plans).
 */
export function canPlanForCompany(viewer: Viewer, company: { id: string; regionCode: string }): boolean {
  return (
    viewer.kind === 'user' &&
    viewer.memberships.some(
      (m) => m.role === 'PROGRAMME_ADMIN' || (m.role === 'REGION_ADMIN' && m.regionCode === company.regionCode) || (m.role === 'COMPANY_ADMIN' && m.companyId === company.id),
    )
  );
}
