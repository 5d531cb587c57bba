import { schema } from '@smartkompetens/db';
import { employeeGroups, importances, isIsoDate, isLevel, optionalText, requiredText, type InputProblem } from '@smartkompetens/domain';
import { and, eq } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../errors/index.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { isUuid } from '../../lib/ids.ts';
import { canManageEmployees } from '../organisations/organisations.access.ts';
import { companiesByIds, getEmployee, type EmployeeRow } from '../organisations/organisations.service.ts';
import { competencesByIds } from './framework.service.ts';
import { rolesByIds, type JobRoleRow } from './roles.service.ts';

/**
 * Writing a firm's role profiles, who holds which role, and certificates: the firm's admins
 * only (the same rule as for its employees).
 */

const { jobRoles, roleRequirements, employeeRoles, certificates } = schema;

function assertManages(ctx: ServiceContext, companyId: string): void {
  if (!canManageEmployees(ctx.viewer, companyId)) throw new ForbiddenError("Only the company's admins change its roles");
}

async function manageableRole(ctx: ServiceContext, id: string, field: string[] = ['id']): Promise<JobRoleRow> {
  const role = (await rolesByIds(ctx, [id])).get(id);
  if (!role) throw new NotFoundError('Job role', field);
  assertManages(ctx, role.companyId);
  return role;
}

export interface JobRoleInput {
  nameSv: string;
  nameEn?: string | null;
  group?: string | null;
}

function validatedRole(input: JobRoleInput) {
  const problems: InputProblem[] = [];
  const nameSv = requiredText(problems, 'nameSv', input.nameSv, 120);
  const nameEn = optionalText(problems, 'nameEn', input.nameEn, 120);
  const group = input.group ?? 'STAFF';
  if (!(employeeGroups as readonly string[]).includes(group)) problems.push({ field: ['group'], code: 'INVALID', message: 'STAFF or MANAGEMENT' });
  if (problems.length) throw new InvalidInputError(problems.map((p) => ({ ...p, field: ['input', ...p.field] })));
  return { nameSv: nameSv!, nameEn, group: group as JobRoleRow['group'] };
}

const DUPLICATE_ROLE = { field: ['input', 'nameSv'], code: 'DUPLICATE' as const, message: 'The company already has a role with this name' };

export async function createJobRole(ctx: ServiceContext, companyId: string, input: JobRoleInput): Promise<JobRoleRow> {
  if (!(await companiesByIds(ctx, [companyId])).has(companyId)) throw new NotFoundError('Company', ['companyId']);
  assertManages(ctx, companyId);
  const value = validatedRole(input);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [role] = await tx.insert(jobRoles).values({ ...value, companyId }).returning();
      await audit({ ...ctx, db: tx }, { action: 'jobRole.create', entityType: 'jobRole', entityId: role!.id, companyId });
      return role!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'job_roles_company_name_key')) throw new InvalidInputError([DUPLICATE_ROLE]);
    throw error;
  }
}

export async function updateJobRole(ctx: ServiceContext, id: string, input: JobRoleInput): Promise<JobRoleRow> {
  const role = await manageableRole(ctx, id);
  const value = validatedRole(input);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [updated] = await tx.update(jobRoles).set({ ...value, updatedAt: new Date() }).where(eq(jobRoles.id, id)).returning();
      await audit({ ...ctx, db: tx }, { action: 'jobRole.update', entityType: 'jobRole', entityId: id, companyId: role.companyId });
      return updated!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'job_roles_company_name_key')) throw new InvalidInputError([DUPLICATE_ROLE]);
    throw error;
  }
}

export async function deleteJobRole(ctx: ServiceContext, id: string): Promise<JobRoleRow> {
  const role = await manageableRole(ctx, id);
  return ctx.db.transaction(async (tx) => {
    // Requirements and holdings go with the role (on delete cascade); assessments stay.
    await tx.update(schema.supplyPlanItems).set({ roleId: null }).where(eq(schema.supplyPlanItems.roleId, id));
    await tx.delete(jobRoles).where(eq(jobRoles.id, id));
    await audit({ ...ctx, db: tx }, { action: 'jobRole.delete', entityType: 'jobRole', entityId: id, companyId: role.companyId });
    return role;
  });
}

export interface RoleRequirementInput {
  competenceId: string;
  requiredLevel: number;
  importance: string;
  futureLevel?: number | null;
  futureBy?: string | null;
}

