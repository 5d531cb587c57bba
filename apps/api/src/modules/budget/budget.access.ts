import type { SQL } from 'drizzle-orm';
import { eq, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { hasScope, requireSignedIn, type Viewer } from '../../auth/viewer.ts';
import { ForbiddenError } from '../../errors/index.ts';
import { ALL, type Visibility } from '../organisations/organisations.access.ts';

/**
 * Who may see and change budgets — one place for the whole module. Budgets, their lines and
 * their ledger entries all carry `region_code` and `company_id` (a firm's budget carries the
 * firm's county too), so one rule filters all three tables:
 *
 * - programme admins: every budget, and they create budgets and record entries anywhere;
 * - region admins: their county's region budget and its firms' budgets (not the programme's);
 *   they create those budgets and record entries on them;
 * - company admins: their firm's budgets, and they record entries on them;
 * - employees and providers: nothing (budgets are the firm's and the programme's business);
 * - integration clients: only with the `budget:read` scope, read-only, their county
 *   (all budgets for a client without a county, as with companies).
 *
 * Going over a line's amount needs an override by a programme or region admin.
 */

export interface BudgetScope {
  regionCode: string | null;
  companyId: string | null;
}

const NOTHING = sql`false`;

/** Budget rows (budgets, lines or entries) the viewer may read. */
export function budgetVisibility(viewer: Viewer, columns: { regionCode: AnyPgColumn; companyId: AnyPgColumn }): Visibility {
  requireSignedIn(viewer);
  if (viewer.kind === 'apiClient') {
    if (!hasScope(viewer, 'budget:read')) throw new ForbiddenError('This API token lacks the budget:read scope');
    return viewer.regionCode ? eq(columns.regionCode, viewer.regionCode) : ALL;
  }
  const conditions: SQL[] = [];
  for (const m of viewer.memberships) {
    if (m.role === 'PROGRAMME_ADMIN') return ALL;
    if (m.role === 'REGION_ADMIN' && m.regionCode) conditions.push(eq(columns.regionCode, m.regionCode));
    if (m.role === 'COMPANY_ADMIN' && m.companyId) conditions.push(eq(columns.companyId, m.companyId));
  }
  return or(...conditions) ?? NOTHING;
}

/** Who creates a budget of this scope: programme admins any; region admins their county's region and firm budgets. */
export function canCreateBudget(viewer: Viewer, scope: BudgetScope): boolean {
  if (viewer.kind !== 'user') return false;
  return viewer.memberships.some(
    (m) => m.role === 'PROGRAMME_ADMIN' || (m.role === 'REGION_ADMIN' && m.regionCode !== null && scope.regionCode === m.regionCode),
  );
}

/** Who records and reverses ledger entries on a line: its budget's owners (never integration clients). */
export function canWriteLedger(viewer: Viewer, scope: BudgetScope): boolean {
  if (viewer.kind !== 'user') return false;
  return viewer.memberships.some(
    (m) =>
      m.role === 'PROGRAMME_ADMIN' ||
      (m.role === 'REGION_ADMIN' && m.regionCode !== null && scope.regionCode === m.regionCode) ||
      (m.role === 'COMPANY_ADMIN' && m.companyId !== null && scope.companyId === m.companyId),
  );
}

/** Who may approve an entry that takes a line over its amount: programme admins, and the line's county's region admins. */
export function canApproveOverride(viewer: Viewer, scope: BudgetScope): boolean {
  if (viewer.kind !== 'user') return false;
  return viewer.memberships.some(
    (m) => m.role === 'PROGRAMME_ADMIN' || (m.role === 'REGION_ADMIN' && m.regionCode !== null && scope.regionCode === m.regionCode),
  );
}

/**
 * Participant time of a firm: its admins and the county's and programme's admins see everyone's;
 * a participant sees their own row ('SELF'); others nothing.
 */
export function canReadTime(viewer: Viewer, company: { id: string; regionCode: string }): 'ALL' | 'SELF' | false {
  if (viewer.kind !== 'user') return false;
  if (canLockTime(viewer, company)) return 'ALL';
  return viewer.memberships.some((m) => m.role === 'EMPLOYEE' && m.companyId === company.id) ? 'SELF' : false;
}

/** Who attests a person's time: the person themself, or their firm's admins. */
export function canAttestTime(viewer: Viewer, employee: { id: string; companyId: string }): boolean {
  if (viewer.kind !== 'user') return false;
  return viewer.memberships.some(
    (m) => (m.role === 'COMPANY_ADMIN' && m.companyId === employee.companyId) || (m.role === 'EMPLOYEE' && m.employeeId === employee.id),
  );
}

/** Who reports (locks) a firm's month: its admins, the county's region admins, programme admins. */
export function canLockTime(viewer: Viewer, company: { id: string; regionCode: string }): boolean {
  if (viewer.kind !== 'user') return false;
  return viewer.memberships.some(
    (m) =>
      m.role === 'PROGRAMME_ADMIN' ||
      (m.role === 'REGION_ADMIN' && m.regionCode === company.regionCode) ||
      (m.role === 'COMPANY_ADMIN' && m.companyId === company.id),
  );
}

/**
 * What budget follow-up across firms (reports, cost comparison) a viewer may see: everything
 * (programme admins; integration clients with budget:read and no county), some counties (region
 * admins; clients tied to a county), or only their own firms (company admins).
 */
export function reportScope(viewer: Viewer): { all: boolean; regionCodes: string[]; companyIds: string[] } {
  requireSignedIn(viewer);
  if (viewer.kind === 'apiClient') {
    if (!hasScope(viewer, 'budget:read')) throw new ForbiddenError('This API token lacks the budget:read scope');
    return { all: !viewer.regionCode, regionCodes: viewer.regionCode ? [viewer.regionCode] : [], companyIds: [] };
  }
  const scope = { all: false, regionCodes: [] as string[], companyIds: [] as string[] };
  for (const m of viewer.memberships) {
    if (m.role === 'PROGRAMME_ADMIN') scope.all = true;
    if (m.role === 'REGION_ADMIN' && m.regionCode) scope.regionCodes.push(m.regionCode);
    if (m.role === 'COMPANY_ADMIN' && m.companyId) scope.companyIds.push(m.companyId);
  }
  if (!scope.all && !scope.regionCodes.length && !scope.companyIds.length) throw new ForbiddenError('Budget follow-up is for firms’ and the programme’s admins');
  return scope;
}
