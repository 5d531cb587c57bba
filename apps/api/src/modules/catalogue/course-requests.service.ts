import { schema, type Executor } from '@smartkompetens/db';
import { optionalText, type CourseRequestStatus, type InputProblem } from '@smartkompetens/domain';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { audit } from '../../auth/audit.ts';
import type { ServiceContext } from '../../auth/context.ts';
import { requireSignedIn } from '../../auth/viewer.ts';
import { ForbiddenError, InvalidInputError, NotFoundError, type FieldProblem } from '../../errors/index.ts';
import { isUuid } from '../../lib/ids.ts';
import { within } from '../organisations/organisations.access.ts';
import { companiesByIds } from '../organisations/organisations.service.ts';
import {
  answerableStatuses,
  answeringProviderIds,
  canOfferOn,
  canRequestForCompany,
  canRequestForRegion,
  isRequester,
  offerVisibility,
  requestVisibility,
} from './course-requests.access.ts';

const { courseRequests, courseOffers, competences, courses, occasions, companies, providers } = schema;

export type CourseRequestRow = typeof courseRequests.$inferSelect;
export type CourseOfferRow = typeof courseOffers.$inferSelect;

export interface CourseRequestInput {
  competenceIds: readonly string[];
  participants: number;
  wantedFrom: string;
  wantedTo: string;
  note?: string | null;
}

export interface CourseOfferInput {
  courseId: string;
  price: bigint; // öre, for the whole occasion
  startsOn: string;
  endsOn: string;
  note?: string | null;
}

/** Who a new request is for: a firm (companyId) or, for a joint request, a county (regionCode). */
export interface RequestTarget {
  companyId?: string | null;
  regionCode?: string | null;
}

const MAX_PARTICIPANTS = 500; // the table's check constraint
const MAX_COMPETENCES = 20;
const MAX_NOTE = 2000;
const MAX_PRICE = 10_000_000_000n; // öre: 100 MSEK, far above any single course
const MAX_COURSE_DAYS = 365;
const MAX_LEAD_DAYS = 2 * 366; // offers more than two years ahead are typing mistakes
const REGISTRATION_DAYS = 7; // the tailored occasion's registration closes a week before it starts

// Dates are calendar days in UTC, as the enrolment rules count them.
const today = () => new Date().toISOString().slice(0, 10);
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Problems with the mutation's `input` argument, whose fields are named inside it. */
class InputProblems {
  readonly list: FieldProblem[] = [];
  add(field: string[], code: FieldProblem['code'], message: string): void {
    this.list.push({ field: ['input', ...field], code, message });
  }
  /** Trimmed optional text, TOO_LONG past max. */
  text(field: string, value: string | null | undefined, max: number): string | null {
    const found: InputProblem[] = [];
    const text = optionalText(found, field, value, max);
    for (const p of found) this.add(p.field, p.code, p.message);
    return text;
  }
  throwIfAny(): void {
    if (this.list.length) throw new InvalidInputError(this.list);
  }
}

// Reading

export async function listCourseRequests(ctx: ServiceContext, status?: CourseRequestStatus | null): Promise<CourseRequestRow[]> {
  const conditions = within(requestVisibility(ctx.viewer), status ? eq(courseRequests.status, status) : undefined);
  return ctx.db
    .select()
    .from(courseRequests)
    .where(and(...conditions))
    .orderBy(desc(courseRequests.createdAt), desc(courseRequests.id));
}

export async function courseRequestsByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, CourseRequestRow>> {
  const visibility = requestVisibility(ctx.viewer);
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return new Map();
  const found = await ctx.db
    .select()
    .from(courseRequests)
    .where(and(...within(visibility, inArray(courseRequests.id, valid))));
  return new Map(found.map((r) => [r.id, r]));
}

async function getCourseRequest(ctx: ServiceContext, id: string, field: string[]): Promise<CourseRequestRow> {
  const request = (await courseRequestsByIds(ctx, [id])).get(id);
  if (!request) throw new NotFoundError('Course request', field);
  return request;
}

