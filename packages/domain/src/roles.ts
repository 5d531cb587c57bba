/**
 * Roles a membership can carry. What each may see and do is decided by the API's access
 * rules; the list lives here so the SPA can shape its navigation from the same words.
 */
export const roles = [
  'PROGRAMME_ADMIN', // the whole programme
  'REGION_ADMIN', // firms of one county (a sub-project owner)
  'COMPANY_ADMIN', // one firm
  'EMPLOYEE', // own profile
  'PROVIDER', // own courses, anonymised aggregates only
] as const;
export type Role = (typeof roles)[number];

/** Scopes an integration client's API token can carry. Read-only unless a scope says so. */
export const apiScopes = [
  'organisations:read',
  'competence:read',
  'catalogue:read',
  'catalogue:write',
  'demand:read',
  'budget:read',
  'recruitment:read', // anonymised recruitment needs and placements of the client's county
] as const;
export type ApiScope = (typeof apiScopes)[number];
