import { schema } from '@smartkompetens/db';
import { audiences, courseFormats, isIsoDate, isLevel, isRegionCode, optionalText, requiredText, seatHoldingStatuses, type InputProblem } from '@smartkompetens/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, InvalidInputError, NotFoundError, StaleError } from '../../errors/index.ts';
import { releaseEnrolments } from '../budget/commitments.ts';
import { competencesByIds } from '../competence/framework.service.ts';
import { assertCanReadCatalogue, canManageProviderCatalogue } from './catalogue.access.ts';
import { coursesByIds, occasionsByIds, type CourseRow, type OccasionRow } from './courses.service.ts';

/** Providers publish their own courses and occasions; nobody else edits them. */

const { courses, courseCompetences, occasions, enrolments } = schema;

function viewerProviderId(ctx: ServiceContext): string {
  assertCanReadCatalogue(ctx.viewer);
  const providerId = ctx.viewer.kind === 'user' ? ctx.viewer.memberships.find((m) => m.role === 'PROVIDER')?.providerId : undefined;
  if (!providerId) throw new ForbiddenError('Only training providers publish courses');
  return providerId;
}

export interface CourseInput {
  titleSv: string;
  titleEn?: string | null;
  descriptionSv: string;
  descriptionEn?: string | null;
  audience: string;
  format: string;
  language?: string | null;
  lengthHours: number;
  pricePerParticipant?: bigint | null;
  pricePerOccasion?: bigint | null;
  prerequisites?: string | null;
  competences: { competenceId: string; targetLevel: number }[];
}

async function validatedCourse(ctx: ServiceContext, input: CourseInput) {
  const problems: InputProblem[] = [];
  const titleSv = requiredText(problems, 'titleSv', input.titleSv, 200);
  const value = {
    titleSv: titleSv ?? '',
    titleEn: optionalText(problems, 'titleEn', input.titleEn, 200),
    descriptionSv: optionalText(problems, 'descriptionSv', input.descriptionSv, 5000) ?? '',
    descriptionEn: optionalText(problems, 'descriptionEn', input.descriptionEn, 5000),
    prerequisites: optionalText(problems, 'prerequisites', input.prerequisites, 2000),
    language: optionalText(problems, 'language', input.language, 2) ?? 'sv',
    audience: input.audience as (typeof audiences)[number],
    format: input.format as (typeof courseFormats)[number],
    lengthHours: input.lengthHours,
    pricePerParticipant: input.pricePerParticipant ?? null,
    pricePerOccasion: input.pricePerOccasion ?? null,
  };
  if (!(audiences as readonly string[]).includes(input.audience)) problems.push({ field: ['audience'], code: 'INVALID', message: audiences.join(', ') });
  if (!(courseFormats as readonly string[]).includes(input.format)) problems.push({ field: ['format'], code: 'INVALID', message: courseFormats.join(', ') });
  if (!Number.isInteger(input.lengthHours) || input.lengthHours < 1 || input.lengthHours > 2000) {
    problems.push({ field: ['lengthHours'], code: 'OUT_OF_RANGE', message: 'From 1 to 2000 hours' });
  }
  if (value.pricePerParticipant === null && value.pricePerOccasion === null) {
    problems.push({ field: ['pricePerParticipant'], code: 'REQUIRED', message: 'Give a price per participant or per occasion' });
  }
  for (const field of ['pricePerParticipant', 'pricePerOccasion'] as const) {
    if (value[field] !== null && value[field]! < 0n) problems.push({ field: [field], code: 'OUT_OF_RANGE', message: 'Not negative' });
  }
  if (input.competences.length === 0) problems.push({ field: ['competences'], code: 'REQUIRED', message: 'Name at least one competence the course develops' });
  const known = await competencesByIds(ctx, input.competences.map((c) => c.competenceId));
  input.competences.forEach((c, i) => {
    const competence = known.get(c.competenceId);
    if (!competence || competence.companyId || competence.retiredAt) {
      problems.push({ field: ['competences', String(i), 'competenceId'], code: 'INVALID', message: 'Not a competence of the programme framework' });
    }
    if (!isLevel(c.targetLevel)) problems.push({ field: ['competences', String(i), 'targetLevel'], code: 'OUT_OF_RANGE', message: 'A level from 1 to 5' });
  });
  if (new Set(input.competences.map((c) => c.competenceId)).size !== input.competences.length) {
    problems.push({ field: ['competences'], code: 'INVALID', message: 'A competence is listed twice' });
  }
  if (problems.length) throw new InvalidInputError(problems.map((p) => ({ ...p, field: ['input', ...p.field] })));
  return value;
}

