import type { ApiScope, Role } from '@smartkompetens/domain';
import { UnauthenticatedError } from '../errors/index.ts';

export interface MembershipScope {
  id: string;
  role: Role;
  regionCode: string | null;
  companyId: string | null;
  employeeId: string | null;
  providerId: string | null;
}

/** Who is calling: decided once per request by the authentication plugin. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; memberships: MembershipScope[] }
  | { kind: 'apiClient'; apiClientId: string; scopes: ApiScope[]; regionCode: string | null };

export const anonymous: Viewer = { kind: 'anonymous' };

export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.kind === 'user' && viewer.memberships.some((m) => m.role === role);
}

export function hasScope(viewer: Viewer, scope: ApiScope): boolean {
  return viewer.kind === 'apiClient' && viewer.scopes.includes(scope);
}

/** Anything but public pages needs a signed-in user or an API client. */
export function requireSignedIn(viewer: Viewer): asserts viewer is Exclude<Viewer, { kind: 'anonymous' }> {
  if (viewer.kind === 'anonymous') throw new UnauthenticatedError();
}
