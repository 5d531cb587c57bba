import { schema } from '@smartkompetens/db';
import { companySizeFor, isEmail, isRegionCode, isSniCode, optionalText, parseOrgNumber, requiredText, type InputProblem, type JoinApplicationStatus } from '@smartkompetens/domain';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../errors/index.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { isUuid } from '../../lib/ids.ts';
import { createInvitation, findOrCreateUser, invitationPath } from '../auth/invitations.service.ts';
import { applicationCounties } from './recruitment.access.ts';

const { joinApplications, companies, memberships } = schema;

export type JoinApplicationRow = typeof joinApplications.$inferSelect;

export interface JoinApplicationInput {
  companyName: string;
  orgNumber: string;
  sniCode: string;
  industry: string;
  regionCode: string;
  municipality: string;
  employeeCount: number;
  contactName: string;
  contactEmail: string;
  contactPhone?: string | null;
  motivation?: string | null;
}

const orgNumberMessages = {
  FORMAT: 'Ten digits, written NNNNNN-NNNN',
  CHECK_DIGIT: 'The last digit does not match: check the number',
  NOT_LEGAL_ENTITY: 'Not an organisation number of a legal entity (the third digit is at least 2)',
} as const;

function validated(input: JoinApplicationInput) {
  const problems: InputProblem[] = [];
  const companyName = requiredText(problems, 'companyName', input.companyName, 160);
  const parsed = parseOrgNumber(String(input.orgNumber ?? ''));
  if (!parsed.ok) problems.push({ field: ['orgNumber'], code: 'INVALID', message: orgNumberMessages[parsed.problem] });
  const sniCode = requiredText(problems, 'sniCode', input.sniCode, 6);
  if (sniCode && !isSniCode(sniCode)) problems.push({ field: ['sniCode'], code: 'INVALID', message: 'An SNI 2007 code such as 24.510' });
  const industry = requiredText(problems, 'industry', input.industry, 160);
  if (!isRegionCode(String(input.regionCode ?? ''))) problems.push({ field: ['regionCode'], code: 'INVALID', message: 'One of the programme’s counties' });
  const municipality = requiredText(problems, 'municipality', input.municipality, 80);
  if (!Number.isInteger(input.employeeCount) || input.employeeCount < 1 || input.employeeCount > 100_000) {
    problems.push({ field: ['employeeCount'], code: 'OUT_OF_RANGE', message: 'A number of employees from 1' });
  }
  const contactName = requiredText(problems, 'contactName', input.contactName, 160);
  const contactEmail = requiredText(problems, 'contactEmail', input.contactEmail, 254);
  if (contactEmail && !isEmail(contactEmail)) problems.push({ field: ['contactEmail'], code: 'INVALID', message: 'Not an email address' });
  const contactPhone = optionalText(problems, 'contactPhone', input.contactPhone, 40);
  const motivation = optionalText(problems, 'motivation', input.motivation, 4000);
  if (problems.length) throw new InvalidInputError(problems.map((p) => ({ ...p, field: ['input', ...p.field] })));
  return {
    companyName: companyName!,
    orgNumber: (parsed as { value: string }).value,
    sniCode: sniCode!,
    industry: industry!,
    regionCode: input.regionCode,
    municipality: municipality!,
    size: companySizeFor(input.employeeCount),
    employeeCount: input.employeeCount,
    contactName: contactName!,
    contactEmail: contactEmail!,
    contactPhone,
    motivation,
  };
}

const ALREADY_IN = { field: ['input', 'orgNumber'], code: 'DUPLICATE' as const, message: 'A firm with this organisation number already takes part' };
const ALREADY_PENDING = { field: ['input', 'orgNumber'], code: 'DUPLICATE' as const, message: 'An application for this organisation number is already waiting for a decision' };

/**
 * A firm outside the programme applies: open to anyone, signed in or not. Nothing is created
 * but the application; the county's region admin decides it.
 */
export async function submitJoinApplication(ctx: ServiceContext, input: JoinApplicationInput): Promise<JoinApplicationRow> {
  const value = validated(input);
  const [existing] = await ctx.db.select({ id: companies.id }).from(companies).where(eq(companies.orgNumber, value.orgNumber));
  if (existing) throw new InvalidInputError([ALREADY_IN]);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [application] = await tx.insert(joinApplications).values(value).returning();
      // The audit entry names the application and county only: the contact person stays out of the log.
      await audit({ ...ctx, db: tx }, { action: 'joinApplication.submit', entityType: 'joinApplication', entityId: application!.id, details: { regionCode: value.regionCode } });
      return application!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'join_applications_pending_org_key')) throw new InvalidInputError([ALREADY_PENDING]);
    throw error;
  }
}

