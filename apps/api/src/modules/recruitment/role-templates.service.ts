import { schema } from '@smartkompetens/db';
import { employeeGroups, importances, isLevel, optionalText, requiredText, type InputProblem, type Importance } from '@smartkompetens/domain';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../errors/index.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { isUuid } from '../../lib/ids.ts';
import { canManageEmployees } from '../organisations/organisations.access.ts';
import { companiesByIds } from '../organisations/organisations.service.ts';
import { competencesByIds } from '../competence/framework.service.ts';
import type { JobRoleRow } from '../competence/roles.service.ts';
import { assertCanMaintainTemplates, assertCanReadTemplates } from './recruitment.access.ts';

const { roleTemplates, roleTemplateRequirements, jobRoles, roleRequirements } = schema;

export type RoleTemplateRow = typeof roleTemplates.$inferSelect;
export type RoleTemplateRequirementRow = typeof roleTemplateRequirements.$inferSelect & { importance: Importance };

/** Templates, all or those fitting an SNI code (a template for '24.5' fits '24.510'). */
export async function listRoleTemplates(ctx: ServiceContext, sniCode?: string | null): Promise<RoleTemplateRow[]> {
  assertCanReadTemplates(ctx.viewer);
  return ctx.db
    .select()
    .from(roleTemplates)
    .where(sniCode ? sql`${sniCode} like ${roleTemplates.sniPrefix} || '%'` : undefined)
    .orderBy(asc(roleTemplates.sniPrefix), sql`lower(${roleTemplates.nameSv}) collate "C"`, asc(roleTemplates.id));
}

export async function roleTemplatesByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, RoleTemplateRow>> {
  assertCanReadTemplates(ctx.viewer);
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return new Map();
  const found = await ctx.db.select().from(roleTemplates).where(inArray(roleTemplates.id, valid));
  return new Map(found.map((t) => [t.id, t]));
}

export async function requirementsByTemplates(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, RoleTemplateRequirementRow[]>> {
  assertCanReadTemplates(ctx.viewer);
  const result = new Map<string, RoleTemplateRequirementRow[]>(ids.map((id) => [id, []]));
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return result;
  const found = await ctx.db
    .select()
    .from(roleTemplateRequirements)
    .where(inArray(roleTemplateRequirements.templateId, valid))
    .orderBy(sql`${roleTemplateRequirements.requiredLevel} desc`, asc(roleTemplateRequirements.competenceId));
  for (const row of found) result.get(row.templateId)?.push(row as RoleTemplateRequirementRow);
  return result;
}

export interface RoleTemplateInput {
  sniPrefix: string;
  nameSv: string;
  nameEn?: string | null;
  group?: string | null;
  descriptionSv?: string | null;
  requirements: { competenceId: string; requiredLevel: number; importance: string }[];
}

async function validated(ctx: ServiceContext, input: RoleTemplateInput) {
  const problems: InputProblem[] = [];
  if (!/^\d{2}(\.\d{0,3})?$/.test(input.sniPrefix ?? '')) problems.push({ field: ['sniPrefix'], code: 'INVALID', message: 'An SNI 2007 code or its start, e.g. 24.5' });
  const nameSv = requiredText(problems, 'nameSv', input.nameSv, 120);
  const nameEn = optionalText(problems, 'nameEn', input.nameEn, 120);
  const descriptionSv = optionalText(problems, 'descriptionSv', input.descriptionSv, 2000);
  const group = input.group ?? 'STAFF';
  if (!(employeeGroups as readonly string[]).includes(group)) problems.push({ field: ['group'], code: 'INVALID', message: 'STAFF or MANAGEMENT' });
  const requirements = input.requirements ?? [];
  if (!requirements.length || requirements.length > 40) problems.push({ field: ['requirements'], code: 'OUT_OF_RANGE', message: 'From 1 to 40 requirements' });
  const known = await competencesByIds(ctx, requirements.map((r) => r.competenceId).filter(isUuid));
  const seen = new Set<string>();
  requirements.forEach((r, i) => {
    const competence = known.get(r.competenceId);
    // Templates are shared by every firm: only the programme's framework, never a firm's local competence.
    if (!competence || competence.companyId !== null || competence.retiredAt) problems.push({ field: ['requirements', String(i), 'competenceId'], code: 'INVALID', message: 'A competence of the programme’s framework' });
    if (seen.has(r.competenceId)) problems.push({ field: ['requirements', String(i), 'competenceId'], code: 'INVALID', message: 'Listed twice' });
    seen.add(r.competenceId);
    if (!isLevel(r.requiredLevel)) problems.push({ field: ['requirements', String(i), 'requiredLevel'], code: 'OUT_OF_RANGE', message: 'A level from 1 to 5' });
    if (!(importances as readonly string[]).includes(r.importance)) problems.push({ field: ['requirements', String(i), 'importance'], code: 'INVALID', message: importances.join(', ') });
  });
  if (problems.length) throw new InvalidInputError(problems.map((p) => ({ ...p, field: ['input', ...p.field] })));
  return {
    template: { sniPrefix: input.sniPrefix, nameSv: nameSv!, nameEn, descriptionSv, group: group as RoleTemplateRow['group'] },
    requirements: requirements.map((r) => ({ competenceId: r.competenceId, requiredLevel: r.requiredLevel, importance: r.importance as Importance })),
  };
}

const DUPLICATE = { field: ['input', 'nameSv'], code: 'DUPLICATE' as const, message: 'The industry already has a template with this name' };

export async function saveRoleTemplate(ctx: ServiceContext, id: string | null, input: RoleTemplateInput): Promise<RoleTemplateRow> {
  assertCanMaintainTemplates(ctx.viewer);
  if (id && !(await roleTemplatesByIds(ctx, [id])).has(id)) throw new NotFoundError('Role template', ['id']);
  const { template, requirements } = await validated(ctx, input);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [saved] = id
        ? await tx.update(roleTemplates).set({ ...template, updatedAt: new Date() }).where(eq(roleTemplates.id, id)).returning()
        : await tx.insert(roleTemplates).values(template).returning();
      await tx.delete(roleTemplateRequirements).where(eq(roleTemplateRequirements.templateId, saved!.id));
      await tx.insert(roleTemplateRequirements).values(requirements.map((r) => ({ ...r, templateId: saved!.id })));
      await audit({ ...ctx, db: tx }, { action: id ? 'roleTemplate.update' : 'roleTemplate.create', entityType: 'roleTemplate', entityId: saved!.id });
      return saved!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'role_templates_industry_name_key')) throw new InvalidInputError([DUPLICATE]);
    throw error;
  }
}

