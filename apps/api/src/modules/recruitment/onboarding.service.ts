import { schema } from '@smartkompetens/db';
import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, InvalidInputError } from '../../errors/index.ts';
import { createInvitation, findOrCreateUser, invitationPath } from '../auth/invitations.service.ts';
import { canManageEmployees } from '../organisations/organisations.access.ts';
import { getEmployee } from '../organisations/organisations.service.ts';

const { memberships, employees, jobRoles, employeeRoles, assessments } = schema;

export interface EmployeeInvitation {
  employeeId: string;
  /** The one-time link's path, shown once; null when the person already had an account (they sign in as usual). */
  invitationPath: string | null;
}

/**
 * A firm's admin gives an employee their own sign-in, so they can assess themselves: a user
 * (or the existing one with that email), an EMPLOYEE membership, and a one-time link.
 */
export async function inviteEmployee(ctx: ServiceContext, employeeId: string): Promise<EmployeeInvitation> {
  const employee = await getEmployee(ctx, employeeId);
  if (!canManageEmployees(ctx.viewer, employee.companyId)) throw new ForbiddenError("Only the company's admins invite its employees");
  if (!employee.email) throw new InvalidInputError([{ field: ['id'], code: 'REQUIRED', message: 'Add the person’s email address first' }]);
  if (employee.deactivatedAt) throw new InvalidInputError([{ field: ['id'], code: 'INVALID', message: 'The person has left the firm' }]);
  return ctx.db.transaction(async (tx) => {
    const user = await findOrCreateUser(tx, employee.email!, `${employee.firstName} ${employee.lastName}`);
    const [existing] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, user.id), eq(memberships.role, 'EMPLOYEE'), eq(memberships.employeeId, employee.id)));
    if (!existing) await tx.insert(memberships).values({ userId: user.id, role: 'EMPLOYEE', companyId: employee.companyId, employeeId: employee.id });
    const txCtx = { ...ctx, db: tx };
    // A link may only go to an account that exists because of an invitation and has never set a
    // password. An account someone already signs in to (any other role, a demo login) never gets
    // one: the link sets the password, so that would hand the account to the firm's admin.
    const [history] = (
      (await tx.execute(sql`select count(*)::int as issued, count(used_at)::int as used from invitations where user_id = ${user.id}`)) as unknown as {
        rows: { issued: number; used: number }[];
      }
    ).rows;
    const neverSignedIn = user.created || (history!.issued > 0 && history!.used === 0);
    const token = neverSignedIn ? await createInvitation(txCtx, user.id) : null;
    await audit(txCtx, { action: 'employee.invite', entityType: 'employee', entityId: employee.id, companyId: employee.companyId });
    return { employeeId: employee.id, invitationPath: token ? invitationPath(token) : null };
  });
}

export interface OnboardingProgress {
  companyId: string;
  roles: number;
  employees: number;
  employeesWithRole: number;
  invited: number;
  assessedEmployees: number;
}

/** How far a new firm has come in its guided start, counted in one statement. */
export async function onboardingProgress(ctx: ServiceContext, companyId: string): Promise<OnboardingProgress> {
  if (!canManageEmployees(ctx.viewer, companyId)) throw new ForbiddenError("The guided start is for the company's admins");
  const [row] = (
    (await ctx.db.execute(sql`
      select ${companyId}::uuid as "companyId",
        (select count(*)::int from ${jobRoles} where ${jobRoles.companyId} = ${companyId}) as roles,
        (select count(*)::int from ${employees} where ${employees.companyId} = ${companyId} and ${employees.deactivatedAt} is null) as employees,
        (select count(distinct ${employeeRoles.employeeId})::int from ${employeeRoles} where ${employeeRoles.companyId} = ${companyId}) as "employeesWithRole",
        (select count(*)::int from ${memberships} where ${memberships.companyId} = ${companyId} and ${memberships.role} = 'EMPLOYEE') as invited,
        (select count(distinct ${assessments.employeeId})::int from ${assessments} where ${assessments.companyId} = ${companyId}) as "assessedEmployees"`)) as unknown as {
      rows: OnboardingProgress[];
    }
  ).rows;
  return row!;
}