export async function listJoinApplications(ctx: ServiceContext, status?: JoinApplicationStatus | null): Promise<JoinApplicationRow[]> {
  const counties = applicationCounties(ctx.viewer);
  return ctx.db
    .select()
    .from(joinApplications)
    .where(and(counties ? inArray(joinApplications.regionCode, counties) : undefined, status ? eq(joinApplications.status, status) : undefined))
    .orderBy(sql`${joinApplications.status} = 'PENDING' desc`, desc(joinApplications.createdAt), joinApplications.id)
    .limit(200);
}

export async function joinApplicationsByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, JoinApplicationRow>> {
  const counties = applicationCounties(ctx.viewer);
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return new Map();
  const found = await ctx.db
    .select()
    .from(joinApplications)
    .where(and(inArray(joinApplications.id, valid), counties ? inArray(joinApplications.regionCode, counties) : undefined));
  return new Map(found.map((a) => [a.id, a]));
}

export interface ApprovalResult {
  application: JoinApplicationRow;
  companyId: string;
  /** The path with the one-time token for the new admin to set a password; null when they already had an account. Shown once. */
  invitationPath: string | null;
}

async function pendingForDecision(ctx: ServiceContext, id: string) {
  const application = (await joinApplicationsByIds(ctx, [id])).get(id);
  if (!application) throw new NotFoundError('Join application', ['id']);
  return application;
}

const DECIDED = { field: ['id'], code: 'INVALID' as const, message: 'This application has already been decided' };

/**
 * Approving creates, in one transaction under the application's row lock: the company, the
 * contact person's user (or reuses an existing account with that email), their company-admin
 * membership, and a one-time invitation to set a password. Two approvals cannot both succeed.
 */
export async function approveJoinApplication(ctx: ServiceContext, id: string, note?: string | null): Promise<ApprovalResult> {
  await pendingForDecision(ctx, id);
  if (ctx.viewer.kind !== 'user') throw new ForbiddenError('Region and programme admins decide applications');
  const decidedBy = ctx.viewer.userId;
  const problems: InputProblem[] = [];
  const decisionNote = optionalText(problems, 'note', note, 2000);
  if (problems.length) throw new InvalidInputError(problems);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [application] = await tx.select().from(joinApplications).where(eq(joinApplications.id, id)).for('update');
      if (application!.status !== 'PENDING') throw new InvalidInputError([DECIDED]);
      const [company] = await tx
        .insert(companies)
        .values({
          name: application!.companyName,
          orgNumber: application!.orgNumber,
          sniCode: application!.sniCode,
          industry: application!.industry,
          regionCode: application!.regionCode,
          municipality: application!.municipality,
          size: application!.size,
          employeeCount: application!.employeeCount,
        })
        .returning();
      const user = await findOrCreateUser(tx, application!.contactEmail, application!.contactName);
      await tx.insert(memberships).values({ userId: user.id, role: 'COMPANY_ADMIN', companyId: company!.id });
      const txCtx = { ...ctx, db: tx };
      const token = user.created ? await createInvitation(txCtx, user.id) : null;
      const [updated] = await tx
        .update(joinApplications)
        .set({ status: 'APPROVED', decidedByUserId: decidedBy, decidedAt: new Date(), decisionNote, companyId: company!.id, updatedAt: new Date() })
        .where(eq(joinApplications.id, id))
        .returning();
      await audit(txCtx, { action: 'joinApplication.approve', entityType: 'joinApplication', entityId: id, companyId: company!.id });
      return { application: updated!, companyId: company!.id, invitationPath: token ? invitationPath(token) : null };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'companies_org_number_key')) throw new InvalidInputError([{ ...ALREADY_IN, field: ['id'] }]);
    throw error;
  }
}

export async function rejectJoinApplication(ctx: ServiceContext, id: string, note?: string | null): Promise<JoinApplicationRow> {
  await pendingForDecision(ctx, id);
  const decidedBy = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
  const problems: InputProblem[] = [];
  const decisionNote = optionalText(problems, 'note', note, 2000);
  if (problems.length) throw new InvalidInputError(problems);
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(joinApplications)
      .set({ status: 'REJECTED', decidedByUserId: decidedBy, decidedAt: new Date(), decisionNote, updatedAt: new Date() })
      .where(and(eq(joinApplications.id, id), eq(joinApplications.status, 'PENDING')))
      .returning();
    if (!updated) throw new InvalidInputError([DECIDED]);
    await audit({ ...ctx, db: tx }, { action: 'joinApplication.reject', entityType: 'joinApplication', entityId: id });
    return updated;
  });
}
