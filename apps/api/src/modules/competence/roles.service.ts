import { schema } from '@smartkompetens/db';
import type { Importance } from '@smartkompetens/domain';
import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { ServiceContext } from '../../auth/context.ts';
import { isUuid } from '../../lib/ids.ts';
import { within } from '../organisations/organisations.access.ts';
import { companyInternals } from './competence.access.ts';

const { jobRoles, roleRequirements, employeeRoles, employees } = schema;

export type JobRoleRow = typeof jobRoles.$inferSelect;
export type RoleRequirementRow = typeof roleRequirements.$inferSelect & { importance: Importance };

/** Roles of several companies in one statement, by name. */
export async function rolesByCompanies(ctx: ServiceContext, companyIds: readonly string[]): Promise<Map<string, JobRoleRow[]>> {
  const ids = [...new Set(companyIds)].filter(isUuid);
  const result = new Map<string, JobRoleRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const rows = await ctx.db
    .select()
    .from(jobRoles)
    .where(and(...within(companyInternals(ctx.viewer, jobRoles.companyId), inArray(jobRoles.companyId, ids))))
    .orderBy(asc(jobRoles.nameSv));
  for (const row of rows) result.get(row.companyId)!.push(row);
  return result;
}

export async function rolesByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, JobRoleRow>> {
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return new Map();
  const rows = await ctx.db
    .select()
    .from(jobRoles)
    .where(and(...within(companyInternals(ctx.viewer, jobRoles.companyId), inArray(jobRoles.id, valid))));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Requirement profiles of several roles, by importance then level. */
export async function requirementsByRoles(ctx: ServiceContext, roleIds: readonly string[]): Promise<Map<string, RoleRequirementRow[]>> {
  const ids = [...new Set(roleIds)].filter(isUuid);
  const result = new Map<string, RoleRequirementRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const rows = await ctx.db
    .select()
    .from(roleRequirements)
    .where(and(...within(companyInternals(ctx.viewer, roleRequirements.companyId), inArray(roleRequirements.roleId, ids))))
    .orderBy(asc(roleRequirements.importance), asc(roleRequirements.requiredLevel));
  for (const row of rows) result.get(row.roleId)!.push(row);
  return result;
}

export async function holderCountsByRoles(ctx: ServiceContext, roleIds: readonly string[]): Promise<Map<string, number>> {
  const ids = [...new Set(roleIds)].filter(isUuid);
  if (!ids.length) return new Map();
  const rows = await ctx.db
    .select({ roleId: employeeRoles.roleId, n: count() })
    .from(employeeRoles)
    .innerJoin(employees, and(eq(employees.id, employeeRoles.employeeId), isNull(employees.deactivatedAt)))
    .where(and(...within(companyInternals(ctx.viewer, employeeRoles.companyId), inArray(employeeRoles.roleId, ids))))
    .groupBy(employeeRoles.roleId);
  return new Map(rows.map((r) => [r.roleId, r.n]));
}

/** The roles each of several employees holds. */
export async function rolesByEmployees(ctx: ServiceContext, employeeIds: readonly string[]): Promise<Map<string, JobRoleRow[]>> {
  const ids = [...new Set(employeeIds)].filter(isUuid);
  const result = new Map<string, JobRoleRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const rows = await ctx.db
    .select({ employeeId: employeeRoles.employeeId, role: jobRoles })
    .from(employeeRoles)
    .innerJoin(jobRoles, eq(jobRoles.id, employeeRoles.roleId))
    .where(and(...within(companyInternals(ctx.viewer, employeeRoles.companyId), inArray(employeeRoles.employeeId, ids))))
    .orderBy(asc(jobRoles.nameSv));
  for (const row of rows) result.get(row.employeeId)!.push(row.role);
  return result;
}
