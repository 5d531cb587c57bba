import { schema } from '@smartkompetens/db';
import { isIsoDate, isLevel, optionalText, supplyDecisions, supplyStatuses, type InputProblem } from '@smartkompetens/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, InvalidInputError, NotFoundError, StaleError } from '../../errors/index.ts';
import { isUuid } from '../../lib/ids.ts';
import { rows } from '../../lib/sql.ts';
import { within } from '../organisations/organisations.access.ts';
import { companiesByIds, employeesByIds } from '../organisations/organisations.service.ts';
import { canManageSupplyPlan, companyInternals, supplyPlanVisibility } from './competence.access.ts';
import { competencesByIds } from './framework.service.ts';
import { rolesByIds } from './roles.service.ts';

const { supplyPlanItems, companies } = schema;

export type SupplyPlanItemRow = typeof supplyPlanItems.$inferSelect;

export async function supplyPlansByCompanies(ctx: ServiceContext, companyIds: readonly string[]): Promise<Map<string, SupplyPlanItemRow[]>> {
  const ids = [...new Set(companyIds)].filter(isUuid);
  const result = new Map<string, SupplyPlanItemRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const found = await ctx.db
    .select()
    .from(supplyPlanItems)
    .where(and(...within(supplyPlanVisibility(ctx.viewer), inArray(supplyPlanItems.companyId, ids))))
    .orderBy(sql`${supplyPlanItems.dueDate} nulls last`, asc(supplyPlanItems.createdAt));
  for (const item of found) result.get(item.companyId)!.push(item);
  return result;
}

export interface SupplyPlanSummary {
  companyId: string;
  planned: number;
  inProgress: number;
  done: number;
  overdue: number;
}

/**
 * Plan progress per firm, for region owners following their county: counted in SQL. Every
 * firm the viewer follows is listed, so a firm without any plan shows as zeros.
 */
export async function supplyPlanSummaries(ctx: ServiceContext, regionCode?: string | null): Promise<SupplyPlanSummary[]> {
  const followed = and(...within(companyInternals(ctx.viewer, companies.id, { employees: false }), regionCode ? eq(companies.regionCode, regionCode) : undefined)) ?? sql`true`;
  return rows<SupplyPlanSummary>(
    ctx.db,
    sql`select ${companies.id} as "companyId",
               (count(${supplyPlanItems.id}) filter (where ${supplyPlanItems.status} = 'PLANNED'))::int as planned,
               (count(${supplyPlanItems.id}) filter (where ${supplyPlanItems.status} = 'IN_PROGRESS'))::int as "inProgress",
               (count(${supplyPlanItems.id}) filter (where ${supplyPlanItems.status} = 'DONE'))::int as done,
               (count(${supplyPlanItems.id}) filter (where ${supplyPlanItems.status} <> 'DONE' and ${supplyPlanItems.dueDate} < current_date))::int as overdue
        from ${companies}
        left join ${supplyPlanItems} on ${supplyPlanItems.companyId} = ${companies.id}
        where ${followed}
        group by ${companies.id}, ${companies.name}
        order by ${companies.name}`,
  );
}

export interface SupplyPlanItemInput {
  competenceId: string;
  roleId?: string | null;
  decision: string;
  status?: string | null;
  targetLevel?: number | null;
  peopleCount?: number | null;
  ownerEmployeeId?: string | null;
  dueDate?: string | null;
  note?: string | null;
}