export async function setRoleRequirement(ctx: ServiceContext, roleId: string, input: RoleRequirementInput): Promise<JobRoleRow> {
  const role = await manageableRole(ctx, roleId, ['roleId']);
  const problems: InputProblem[] = [];
  const competence = (await competencesByIds(ctx, [input.competenceId])).get(input.competenceId);
  if (!competence || (competence.companyId && competence.companyId !== role.companyId)) {
    problems.push({ field: ['competenceId'], code: 'INVALID', message: 'Not a competence of the framework or of this firm' });
  } else if (competence.retiredAt) {
    problems.push({ field: ['competenceId'], code: 'INVALID', message: 'The competence is retired' });
  }
  if (!isLevel(input.requiredLevel)) problems.push({ field: ['requiredLevel'], code: 'OUT_OF_RANGE', message: 'A level from 1 to 5' });
  if (!(importances as readonly string[]).includes(input.importance)) {
    problems.push({ field: ['importance'], code: 'INVALID', message: importances.join(', ') });
  }
  const future = input.futureLevel ?? null;
  const by = input.futureBy ?? null;
  if ((future === null) !== (by === null)) {
    problems.push({ field: [future === null ? 'futureLevel' : 'futureBy'], code: 'REQUIRED', message: 'Give a future level together with its date' });
  } else if (future !== null && !isLevel(future)) {
    problems.push({ field: ['futureLevel'], code: 'OUT_OF_RANGE', message: 'A level from 1 to 5' });
  } else if (by !== null && !isIsoDate(by)) {
    problems.push({ field: ['futureBy'], code: 'INVALID', message: 'Not a date (YYYY-MM-DD)' });
  }
  if (problems.length) throw new InvalidInputError(problems.map((p) => ({ ...p, field: ['input', ...p.field] })));
  const value = {
    requiredLevel: input.requiredLevel,
    importance: input.importance as (typeof importances)[number],
    futureLevel: future,
    futureBy: by,
    updatedAt: new Date(),
  };
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(roleRequirements)
      .values({ ...value, roleId, competenceId: input.competenceId, companyId: role.companyId })
      .onConflictDoUpdate({ target: [roleRequirements.roleId, roleRequirements.competenceId], set: value });
    await audit({ ...ctx, db: tx }, { action: 'roleRequirement.set', entityType: 'jobRole', entityId: roleId, companyId: role.companyId, details: { competenceId: input.competenceId } });
  });
  return role;
}

export async function removeRoleRequirement(ctx: ServiceContext, roleId: string, competenceId: string): Promise<JobRoleRow> {
  const role = await manageableRole(ctx, roleId, ['roleId']);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(roleRequirements).where(and(eq(roleRequirements.roleId, roleId), eq(roleRequirements.competenceId, competenceId)));
    await audit({ ...ctx, db: tx }, { action: 'roleRequirement.remove', entityType: 'jobRole', entityId: roleId, companyId: role.companyId, details: { competenceId } });
  });
  return role;
}

export async function setEmployeeRoles(ctx: ServiceContext, employeeId: string, roleIds: readonly string[]): Promise<EmployeeRow> {
  const employee = await getEmployee(ctx, employeeId);
  assertManages(ctx, employee.companyId);
  const unique = [...new Set(roleIds)];
  const roles = await rolesByIds(ctx, unique);
  const foreign = unique.filter((id) => roles.get(id)?.companyId !== employee.companyId);
  if (foreign.length) throw new InvalidInputError([{ field: ['roleIds'], code: 'INVALID', message: 'Roles must be roles of the person’s own firm' }]);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(employeeRoles).where(eq(employeeRoles.employeeId, employeeId));
    if (unique.length) await tx.insert(employeeRoles).values(unique.map((roleId) => ({ employeeId, roleId, companyId: employee.companyId })));
    await audit({ ...ctx, db: tx }, { action: 'employee.roles', entityType: 'employee', entityId: employeeId, companyId: employee.companyId, details: { roleIds: unique } });
  });
  return employee;
}

export interface CertificateInput {
  name: string;
  competenceId?: string | null;
  issuedOn?: string | null;
  expiresOn?: string | null;
}

export async function createCertificate(ctx: ServiceContext, employeeId: string, input: CertificateInput) {
  const employee = await getEmployee(ctx, employeeId);
  assertManages(ctx, employee.companyId);
  const problems: InputProblem[] = [];
  const name = requiredText(problems, 'name', input.name, 200);
  if (input.competenceId && !(await competencesByIds(ctx, [input.competenceId])).has(input.competenceId)) {
    problems.push({ field: ['competenceId'], code: 'INVALID', message: 'Not a competence' });
  }
  for (const field of ['issuedOn', 'expiresOn'] as const) {
    if (input[field] && !isIsoDate(input[field]!)) problems.push({ field: [field], code: 'INVALID', message: 'Not a date (YYYY-MM-DD)' });
  }
  if (input.issuedOn && input.expiresOn && input.expiresOn < input.issuedOn) {
    problems.push({ field: ['expiresOn'], code: 'OUT_OF_RANGE', message: 'Expires before it was issued' });
  }
  if (problems.length) throw new InvalidInputError(problems.map((p) => ({ ...p, field: ['input', ...p.field] })));
  return ctx.db.transaction(async (tx) => {
    const [certificate] = await tx
      .insert(certificates)
      .values({ companyId: employee.companyId, employeeId, name: name!, competenceId: input.competenceId ?? null, issuedOn: input.issuedOn ?? null, expiresOn: input.expiresOn ?? null })
      .returning();
    await audit({ ...ctx, db: tx }, { action: 'certificate.create', entityType: 'certificate', entityId: certificate!.id, companyId: employee.companyId });
    return certificate!;
  });
}

export async function deleteCertificate(ctx: ServiceContext, id: string) {
  const [certificate] = isUuid(id) ? await ctx.db.select().from(certificates).where(eq(certificates.id, id)) : [];
  if (!certificate) throw new NotFoundError('Certificate', ['id']);
  await getEmployee(ctx, certificate.employeeId); // invisible people's certificates do not exist for the viewer
  assertManages(ctx, certificate.companyId);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(certificates).where(eq(certificates.id, id));
    await audit({ ...ctx, db: tx }, { action: 'certificate.delete', entityType: 'certificate', entityId: id, companyId: certificate.companyId });
  });
  return certificate;
}