export async function createCourse(ctx: ServiceContext, input: CourseInput): Promise<CourseRow> {
  const providerId = viewerProviderId(ctx);
  const value = await validatedCourse(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const [course] = await tx.insert(courses).values({ ...value, providerId }).returning();
    await tx.insert(courseCompetences).values(input.competences.map((c) => ({ courseId: course!.id, competenceId: c.competenceId, targetLevel: c.targetLevel })));
    await audit({ ...ctx, db: tx }, { action: 'course.create', entityType: 'course', entityId: course!.id });
    return course!;
  });
}

async function ownCourse(ctx: ServiceContext, id: string): Promise<CourseRow> {
  const course = (await coursesByIds(ctx, [id])).get(id);
  if (!course) throw new NotFoundError('Course', ['id']);
  if (!canManageProviderCatalogue(ctx.viewer, course.providerId)) throw new ForbiddenError('Providers edit only their own courses');
  return course;
}

export async function updateCourse(ctx: ServiceContext, id: string, input: CourseInput, expectedVersion?: number | null): Promise<CourseRow> {
  await ownCourse(ctx, id);
  const value = await validatedCourse(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const [course] = await tx
      .update(courses)
      .set({ ...value, version: sql`${courses.version} + 1`, updatedAt: new Date() })
      .where(and(eq(courses.id, id), expectedVersion == null ? undefined : eq(courses.version, expectedVersion)))
      .returning();
    if (!course) throw new StaleError('Course');
    await tx.delete(courseCompetences).where(eq(courseCompetences.courseId, id));
    await tx.insert(courseCompetences).values(input.competences.map((c) => ({ courseId: id, competenceId: c.competenceId, targetLevel: c.targetLevel })));
    await audit({ ...ctx, db: tx }, { action: 'course.update', entityType: 'course', entityId: id });
    return course;
  });
}

export async function retireCourse(ctx: ServiceContext, id: string): Promise<CourseRow> {
  const current = await ownCourse(ctx, id);
  return ctx.db.transaction(async (tx) => {
    const [course] = await tx.update(courses).set({ retiredAt: current.retiredAt ?? new Date(), updatedAt: new Date() }).where(eq(courses.id, id)).returning();
    await audit({ ...ctx, db: tx }, { action: 'course.retire', entityType: 'course', entityId: id });
    return course!;
  });
}

export interface OccasionInput {
  startsOn: string;
  endsOn: string;
  registrationDeadline: string;
  online?: boolean | null;
  regionCode?: string | null;
  municipality?: string | null;
  seats: number;
  status?: string | null;
}

function validatedOccasion(input: OccasionInput, seatsTaken = 0) {
  const problems: InputProblem[] = [];
  for (const field of ['startsOn', 'endsOn', 'registrationDeadline'] as const) {
    if (!isIsoDate(input[field])) problems.push({ field: [field], code: 'INVALID', message: 'Not a date (YYYY-MM-DD)' });
  }
  if (!problems.length) {
    if (input.endsOn < input.startsOn) problems.push({ field: ['endsOn'], code: 'OUT_OF_RANGE', message: 'Ends before it starts' });
    if (input.registrationDeadline > input.startsOn) problems.push({ field: ['registrationDeadline'], code: 'OUT_OF_RANGE', message: 'After the start' });
  }
  const online = input.online ?? false;
  if (!online && !input.regionCode) problems.push({ field: ['regionCode'], code: 'REQUIRED', message: 'Give the county, or mark the occasion online' });
  if (input.regionCode && !isRegionCode(input.regionCode)) problems.push({ field: ['regionCode'], code: 'INVALID', message: 'Not a county of the programme' });
  if (!Number.isInteger(input.seats) || input.seats < 1 || input.seats > 1000) problems.push({ field: ['seats'], code: 'OUT_OF_RANGE', message: 'From 1 to 1000' });
  else if (input.seats < seatsTaken) problems.push({ field: ['seats'], code: 'OUT_OF_RANGE', message: `${seatsTaken} seats are already taken` });
  const status = input.status ?? 'OPEN';
  if (!['PLANNED', 'OPEN', 'HELD'].includes(status)) problems.push({ field: ['status'], code: 'INVALID', message: 'PLANNED, OPEN or HELD (cancel with occasionCancel)' });
  const municipality = optionalText(problems, 'municipality', input.municipality, 100);
  if (problems.length) throw new InvalidInputError(problems.map((p) => ({ ...p, field: ['input', ...p.field] })));
  return {
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    registrationDeadline: input.registrationDeadline,
    online,
    regionCode: input.regionCode ?? null,
    municipality,
    seats: input.seats,
    status: (status === 'OPEN' && input.seats <= seatsTaken ? 'FULL' : status) as OccasionRow['status'],
  };
}