async function validated(ctx: ServiceContext, companyId: string, input: SupplyPlanItemInput) {
  const problems: InputProblem[] = [];
  const [competence] = (await competencesByIds(ctx, [input.competenceId])).values();
  if (!competence || (competence.companyId && competence.companyId !== companyId)) {
    problems.push({ field: ['competenceId'], code: 'REQUIRED', message: 'Choose a competence' });
  }
  if (input.roleId) {
    const role = (await rolesByIds(ctx, [input.roleId])).get(input.roleId);
    if (!role || role.companyId !== companyId) problems.push({ field: ['roleId'], code: 'INVALID', message: 'Not a role of this firm' });
  }
  if (input.ownerEmployeeId) {
    const owner = (await employeesByIds(ctx, [input.ownerEmployeeId])).get(input.ownerEmployeeId);
    if (!owner || owner.companyId !== companyId) problems.push({ field: ['ownerEmployeeId'], code: 'INVALID', message: 'Not a person of this firm' });
  }
  if (!(supplyDecisions as readonly string[]).includes(input.decision)) {
    problems.push({ field: ['decision'], code: 'INVALID', message: `One of ${supplyDecisions.join(', ')}` });
  }
  const status = input.status ?? 'PLANNED';
  if (!(supplyStatuses as readonly string[]).includes(status)) {
    problems.push({ field: ['status'], code: 'INVALID', message: `One of ${supplyStatuses.join(', ')}` });
  }
  if (input.targetLevel != null && !isLevel(input.targetLevel)) {
    problems.push({ field: ['targetLevel'], code: 'OUT_OF_RANGE', message: 'A level from 1 to 5' });
  }
  const peopleCount = input.peopleCount ?? 1;
  if (!Number.isInteger(peopleCount) || peopleCount < 1 || peopleCount > 1000) {
    problems.push({ field: ['peopleCount'], code: 'OUT_OF_RANGE', message: 'From 1 to 1000' });
  }
  if (input.dueDate && !isIsoDate(input.dueDate)) problems.push({ field: ['dueDate'], code: 'INVALID', message: 'Not a date (YYYY-MM-DD)' });
  const note = optionalText(problems, 'note', input.note, 2000);
  if (problems.length) throw new InvalidInputError(problems.map((p) => ({ ...p, field: ['input', ...p.field] })));
  return {
    competenceId: input.competenceId,
    roleId: input.roleId ?? null,
    decision: input.decision as SupplyPlanItemRow['decision'],
    status: status as SupplyPlanItemRow['status'],
    targetLevel: input.targetLevel ?? null,
    peopleCount,
    ownerEmployeeId: input.ownerEmployeeId ?? null,
    dueDate: input.dueDate ?? null,
    note,
  };
}

async function managedCompany(ctx: ServiceContext, companyId: string, field: string[]): Promise<void> {
  if (!(await companiesByIds(ctx, [companyId])).has(companyId)) throw new NotFoundError('Company', field);
  if (!canManageSupplyPlan(ctx.viewer, companyId)) throw new ForbiddenError("Only the firm's admins keep its supply plan");
}

async function getItem(ctx: ServiceContext, id: string): Promise<SupplyPlanItemRow> {
  const [item] = isUuid(id)
    ? await ctx.db.select().from(supplyPlanItems).where(and(...within(supplyPlanVisibility(ctx.viewer), eq(supplyPlanItems.id, id))))
    : [];
  if (!item) throw new NotFoundError('Supply plan item', ['id']);
  return item;
}

export async function createSupplyPlanItem(ctx: ServiceContext, companyId: string, input: SupplyPlanItemInput): Promise<SupplyPlanItemRow> {
  await managedCompany(ctx, companyId, ['companyId']);
  const value = await validated(ctx, companyId, input);
  return ctx.db.transaction(async (tx) => {
    const [item] = await tx.insert(supplyPlanItems).values({ ...value, companyId }).returning();
    await audit({ ...ctx, db: tx }, { action: 'supplyPlanItem.create', entityType: 'supplyPlanItem', entityId: item!.id, companyId });
    return item!;
  });
}

export async function updateSupplyPlanItem(
  ctx: ServiceContext,
  id: string,
  input: SupplyPlanItemInput,
  expectedVersion?: number | null,
): Promise<SupplyPlanItemRow> {
  const current = await getItem(ctx, id);
  await managedCompany(ctx, current.companyId, ['id']);
  const value = await validated(ctx, current.companyId, input);
  return ctx.db.transaction(async (tx) => {
    const [item] = await tx
      .update(supplyPlanItems)
      .set({ ...value, version: sql`${supplyPlanItems.version} + 1`, updatedAt: new Date() })
      .where(and(eq(supplyPlanItems.id, id), expectedVersion == null ? undefined : eq(supplyPlanItems.version, expectedVersion)))
      .returning();
    if (!item) throw new StaleError('Supply plan item');
    await audit({ ...ctx, db: tx }, { action: 'supplyPlanItem.update', entityType: 'supplyPlanItem', entityId: id, companyId: current.companyId });
    return item;
  });
}

export async function deleteSupplyPlanItem(ctx: ServiceContext, id: string): Promise<SupplyPlanItemRow> {
  const current = await getItem(ctx, id);
  await managedCompany(ctx, current.companyId, ['id']);
  return ctx.db.transaction(async (tx) => {
    await tx.delete(supplyPlanItems).where(eq(supplyPlanItems.id, id));
    await audit({ ...ctx, db: tx }, { action: 'supplyPlanItem.delete', entityType: 'supplyPlanItem', entityId: id, companyId: current.companyId });
    return current;
  });
}
