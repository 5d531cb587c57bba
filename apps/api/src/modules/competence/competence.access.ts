import { schema } from '@smartkompetens/db';
import { eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { hasScope, requireSignedIn, type Viewer } from '../../auth/viewer.ts';
import { ForbiddenError } from '../../errors/index.ts';
import { ALL, employeeVisibility, type Visibility } from '../organisations/organisations.access.ts';

/**
 * Who may see and change competence data. Personal data (assessments, standings, who holds
 * what) follows the organisations module's employee visibility, so the two can never
 * disagree; this file adds the framework and the aggregate-only rules.
 */

const { competences, companies } = schema;

/** The framework (areas, programme-wide competences, scale) is open to every signed-in viewer; clients need competence:read. */
export function assertCanReadFramework(viewer: Viewer): asserts viewer is Exclude<Viewer, { kind: 'anonymous' }> {
  requireSignedIn(viewer);
  if (viewer.kind === 'apiClient' && !hasScope(viewer, 'competence:read')) {
    throw new ForbiddenError('This API token lacks the competence:read scope');
  }
}

/**
 * Competences a viewer sees: the programme-wide framework, plus local competences of the
 * firms whose people they may see (a firm's own competences stay within it and its owners).
 */
export function competenceVisibility(viewer: Viewer): Visibility {
  assertCanReadFramework(viewer);
  if (viewer.kind === 'apiClient') return isNull(competences.companyId);
  const companyIds: string[] = [];
  const regionCodes: string[] = [];
  for (const m of viewer.memberships) {
    if (m.role === 'PROGRAMME_ADMIN') return ALL;
    if ((m.role === 'COMPANY_ADMIN' || m.role === 'EMPLOYEE') && m.companyId) companyIds.push(m.companyId);
    if (m.role === 'REGION_ADMIN' && m.regionCode) regionCodes.push(m.regionCode);
  }
  const conditions: SQL[] = [isNull(competences.companyId)];
  if (companyIds.length) conditions.push(inArray(competences.companyId, companyIds));
  if (regionCodes.length) {
    conditions.push(sql`${competences.companyId} in (select ${companies.id} from ${companies} where ${inArray(companies.regionCode, regionCodes)})`);
  }
  return or(...conditions)!;
}

/**
 * Aggregate-only viewers — providers and integration clients with competence:read — see gap
 * aggregates over everyone (a client: its county), never single people or single firms, and
 * with small cells suppressed. Everyone else sees aggregates over the people they may see.
 */
export type GapAudience =
  | { kind: 'people'; visibility: Visibility }
  | { kind: 'aggregate'; regionCode: string | null };

export function gapAudience(viewer: Viewer): GapAudience {
  assertCanReadFramework(viewer);
  if (viewer.kind === 'apiClient') return { kind: 'aggregate', regionCode: viewer.regionCode };
  const personal = viewer.memberships.some((m) => m.role !== 'PROVIDER');
  return personal ? { kind: 'people', visibility: employeeVisibility(viewer) } : { kind: 'aggregate', regionCode: null };
}

/** Programme admins keep the programme-wide framework; a firm's admins keep its local competences. */
export function canMaintainCompetences(viewer: Viewer, companyId: string | null): boolean {
  if (viewer.kind !== 'user') return false;
  return viewer.memberships.some((m) =>
    companyId === null ? m.role === 'PROGRAMME_ADMIN' : m.role === 'COMPANY_ADMIN' && m.companyId === companyId,
  );
}

/** A firm's admins assess its people as their managers (and import skills matrices). */
export function canAssessAsManager(viewer: Viewer, companyId: string): boolean {
  return viewer.kind === 'user' && viewer.memberships.some((m) => m.role === 'COMPANY_ADMIN' && m.companyId === companyId);
}

/** Who records an assessment, and as what: the person themself (SELF) or their firm's admin (MANAGER). */
export function assessmentSourceFor(viewer: Viewer, employee: { id: string; companyId: string }): 'SELF' | 'MANAGER' | null {
  if (viewer.kind !== 'user') return null;
  if (viewer.memberships.some((m) => m.role === 'EMPLOYEE' && m.employeeId === employee.id)) return 'SELF';
  return canAssessAsManager(viewer, employee.companyId) ? 'MANAGER' : null;
}

/** Supply plans are kept by the firm's admins. */
export function canManageSupplyPlan(viewer: Viewer, companyId: string): boolean {
  return viewer.kind === 'user' && viewer.memberships.some((m) => m.role === 'COMPANY_ADMIN' && m.companyId === companyId);
}

/**
 * Supply plans are the firm's plans, not personal data, but not public either: visible to
 * its admins, its region owner and programme admins.
 */
export function supplyPlanVisibility(viewer: Viewer): Visibility {
  return companyInternals(viewer, schema.supplyPlanItems.companyId, { employees: false });
}

/**
 * A firm's internal structure — its roles and requirement profiles, certificates — is visible
 * to those who may see its people: its admins and employees, its region owner, programme
 * admins. Providers and integration clients see none of it.
 */
export function companyInternals(viewer: Viewer, companyIdColumn: AnyPgColumn, include = { employees: true }): Visibility {
  requireSignedIn(viewer);
  if (viewer.kind === 'apiClient') return sql`false`;
  const conditions: SQL[] = [];
  for (const m of viewer.memberships) {
    if (m.role === 'PROGRAMME_ADMIN') return ALL;
    if (m.role === 'REGION_ADMIN' && m.regionCode) {
      conditions.push(sql`${companyIdColumn} in (select ${companies.id} from ${companies} where ${eq(companies.regionCode, m.regionCode)})`);
    }
    if (m.role === 'COMPANY_ADMIN' && m.companyId) conditions.push(eq(companyIdColumn, m.companyId));
    if (m.role === 'EMPLOYEE' && include.employees && m.companyId) conditions.push(eq(companyIdColumn, m.companyId));
  }
  return or(...conditions) ?? sql`false`;
}