/** The offers the viewer may see on each of several requests, oldest first, in one statement. */
export async function offersByRequests(ctx: ServiceContext, requestIds: readonly string[]): Promise<Map<string, CourseOfferRow[]>> {
  const visibility = offerVisibility(ctx.viewer);
  const ids = [...new Set(requestIds)].filter(isUuid);
  const result = new Map<string, CourseOfferRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const found = await ctx.db
    .select()
    .from(courseOffers)
    .where(and(...within(visibility, inArray(courseOffers.requestId, ids))))
    .orderBy(asc(courseOffers.createdAt), asc(courseOffers.id));
  for (const offer of found) result.get(offer.requestId)!.push(offer);
  return result;
}

export async function courseOffersByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, CourseOfferRow>> {
  const visibility = offerVisibility(ctx.viewer);
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return new Map();
  const found = await ctx.db
    .select()
    .from(courseOffers)
    .where(and(...within(visibility, inArray(courseOffers.id, valid))));
  return new Map(found.map((o) => [o.id, o]));
}

/** Locks the request for the rest of the transaction: offers, acceptance and closing queue on it. */
async function lockRequest(tx: Executor, id: string): Promise<CourseRequestRow> {
  const [request] = await tx.select().from(courseRequests).where(eq(courseRequests.id, id)).for('update');
  if (!request) throw new NotFoundError('Course request', ['id']);
  return request;
}

// Requests

/**
 * Validates a request's input; unknown, retired and firm-local competences are refused, as
 * providers must be able to read what is asked for.
 */
async function validatedRequest(ctx: ServiceContext, input: CourseRequestInput) {
  const problems = new InputProblems();
  const ids = input.competenceIds;
  if (ids.length === 0) problems.add(['competenceIds'], 'REQUIRED', 'Name at least one competence');
  else if (ids.length > MAX_COMPETENCES) problems.add(['competenceIds'], 'OUT_OF_RANGE', `At most ${MAX_COMPETENCES} competences`);
  else if (new Set(ids).size !== ids.length) problems.add(['competenceIds'], 'DUPLICATE', 'A competence is named twice');
  if (!Number.isInteger(input.participants) || input.participants < 1 || input.participants > MAX_PARTICIPANTS) {
    problems.add(['participants'], 'OUT_OF_RANGE', `Between 1 and ${MAX_PARTICIPANTS} participants`);
  }
  if (input.wantedTo < input.wantedFrom) problems.add(['wantedTo'], 'OUT_OF_RANGE', 'The period ends before it starts');
  else if (input.wantedTo < today()) problems.add(['wantedTo'], 'OUT_OF_RANGE', 'The period has already passed');
  const note = problems.text('note', input.note, MAX_NOTE);

  const candidates = [...new Set(ids)].filter(isUuid);
  const usable = candidates.length
    ? await ctx.db
        .select({ id: competences.id })
        .from(competences)
        .where(and(inArray(competences.id, candidates), isNull(competences.companyId), isNull(competences.retiredAt)))
    : [];
  const known = new Set(usable.map((c) => c.id));
  ids.forEach((id, index) => {
    if (!known.has(id)) problems.add(['competenceIds', String(index)], 'NOT_FOUND', 'No such programme-wide competence');
  });
  problems.throwIfAny();
  return { competenceIds: [...ids], participants: input.participants, wantedFrom: input.wantedFrom, wantedTo: input.wantedTo, note };
}

/** Whose request it is: the firm (and its county), or the county alone for a joint request. */
async function requestOwner(ctx: ServiceContext, target: RequestTarget): Promise<{ companyId: string | null; regionCode: string }> {
  if (target.companyId && target.regionCode) {
    throw new InvalidInputError([{ field: ['regionCode'], code: 'INVALID', message: "Give companyId for a firm's request or regionCode for a joint one, not both" }]);
  }
  if (target.companyId) {
    const company = (await companiesByIds(ctx, [target.companyId])).get(target.companyId);
    if (!company) throw new NotFoundError('Company', ['companyId']);
    if (!canRequestForCompany(ctx.viewer, company.id)) throw new ForbiddenError("Only the firm's admins request courses for it");
    return { companyId: company.id, regionCode: company.regionCode };
  }
  if (target.regionCode) {
    if (!canRequestForRegion(ctx.viewer, target.regionCode)) throw new ForbiddenError("Only the county's region admin makes joint requests for it");
    return { companyId: null, regionCode: target.regionCode };
  }
  throw new InvalidInputError([{ field: ['companyId'], code: 'REQUIRED', message: "Give companyId for a firm's request or regionCode for a joint one" }]);
}