/**
 * A firm's admin copies a template into the firm's roles: a job role with the same name and
 * requirements, linked to the template (so its recruitment needs can be published per template
 * role). The copy is the firm's own from then on.
 */
export async function copyRoleTemplate(ctx: ServiceContext, companyId: string, templateId: string, nameSv?: string | null): Promise<JobRoleRow> {
  if (!(await companiesByIds(ctx, [companyId])).has(companyId)) throw new NotFoundError('Company', ['companyId']);
  if (!canManageEmployees(ctx.viewer, companyId)) throw new ForbiddenError("Only the company's admins change its roles");
  const template = (await roleTemplatesByIds(ctx, [templateId])).get(templateId);
  if (!template) throw new NotFoundError('Role template', ['templateId']);
  const requirements = (await requirementsByTemplates(ctx, [templateId])).get(templateId) ?? [];
  const problems: InputProblem[] = [];
  const name = nameSv == null ? template.nameSv : requiredText(problems, 'nameSv', nameSv, 120);
  if (problems.length) throw new InvalidInputError(problems);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [role] = await tx.insert(jobRoles).values({ companyId, nameSv: name!, nameEn: template.nameEn, group: template.group, templateId }).returning();
      if (requirements.length) {
        await tx.insert(roleRequirements).values(requirements.map((r) => ({ roleId: role!.id, companyId, competenceId: r.competenceId, requiredLevel: r.requiredLevel, importance: r.importance })));
      }
      await audit({ ...ctx, db: tx }, { action: 'jobRole.createFromTemplate', entityType: 'jobRole', entityId: role!.id, companyId, details: { templateId } });
      return role!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'job_roles_company_name_key')) throw new InvalidInputError([{ field: ['nameSv'], code: 'DUPLICATE', message: 'The company already has a role with this name' }]);
    throw error;
  }
}

export interface TemplateUsage {
  templateId: string;
  firms: number;
  /** Per competence the firms' copies require: how many firms and their median level; only with ≥ 3 firms. */
  competences: { competenceId: string; firms: number; medianLevel: number }[];
}

/**
 * How firms have adapted their copies of each template — for programme admins improving the
 * templates from firms' own profiles. Figures over fewer than 3 firms are left out.
 */
export async function templateUsage(ctx: ServiceContext, templateIds: readonly string[]): Promise<Map<string, TemplateUsage>> {
  assertCanMaintainTemplates(ctx.viewer);
  const valid = [...new Set(templateIds)].filter(isUuid);
  const result = new Map<string, TemplateUsage>(valid.map((id) => [id, { templateId: id, firms: 0, competences: [] }]));
  if (!valid.length) return result;
  const found = await ctx.db.execute(sql`
    with copies as (select jr.id, jr.company_id, jr.template_id from job_roles jr where ${inArray(sql`jr.template_id`, valid)})
    select c.template_id as "templateId", count(distinct c.company_id)::int as firms,
           coalesce((select json_agg(json_build_object('competenceId', x.competence_id, 'firms', x.firms, 'medianLevel', x.median) order by x.firms desc, x.competence_id)
             from (select rr.competence_id, count(distinct rr.company_id)::int as firms,
                          percentile_disc(0.5) within group (order by rr.required_level) as median
                   from copies c2 join role_requirements rr on rr.role_id = c2.id
                   where c2.template_id = c.template_id group by rr.competence_id having count(distinct rr.company_id) >= 3) x), '[]') as competences
    from copies c group by c.template_id`);
  for (const row of (found as unknown as { rows: TemplateUsage[] }).rows) result.set(row.templateId, row);
  return result;
}
