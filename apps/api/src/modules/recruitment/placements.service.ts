import { schema } from '@smartkompetens/db';
import { isEmail, isIsoDate, optionalText, placementKinds, requiredText, type InputProblem, type PlacementKind } from '@smartkompetens/domain';
import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, InvalidInputError, NotFoundError, StaleError } from '../../errors/index.ts';
import { isUuid } from '../../lib/ids.ts';
import { within } from '../organisations/organisations.access.ts';
import { companiesByIds } from '../organisations/organisations.service.ts';
import { competencesByIds } from '../competence/framework.service.ts';
import { canFillPlacements, canManagePlacements, placementVisibility } from './recruitment.access.ts';

const { placements, placementCompetences, companies } = schema;

export type PlacementRow = typeof placements.$inferSelect;

export interface PlacementFilter {
  companyId?: string | null;
  companyIds?: readonly string[] | null;
  regionCode?: string | null;
  kind?: PlacementKind | null;
  /** Only places not yet over (ends today or later). Default true. */
  current?: boolean | null;
  /** Only placements with places left. */
  open?: boolean | null;
}

export async function listPlacements(ctx: ServiceContext, filter: PlacementFilter = {}): Promise<PlacementRow[]> {
  const visibility = await placementVisibility(ctx);
  if (filter.companyId && !isUuid(filter.companyId)) return [];
  return ctx.db
    .select()
    .from(placements)
    .where(
      and(
        ...within(
          visibility,
          filter.companyId ? eq(placements.companyId, filter.companyId) : undefined,
          filter.companyIds ? inArray(placements.companyId, filter.companyIds.filter(isUuid).length ? filter.companyIds.filter(isUuid) : ['00000000-0000-0000-0000-000000000000']) : undefined,
          filter.regionCode ? sql`${placements.companyId} in (select ${companies.id} from ${companies} where ${companies.regionCode} = ${filter.regionCode})` : undefined,
          filter.kind ? eq(placements.kind, filter.kind) : undefined,
          filter.current === false ? undefined : gte(placements.endsOn, sql`current_date`),
          filter.open ? sql`${placements.filledPlaces} < ${placements.places}` : undefined,
        ),
      ),
    )
    .orderBy(asc(placements.startsOn), asc(placements.id))
    .limit(500);
}

export async function placementsByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, PlacementRow>> {
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return new Map();
  const found = await ctx.db.select().from(placements).where(and(...within(await placementVisibility(ctx), inArray(placements.id, valid))));
  return new Map(found.map((p) => [p.id, p]));
}

export async function competenceIdsByPlacements(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(ids.map((id) => [id, []]));
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return result;
  const found = await ctx.db.select().from(placementCompetences).where(inArray(placementCompetences.placementId, valid));
  for (const row of found) result.get(row.placementId)?.push(row.competenceId);
  return result;
}

export interface PlacementInput {
  kind: string;
  title: string;
  description?: string | null;
  startsOn: string;
  endsOn: string;
  places: number;
  competenceIds?: string[] | null;
  contactName: string;
  contactEmail: string;
  contactPhone?: string | null;
}

async function validated(ctx: ServiceContext, companyId: string, input: PlacementInput) {
  const problems: InputProblem[] = [];
  if (!(placementKinds as readonly string[]).includes(input.kind)) problems.push({ field: ['kind'], code: 'INVALID', message: `One of ${placementKinds.join(', ')}` });
  const title = requiredText(problems, 'title', input.title, 160);
  const description = optionalText(problems, 'description', input.description, 4000);
  if (!isIsoDate(input.startsOn ?? '')) problems.push({ field: ['startsOn'], code: 'INVALID', message: 'Not a date (YYYY-MM-DD)' });
  if (!isIsoDate(input.endsOn ?? '')) problems.push({ field: ['endsOn'], code: 'INVALID', message: 'Not a date (YYYY-MM-DD)' });
  else if (isIsoDate(input.startsOn ?? '') && input.endsOn < input.startsOn) problems.push({ field: ['endsOn'], code: 'OUT_OF_RANGE', message: 'Ends before it starts' });
  if (!Number.isInteger(input.places) || input.places < 1 || input.places > 500) problems.push({ field: ['places'], code: 'OUT_OF_RANGE', message: 'From 1 to 500 places' });
  const contactName = requiredText(problems, 'contactName', input.contactName, 160);
  const contactEmail = requiredText(problems, 'contactEmail', input.contactEmail, 254);
  if (contactEmail && !isEmail(contactEmail)) problems.push({ field: ['contactEmail'], code: 'INVALID', message: 'Not an email address' });
  const contactPhone = optionalText(problems, 'contactPhone', input.contactPhone, 40);
  const competenceIds = [...new Set(input.competenceIds ?? [])];
  if (competenceIds.length > 20) problems.push({ field: ['competenceIds'], code: 'OUT_OF_RANGE', message: 'At most 20 competences' });
  const known = await competencesByIds(ctx, competenceIds.filter(isUuid));
  // Placements are read outside the firm: only programme-wide competences may describe them.
  if (competenceIds.some((id) => !known.get(id) || known.get(id)!.companyId !== null)) {
    problems.push({ field: ['competenceIds'], code: 'INVALID', message: 'Choose competences of the programme’s framework' });
  }
  if (problems.length) throw new InvalidInputError(problems.map((p) => ({ ...p, field: ['input', ...p.field] })));
  return {
    value: { companyId, kind: input.kind as PlacementKind, title: title!, description, startsOn: input.startsOn, endsOn: input.endsOn, places: input.places, contactName: contactName!, contactEmail: contactEmail!, contactPhone },
    competenceIds,
  };
}

