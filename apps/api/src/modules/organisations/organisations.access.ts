import { schema } from '@smartkompetens/db';
import { eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { ForbiddenError } from '../../errors/index.ts';
import { hasScope, requireSignedIn, type Viewer } from '../../auth/viewer.ts';

/**
 * Who may see and change which organisation data: the one place these rules live. Every
 * service function of this module filters through them, so GraphQL and REST agree.
 *
 * `ALL` means no filter; otherwise a SQL condition to AND into the query.
 */
export const ALL = Symbol('all');
export type Visibility = typeof ALL | SQL;

const { companies, employees } = schema;
const NOTHING = sql`false`;

/** Regions are public facts of the programme: any signed-in viewer or client with organisations:read. */
export function assertCanReadRegions(viewer: Viewer): asserts viewer is Exclude<Viewer, { kind: 'anonymous' }> {
  requireSignedIn(viewer);
  if (viewer.kind === 'apiClient' && !hasScope(viewer, 'organisations:read')) {
    throw new ForbiddenError('This API token lacks the organisations:read scope');
  }
}

/**
 * Companies: programme admins and providers see all (the directory is register data, no
 * personal data); region admins their county; company admins and employees their own firm;
 * an integration client with organisations:read its county, or all without one.
 */
export function companyVisibility(viewer: Viewer): Visibility {
  assertCanReadRegions(viewer);
  if (viewer.kind === 'apiClient') return viewer.regionCode ? eq(companies.regionCode, viewer.regionCode) : ALL;
  const conditions: SQL[] = [];
  for (const m of viewer.memberships) {
    if (m.role === 'PROGRAMME_ADMIN' || m.role === 'PROVIDER') return ALL;
    if (m.role === 'REGION_ADMIN' && m.regionCode) conditions.push(eq(companies.regionCode, m.regionCode));
    if ((m.role === 'COMPANY_ADMIN' || m.role === 'EMPLOYEE') && m.companyId) conditions.push(eq(companies.id, m.companyId));
  }
  return or(...conditions) ?? NOTHING;
}

/**
 * Employees are personal data: programme admins see all, region admins those of their
 * county's firms, company admins their firm's, an employee only themself. Providers and
 * integration clients see none.
 */
export function employeeVisibility(viewer: Viewer): Visibility {
  requireSignedIn(viewer);
  if (viewer.kind === 'apiClient') return NOTHING;
  const conditions: SQL[] = [];
  const regionCodes: string[] = [];
  for (const m of viewer.memberships) {
    if (m.role === 'PROGRAMME_ADMIN') return ALL;
    if (m.role === 'REGION_ADMIN' && m.regionCode) regionCodes.push(m.regionCode);
    if (m.role === 'COMPANY_ADMIN' && m.companyId) conditions.push(eq(employees.companyId, m.companyId));
    if (m.role === 'EMPLOYEE' && m.employeeId) conditions.push(eq(employees.id, m.employeeId));
  }
  if (regionCodes.length) {
    conditions.push(
      sql`${employees.companyId} in (select ${companies.id} from ${companies} where ${inArray(companies.regionCode, regionCodes)})`,
    );
  }
  return or(...conditions) ?? NOTHING;
}

/** Whether any of a company's people are visible to the viewer (the same rule as employeeVisibility). */
export function canSeeCompanyPeople(viewer: Viewer, company: { id: string; regionCode: string }): boolean {
  return (
    viewer.kind === 'user' &&
    viewer.memberships.some(
      (m) =>
        m.role === 'PROGRAMME_ADMIN' ||
        (m.role === 'REGION_ADMIN' && m.regionCode === company.regionCode) ||
        ((m.role === 'COMPANY_ADMIN' || m.role === 'EMPLOYEE') && m.companyId === company.id),
    )
  );
}

/** Only the firm's own admins add, edit and deactivate its employees. */
export function canManageEmployees(viewer: Viewer, companyId: string): boolean {
  return viewer.kind === 'user' && viewer.memberships.some((m) => m.role === 'COMPANY_ADMIN' && m.companyId === companyId);
}

/** ANDs a visibility into a list of conditions. */
export function within(visibility: Visibility, ...conditions: (SQL | undefined)[]): (SQL | undefined)[] {
  return visibility === ALL ? conditions : [visibility, ...conditions];
}
