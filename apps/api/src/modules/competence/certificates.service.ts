import { schema } from '@smartkompetens/db';
import { and, asc, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../auth/context.ts';
import { InvalidInputError } from '../../errors/index.ts';
import { isUuid } from '../../lib/ids.ts';
import { employeeVisibility, within } from '../organisations/organisations.access.ts';

const { certificates, employees } = schema;

export type CertificateRow = typeof certificates.$inferSelect;

/** Certificates are personal data: they follow the employee visibility. */
function visible(ctx: ServiceContext) {
  return within(employeeVisibility(ctx.viewer));
}

export async function certificatesByEmployees(ctx: ServiceContext, employeeIds: readonly string[]): Promise<Map<string, CertificateRow[]>> {
  const ids = [...new Set(employeeIds)].filter(isUuid);
  const result = new Map<string, CertificateRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const found = await ctx.db
    .select({ certificate: certificates })
    .from(certificates)
    .innerJoin(employees, sql`${employees.id} = ${certificates.employeeId}`)
    .where(and(...visible(ctx), inArray(certificates.employeeId, ids)))
    .orderBy(sql`${certificates.expiresOn} nulls last`);
  for (const { certificate } of found) result.get(certificate.employeeId)!.push(certificate);
  return result;
}

/** Certificates that expire within the window (or already have), of active people, soonest first. */
export async function expiringCertificatesByCompanies(
  ctx: ServiceContext,
  companyIds: readonly string[],
  withinDays: number,
): Promise<Map<string, CertificateRow[]>> {
  if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3650) {
    throw new InvalidInputError([{ field: ['withinDays'], code: 'OUT_OF_RANGE', message: 'From 0 to 3650 days' }]);
  }
  const ids = [...new Set(companyIds)].filter(isUuid);
  const result = new Map<string, CertificateRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const found = await ctx.db
    .select({ certificate: certificates })
    .from(certificates)
    .innerJoin(employees, sql`${employees.id} = ${certificates.employeeId} and ${employees.deactivatedAt} is null`)
    .where(
      and(
        ...visible(ctx),
        inArray(certificates.companyId, ids),
        isNotNull(certificates.expiresOn),
        lte(certificates.expiresOn, sql`current_date + ${withinDays}::int`),
      ),
    )
    .orderBy(asc(certificates.expiresOn));
  for (const { certificate } of found) result.get(certificate.companyId)!.push(certificate);
  return result;
}