export async function createCourseRequest(ctx: ServiceContext, target: RequestTarget, input: CourseRequestInput): Promise<CourseRequestRow> {
  requireSignedIn(ctx.viewer);
  const owner = await requestOwner(ctx, target);
  const value = await validatedRequest(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const [request] = await tx
      .insert(courseRequests)
      .values({ ...value, ...owner, status: 'OPEN' })
      .returning();
    await audit(
      { ...ctx, db: tx },
      { action: 'courseRequest.create', entityType: 'courseRequest', entityId: request!.id, companyId: owner.companyId, details: { regionCode: owner.regionCode } },
    );
    return request!;
  });
}

export async function closeCourseRequest(ctx: ServiceContext, id: string): Promise<CourseRequestRow> {
  requireSignedIn(ctx.viewer);
  const visible = await getCourseRequest(ctx, id, ['id']);
  if (!isRequester(ctx.viewer, visible)) throw new ForbiddenError('Only the requester closes a course request');
  return ctx.db.transaction(async (tx) => {
    const current = await lockRequest(tx, id);
    if (!(answerableStatuses as readonly string[]).includes(current.status)) {
      throw new InvalidInputError([{ field: ['id'], code: 'INVALID', message: `The request is already ${current.status.toLowerCase()}` }]);
    }
    const [closed] = await tx.update(courseRequests).set({ status: 'CLOSED', updatedAt: new Date() }).where(eq(courseRequests.id, id)).returning();
    await audit({ ...ctx, db: tx }, { action: 'courseRequest.close', entityType: 'courseRequest', entityId: id, companyId: current.companyId });
    return closed!;
  });
}

// Offers

function validatedOffer(input: CourseOfferInput) {
  const problems = new InputProblems();
  if (input.price < 0n) problems.add(['price'], 'OUT_OF_RANGE', 'The price cannot be negative');
  else if (input.price > MAX_PRICE) problems.add(['price'], 'OUT_OF_RANGE', 'At most 100 000 000 kr');
  const now = today();
  if (input.startsOn < now) problems.add(['startsOn'], 'OUT_OF_RANGE', 'The course cannot start in the past');
  else if (daysBetween(now, input.startsOn) > MAX_LEAD_DAYS) problems.add(['startsOn'], 'OUT_OF_RANGE', 'At most two years ahead');
  if (input.endsOn < input.startsOn) problems.add(['endsOn'], 'OUT_OF_RANGE', 'The course ends before it starts');
  else if (daysBetween(input.startsOn, input.endsOn) > MAX_COURSE_DAYS) problems.add(['endsOn'], 'OUT_OF_RANGE', 'A course lasts at most a year');
  const note = problems.text('note', input.note, MAX_NOTE);
  return { problems, value: { price: input.price, startsOn: input.startsOn, endsOn: input.endsOn, note } };
}