async function managedCompany(ctx: ServiceContext, companyId: string, field: string[]) {
  const company = (await companiesByIds(ctx, [companyId])).get(companyId);
  if (!company) throw new NotFoundError('Company', field);
  if (!canManagePlacements(ctx.viewer, companyId)) throw new ForbiddenError("Only the firm's admins offer its placements");
  return company;
}

export async function createPlacement(ctx: ServiceContext, companyId: string, input: PlacementInput): Promise<PlacementRow> {
  await managedCompany(ctx, companyId, ['companyId']);
  const { value, competenceIds } = await validated(ctx, companyId, input);
  return ctx.db.transaction(async (tx) => {
    const [placement] = await tx.insert(placements).values(value).returning();
    if (competenceIds.length) await tx.insert(placementCompetences).values(competenceIds.map((competenceId) => ({ placementId: placement!.id, competenceId })));
    await audit({ ...ctx, db: tx }, { action: 'placement.create', entityType: 'placement', entityId: placement!.id, companyId });
    return placement!;
  });
}

async function visiblePlacement(ctx: ServiceContext, id: string): Promise<PlacementRow> {
  const placement = (await placementsByIds(ctx, [id])).get(id);
  if (!placement) throw new NotFoundError('Placement', ['id']);
  return placement;
}

export async function updatePlacement(ctx: ServiceContext, id: string, input: PlacementInput, expectedVersion?: number | null): Promise<PlacementRow> {
  const current = await visiblePlacement(ctx, id);
  await managedCompany(ctx, current.companyId, ['id']);
  const { value, competenceIds } = await validated(ctx, current.companyId, input);
  if (value.places < current.filledPlaces) {
    throw new InvalidInputError([{ field: ['input', 'places'], code: 'OUT_OF_RANGE', message: `${current.filledPlaces} places are already filled` }]);
  }
  return ctx.db.transaction(async (tx) => {
    const [placement] = await tx
      .update(placements)
      .set({ ...value, version: sql`${placements.version} + 1`, updatedAt: new Date() })
      .where(and(eq(placements.id, id), expectedVersion == null ? undefined : eq(placements.version, expectedVersion)))
      .returning();
    if (!placement) throw new StaleError('Placement');
    await tx.delete(placementCompetences).where(eq(placementCompetences.placementId, id));
    if (competenceIds.length) await tx.insert(placementCompetences).values(competenceIds.map((competenceId) => ({ placementId: id, competenceId })));
    await audit({ ...ctx, db: tx }, { action: 'placement.update', entityType: 'placement', entityId: id, companyId: current.companyId });
    return placement;
  });
}

export async function deletePlacement(ctx: ServiceContext, id: string): Promise<PlacementRow> {
  const current = await visiblePlacement(ctx, id);
  await managedCompany(ctx, current.companyId, ['id']);
  if (current.filledPlaces > 0) throw new InvalidInputError([{ field: ['id'], code: 'INVALID', message: 'Places are already filled: change the number instead' }]);
  return ctx.db.transaction(async (tx) => {
    await tx.delete(placements).where(eq(placements.id, id));
    await audit({ ...ctx, db: tx }, { action: 'placement.delete', entityType: 'placement', entityId: id, companyId: current.companyId });
    return current;
  });
}

/**
 * A provider of the county records how many of the places it has filled (a count, never who).
 * Under the row's lock, so two providers cannot push it over the number of places.
 */
export async function fillPlacement(ctx: ServiceContext, id: string, filledPlaces: number): Promise<PlacementRow> {
  const current = await visiblePlacement(ctx, id);
  const company = (await companiesByIds(ctx, [current.companyId])).get(current.companyId);
  if (!company || !(await canFillPlacements(ctx, company.regionCode))) throw new ForbiddenError('Training providers of the county mark placements filled');
  if (!Number.isInteger(filledPlaces) || filledPlaces < 0) throw new InvalidInputError([{ field: ['filledPlaces'], code: 'OUT_OF_RANGE', message: 'Zero or more' }]);
  return ctx.db.transaction(async (tx) => {
    const [locked] = await tx.select().from(placements).where(eq(placements.id, id)).for('update');
    if (filledPlaces > locked!.places) throw new InvalidInputError([{ field: ['filledPlaces'], code: 'OUT_OF_RANGE', message: `At most ${locked!.places} places` }]);
    const [placement] = await tx
      .update(placements)
      .set({ filledPlaces, version: sql`${placements.version} + 1`, updatedAt: new Date() })
      .where(eq(placements.id, id))
      .returning();
    await audit({ ...ctx, db: tx }, { action: 'placement.fill', entityType: 'placement', entityId: id, companyId: current.companyId, details: { filledPlaces } });
    return placement!;
  });
}