export async function createOccasion(ctx: ServiceContext, courseId: string, input: OccasionInput): Promise<OccasionRow> {
  const course = await ownCourse(ctx, courseId);
  if (course.retiredAt) throw new InvalidInputError([{ field: ['courseId'], code: 'INVALID', message: 'The course is retired' }]);
  const value = validatedOccasion(input);
  const id = await ctx.db.transaction(async (tx) => {
    const [occasion] = await tx.insert(occasions).values({ ...value, courseId, providerId: course.providerId }).returning({ id: occasions.id });
    await audit({ ...ctx, db: tx }, { action: 'occasion.create', entityType: 'occasion', entityId: occasion!.id });
    return occasion!.id;
  });
  return (await occasionsByIds(ctx, [id])).get(id)!;
}

async function ownOccasion(ctx: ServiceContext, id: string): Promise<OccasionRow> {
  const occasion = (await occasionsByIds(ctx, [id])).get(id);
  if (!occasion) throw new NotFoundError('Occasion', ['id']);
  if (!canManageProviderCatalogue(ctx.viewer, occasion.providerId)) throw new ForbiddenError('Providers edit only their own occasions');
  return occasion;
}

export async function updateOccasion(ctx: ServiceContext, id: string, input: OccasionInput, expectedVersion?: number | null): Promise<OccasionRow> {
  const current = await ownOccasion(ctx, id);
  if (current.status === 'CANCELLED') throw new InvalidInputError([{ field: ['id'], code: 'INVALID', message: 'The occasion is cancelled' }]);
  await ctx.db.transaction(async (tx) => {
    // Under the occasion's lock, so seats cannot drop below what concurrent enrolments hold.
    await tx.select({ id: occasions.id }).from(occasions).where(eq(occasions.id, id)).for('update');
    const [taken] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(enrolments)
      .where(and(eq(enrolments.occasionId, id), inArray(enrolments.status, [...seatHoldingStatuses])));
    const value = validatedOccasion(input, taken?.n ?? 0);
    const [updated] = await tx
      .update(occasions)
      .set({ ...value, version: sql`${occasions.version} + 1`, updatedAt: new Date() })
      .where(and(eq(occasions.id, id), expectedVersion == null ? undefined : eq(occasions.version, expectedVersion)))
      .returning({ id: occasions.id });
    if (!updated) throw new StaleError('Occasion');
    await audit({ ...ctx, db: tx }, { action: 'occasion.update', entityType: 'occasion', entityId: id });
  });
  return (await occasionsByIds(ctx, [id])).get(id)!;
}

/** Cancels an occasion and every live enrolment on it (kept as history), releasing their budget commitments. */
export async function cancelOccasion(ctx: ServiceContext, id: string): Promise<OccasionRow> {
  await ownOccasion(ctx, id);
  await ctx.db.transaction(async (tx) => {
    await tx.select({ id: occasions.id }).from(occasions).where(eq(occasions.id, id)).for('update');
    await tx.update(occasions).set({ status: 'CANCELLED', updatedAt: new Date() }).where(eq(occasions.id, id));
    const cancelled = await tx
      .update(enrolments)
      .set({ status: 'CANCELLED', cancelledAt: new Date(), updatedAt: new Date() })
      .where(and(eq(enrolments.occasionId, id), inArray(enrolments.status, ['REQUESTED', 'CONFIRMED', 'WAITLISTED', 'OFFERED'])))
      .returning({ id: enrolments.id });
    await releaseEnrolments(tx, ctx, cancelled.map((e) => e.id), 'Occasion cancelled by the provider');
    await audit({ ...ctx, db: tx }, { action: 'occasion.cancel', entityType: 'occasion', entityId: id });
  });
  return (await occasionsByIds(ctx, [id])).get(id)!;
}