export async function createCourseOffer(ctx: ServiceContext, requestId: string, input: CourseOfferInput): Promise<CourseOfferRow> {
  requireSignedIn(ctx.viewer);
  const request = await getCourseRequest(ctx, requestId, ['requestId']);
  const providerIds = answeringProviderIds(ctx.viewer);
  if (!providerIds.length) throw new ForbiddenError('Only training providers make offers');

  const { problems, value } = validatedOffer(input);
  const [course] = isUuid(input.courseId) ? await ctx.db.select().from(courses).where(eq(courses.id, input.courseId)) : [];
  if (!course) problems.add(['courseId'], 'NOT_FOUND', 'No such course');
  else if (!providerIds.includes(course.providerId)) problems.add(['courseId'], 'INVALID', 'Offer one of your own courses');
  else if (course.retiredAt) problems.add(['courseId'], 'INVALID', 'The course is retired');
  problems.throwIfAny();

  const [provider] = await ctx.db.select().from(providers).where(eq(providers.id, course!.providerId));
  if (!canOfferOn(provider!, { regionCode: request.regionCode, status: 'OPEN' })) {
    throw new ForbiddenError('The request is for a county this course’s provider does not serve');
  }
  return ctx.db.transaction(async (tx) => {
    const current = await lockRequest(tx, requestId);
    if (!canOfferOn(provider!, current)) {
      throw new InvalidInputError([{ field: ['requestId'], code: 'INVALID', message: 'The request no longer takes offers' }]);
    }
    const [offer] = await tx
      .insert(courseOffers)
      .values({ ...value, requestId, providerId: course!.providerId, courseId: course!.id })
      .returning();
    if (current.status === 'OPEN') {
      await tx.update(courseRequests).set({ status: 'OFFERED', updatedAt: new Date() }).where(eq(courseRequests.id, requestId));
    }
    await audit(
      { ...ctx, db: tx },
      { action: 'courseOffer.create', entityType: 'courseOffer', entityId: offer!.id, companyId: current.companyId, details: { requestId } },
    );
    return offer!;
  });
}

/**
 * Accepts an offer in one transaction: creates the occasion — tailored for the firm, or open to
 * the county for a joint request — links it to the offer and marks the request ACCEPTED. The
 * request's lock makes a second, concurrent acceptance see ACCEPTED and fail.
 */
export async function acceptCourseOffer(ctx: ServiceContext, id: string): Promise<CourseOfferRow> {
  requireSignedIn(ctx.viewer);
  const offer = (await courseOffersByIds(ctx, [id])).get(id);
  if (!offer) throw new NotFoundError('Course offer', ['id']);
  const request = await getCourseRequest(ctx, offer.requestId, ['id']);
  if (!isRequester(ctx.viewer, request)) throw new ForbiddenError('Only the requester accepts an offer');

  return ctx.db.transaction(async (tx) => {
    const current = await lockRequest(tx, request.id);
    if (!(answerableStatuses as readonly string[]).includes(current.status)) {
      throw new InvalidInputError([{ field: ['id'], code: 'INVALID', message: `The request is already ${current.status.toLowerCase()}` }]);
    }
    const now = today();
    if (offer.startsOn < now) throw new InvalidInputError([{ field: ['id'], code: 'OUT_OF_RANGE', message: 'The offered start date has passed' }]);
    const [course] = await tx.select().from(courses).where(eq(courses.id, offer.courseId));
    if (course!.retiredAt) throw new InvalidInputError([{ field: ['id'], code: 'INVALID', message: 'The offered course has been retired' }]);
    const [company] = current.companyId ? await tx.select().from(companies).where(eq(companies.id, current.companyId)) : [];
    const deadline = addDays(offer.startsOn, -REGISTRATION_DAYS);

    const [occasion] = await tx
      .insert(occasions)
      .values({
        courseId: course!.id,
        providerId: course!.providerId,
        startsOn: offer.startsOn,
        endsOn: offer.endsOn,
        online: course!.format === 'ONLINE',
        regionCode: current.regionCode,
        municipality: company?.municipality ?? null,
        seats: current.participants,
        registrationDeadline: deadline > now ? deadline : now,
        status: 'OPEN',
        tailoredForCompanyId: current.companyId,
      })
      .returning({ id: occasions.id });
    const [accepted] = await tx
      .update(courseOffers)
      .set({ acceptedOccasionId: occasion!.id, updatedAt: new Date() })
      .where(eq(courseOffers.id, id))
      .returning();
    await tx.update(courseRequests).set({ status: 'ACCEPTED', updatedAt: new Date() }).where(eq(courseRequests.id, current.id));
    await audit(
      { ...ctx, db: tx },
      { action: 'courseOffer.accept', entityType: 'courseOffer', entityId: id, companyId: current.companyId, details: { requestId: current.id, occasionId: occasion!.id } },
    );
    return accepted!;
  });
}
