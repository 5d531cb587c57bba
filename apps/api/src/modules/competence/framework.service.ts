import { schema } from '@smartkompetens/db';
import { requiredText, optionalText, type InputProblem } from '@smartkompetens/domain';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../errors/index.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { isUuid } from '../../lib/ids.ts';
import { within } from '../organisations/organisations.access.ts';
import { companiesByIds } from '../organisations/organisations.service.ts';
import { assertCanReadFramework, canMaintainCompetences, competenceVisibility } from './competence.access.ts';

const { competenceAreas, competences, levelDescriptors } = schema;

export type CompetenceAreaRow = typeof competenceAreas.$inferSelect;
export type CompetenceRow = typeof competences.$inferSelect;
export type LevelDescriptorRow = typeof levelDescriptors.$inferSelect;

export async function levelScale(ctx: ServiceContext): Promise<LevelDescriptorRow[]> {
  assertCanReadFramework(ctx.viewer);
  return ctx.db.select().from(levelDescriptors).orderBy(asc(levelDescriptors.level));
}

export async function listAreas(ctx: ServiceContext): Promise<CompetenceAreaRow[]> {
  assertCanReadFramework(ctx.viewer);
  return ctx.db.select().from(competenceAreas).orderBy(asc(competenceAreas.sortOrder), asc(competenceAreas.nameSv));
}

export async function areasByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, CompetenceAreaRow>> {
  assertCanReadFramework(ctx.viewer);
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return new Map();
  const rows = await ctx.db.select().from(competenceAreas).where(inArray(competenceAreas.id, valid));
  return new Map(rows.map((a) => [a.id, a]));
}

/** Visible competences of several areas in one statement, by Swedish name. */
export async function competencesByAreas(
  ctx: ServiceContext,
  areaIds: readonly string[],
  includeRetired: boolean,
): Promise<Map<string, CompetenceRow[]>> {
  const conditions = within(competenceVisibility(ctx.viewer), inArray(competences.areaId, [...new Set(areaIds)]));
  if (!includeRetired) conditions.push(isNull(competences.retiredAt));
  const rows = await ctx.db.select().from(competences).where(and(...conditions)).orderBy(asc(competences.nameSv));
  const byArea = new Map<string, CompetenceRow[]>(areaIds.map((id) => [id, []]));
  for (const row of rows) byArea.get(row.areaId)?.push(row);
  return byArea;
}

/** All visible competences (retired ones too, for history), for REST and exports. */
export async function listCompetences(ctx: ServiceContext, options: { includeRetired?: boolean } = {}): Promise<CompetenceRow[]> {
  const conditions = within(competenceVisibility(ctx.viewer));
  if (!options.includeRetired) conditions.push(isNull(competences.retiredAt));
  return ctx.db.select().from(competences).where(and(...conditions)).orderBy(asc(competences.nameSv));
}

export async function competencesByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, CompetenceRow>> {
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return new Map();
  const rows = await ctx.db
    .select()
    .from(competences)
    .where(and(...within(competenceVisibility(ctx.viewer), inArray(competences.id, valid))));
  return new Map(rows.map((c) => [c.id, c]));
}

export interface CompetenceInput {
  areaId: string;
  code: string;
  nameSv: string;
  nameEn?: string | null;
  descriptionSv: string;
  descriptionEn?: string | null;
  jobtechConceptId?: string | null;
  escoUri?: string | null;
}

function validatedCompetence(input: CompetenceInput) {
  const problems: InputProblem[] = [];
  const code = requiredText(problems, 'code', input.code, 60);
  if (code && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code)) {
    problems.push({ field: ['code'], code: 'INVALID', message: 'Lower-case letters, digits and hyphens, e.g. cnc-programming' });
  }
  const value = {
    code: code ?? '',
    nameSv: requiredText(problems, 'nameSv', input.nameSv, 120) ?? '',
    nameEn: optionalText(problems, 'nameEn', input.nameEn, 120),
    descriptionSv: optionalText(problems, 'descriptionSv', input.descriptionSv, 2000) ?? '',
    descriptionEn: optionalText(problems, 'descriptionEn', input.descriptionEn, 2000),
    jobtechConceptId: optionalText(problems, 'jobtechConceptId', input.jobtechConceptId, 100),
    escoUri: optionalText(problems, 'escoUri', input.escoUri, 300),
  };
  if (value.escoUri && !/^https?:\/\/data\.europa\.eu\/esco\/skill\/[\w-]+$/.test(value.escoUri)) {
    problems.push({ field: ['escoUri'], code: 'INVALID', message: 'An ESCO skill URI, http://data.europa.eu/esco/skill/…' });
  }
  if (problems.length) throw new InvalidInputError(problems.map((p) => ({ ...p, field: ['input', ...p.field] })));
  return value;
}

async function assertArea(ctx: ServiceContext, areaId: string): Promise<void> {
  if (!(await areasByIds(ctx, [areaId])).has(areaId)) throw new NotFoundError('Competence area', ['input', 'areaId']);
}

const DUPLICATE_CODE = { field: ['input', 'code'], code: 'DUPLICATE' as const, message: 'Another competence already has this code' };

export async function createCompetence(ctx: ServiceContext, companyId: string | null, input: CompetenceInput): Promise<CompetenceRow> {
  assertCanReadFramework(ctx.viewer);
  if (companyId !== null && !(await companiesByIds(ctx, [companyId])).has(companyId)) throw new NotFoundError('Company', ['companyId']);
  if (!canMaintainCompetences(ctx.viewer, companyId)) {
    throw new ForbiddenError(companyId ? "Only the firm's admins add its local competences" : 'Only programme admins maintain the framework');
  }
  const value = validatedCompetence(input);
  await assertArea(ctx, input.areaId);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx.insert(competences).values({ ...value, areaId: input.areaId, companyId }).returning();
      await audit({ ...ctx, db: tx }, { action: 'competence.create', entityType: 'competence', entityId: row!.id, companyId });
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'competences_code_key')) throw new InvalidInputError([DUPLICATE_CODE]);
    throw error;
  }
}

async function maintainable(ctx: ServiceContext, id: string): Promise<CompetenceRow> {
  const competence = (await competencesByIds(ctx, [id])).get(id);
  if (!competence) throw new NotFoundError('Competence', ['id']);
  if (!canMaintainCompetences(ctx.viewer, competence.companyId)) throw new ForbiddenError('You may not change this competence');
  return competence;
}

export async function updateCompetence(ctx: ServiceContext, id: string, input: CompetenceInput): Promise<CompetenceRow> {
  const current = await maintainable(ctx, id);
  const value = validatedCompetence(input);
  await assertArea(ctx, input.areaId);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .update(competences)
        .set({ ...value, areaId: input.areaId, updatedAt: new Date() })
        .where(eq(competences.id, id))
        .returning();
      await audit({ ...ctx, db: tx }, { action: 'competence.update', entityType: 'competence', entityId: id, companyId: current.companyId });
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'competences_code_key')) throw new InvalidInputError([DUPLICATE_CODE]);
    throw error;
  }
}

/** Retiring keeps every assessment and requirement as history; it only stops new ones. */
export async function retireCompetence(ctx: ServiceContext, id: string): Promise<CompetenceRow> {
  const current = await maintainable(ctx, id);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(competences)
      .set({ retiredAt: current.retiredAt ?? new Date(), updatedAt: new Date() })
      .where(eq(competences.id, id))
      .returning();
    await audit({ ...ctx, db: tx }, { action: 'competence.retire', entityType: 'competence', entityId: id, companyId: current.companyId });
    return row!;
  });
}
