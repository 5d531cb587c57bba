import { schema } from '@smartkompetens/db';
import { prefixTsQuery, seatHoldingStatuses, type Audience, type CourseFormat } from '@smartkompetens/domain';
import { and, asc, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../auth/context.ts';
import { InvalidInputError } from '../../errors/index.ts';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../../lib/cursor.ts';
import { isUuid } from '../../lib/ids.ts';
import { rows } from '../../lib/sql.ts';
import { versionedCache } from '../../lib/versioned-cache.ts';
import { within } from '../organisations/organisations.access.ts';
import { assertCanReadCatalogue, occasionVisibility } from './catalogue.access.ts';

const { courses, courseCompetences, occasions, enrolments } = schema;

/** A course as the API reads it: without its search vector, which only the database uses. */
export type CourseRow = Omit<typeof courses.$inferSelect, 'search'>;
const { search: _searchVector, ...courseColumns } = getTableColumns(courses);
export type CourseCompetenceRow = typeof courseCompetences.$inferSelect;
export type OccasionRow = typeof occasions.$inferSelect & { seatsTaken: number; waitlistLength: number };
export type CoursePage = Page<CourseRow>;

export interface CourseSearch {
  text?: string | null;
  competenceId?: string | null;
  regionCode?: string | null;
  format?: CourseFormat | null;
  audience?: Audience | null;
  from?: string | null;
  to?: string | null;
  maxPrice?: bigint | null;
  freeSeats?: boolean | null;
  providerId?: string | null;
}

export type CourseSort = 'RELEVANCE' | 'TITLE' | 'PRICE' | 'NEXT_OCCASION';

const seatHolding = sql.raw(seatHoldingStatuses.map((s) => `'${s}'`).join(', '));

/** Seats held on an occasion, as a correlated subquery. */
const seatsTaken = sql`(select count(*) from ${enrolments} e where e.occasion_id = ${occasions.id} and e.status in (${seatHolding}))`;

/**
 * Searches the catalogue: Swedish full-text search (prefix stems, so "svetsning" finds
 * "svetsare"), filters on competence, county, format, audience, dates, price and free seats.
 * Pages by offset: result sets are small and relevance has no stable key to page by.
 */
export async function searchCourses(
  ctx: ServiceContext,
  args: { search?: CourseSearch | null; sort?: CourseSort | null; first?: number | null; after?: string | null },
): Promise<CoursePage> {
  assertCanReadCatalogue(ctx.viewer);
  const size = pageSize(args.first, 20);
  const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) : 0;
  if (!Number.isInteger(offset) || offset < 0) throw new InvalidInputError([{ field: ['after'], code: 'INVALID', message: 'Not a cursor returned by this API' }]);
  const search = args.search ?? {};
  for (const field of ['competenceId', 'providerId'] as const) {
    if (search[field] && !isUuid(search[field]!)) return { nodes: [], hasNextPage: false, endCursor: null, totalCount: 0 };
  }

  const tsQuery = search.text ? prefixTsQuery(search.text) : null;
  // Matched twice: with the Swedish stemmer ("kurser" → "kur") and without it, which also keeps
  // words the Swedish configuration drops as stop words ("MIG" reads as "mig", me).
  const swedish = tsQuery ? sql`to_tsquery('swedish', ${tsQuery})` : null;
  const simple = tsQuery ? sql`to_tsquery('simple', ${tsQuery})` : null;
  const occasionConditions: SQL[] = [
    sql`${occasions.courseId} = ${courses.id}`,
    sql`${occasions.startsOn} >= current_date`,
    sql`${occasions.status} in ('PLANNED', 'OPEN', 'FULL')`,
    ...within(occasionVisibility(ctx.viewer)).filter((c): c is SQL => c !== undefined),
  ];
  if (search.regionCode) occasionConditions.push(sql`(${occasions.regionCode} = ${search.regionCode} or ${occasions.online})`);
  if (search.from) occasionConditions.push(sql`${occasions.startsOn} >= ${search.from}`);
  if (search.to) occasionConditions.push(sql`${occasions.startsOn} <= ${search.to}`);
  if (search.freeSeats) occasionConditions.push(sql`${occasions.status} = 'OPEN' and ${occasions.seats} > ${seatsTaken}`);
  const needsOccasion = Boolean(search.regionCode || search.from || search.to || search.freeSeats);

  const conditions: (SQL | undefined)[] = [
    sql`${courses.retiredAt} is null`,
    swedish && simple ? sql`(${courses.search} @@ ${swedish} or ${courses.search} @@ ${simple})` : undefined,
    search.competenceId
      ? sql`exists (select 1 from ${courseCompetences} cc where cc.course_id = ${courses.id} and cc.competence_id = ${search.competenceId})`
      : undefined,
    search.format ? sql`${courses.format} = ${search.format}` : undefined,
    search.audience ? sql`${courses.audience} in (${search.audience}, 'BOTH')` : undefined,
    search.maxPrice != null ? sql`${courses.pricePerParticipant} <= ${search.maxPrice}` : undefined,
    search.providerId ? sql`${courses.providerId} = ${search.providerId}` : undefined,
    needsOccasion ? sql`exists (select 1 from ${occasions} where ${and(...occasionConditions)})` : undefined,
  ];
  const nextOccasion = sql`(select min(${occasions.startsOn}) from ${occasions} where ${and(...occasionConditions)})`;
  const order: Record<CourseSort, SQL> = {
    RELEVANCE:
      swedish && simple
        ? sql`greatest(ts_rank(${courses.search}, ${swedish}), ts_rank(${courses.search}, ${simple})) desc, ${courses.titleSv}`
        : sql`${courses.titleSv}`,
    TITLE: sql`${courses.titleSv}`,
    PRICE: sql`${courses.pricePerParticipant} asc nulls last, ${courses.titleSv}`,
    NEXT_OCCASION: sql`${nextOccasion} asc nulls last, ${courses.titleSv}`,
  };
  const where = and(...conditions);
  // A page depends on the catalogue, on seats taken when asked for free seats, on the county of
  // firms for a region admin's tailored occasions, on the day and on the viewer: kept under those
  // versions (decision 0025). Seat counts shown with it are read per request.
  const areas = [
    'catalogue',
    ...(search.freeSeats ? ['enrolments:*'] : []),
    ...(ctx.viewer.kind === 'user' && ctx.viewer.memberships.some((m) => m.role === 'REGION_ADMIN') ? ['competence'] : []),
  ];
  const key = JSON.stringify([search, args.sort ?? 'RELEVANCE', size, offset, ctx.viewer], (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
  return versionedCache(ctx.db, areas, `courses|${key}`, async () => {
    // The total comes with the page (a window over every match, before LIMIT): one statement.
    const found = await ctx.db
      .select({ course: courseColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(courses)
      .where(where)
      .orderBy(sql`${order[args.sort ?? 'RELEVANCE']}, ${courses.id}`)
      .limit(size + 1)
      .offset(offset);
    // Past the last match there is no row to carry the total: count apart (a stale cursor only).
    const totalCount = found[0]?.total ?? (offset > 0 ? ((await ctx.db.select({ n: sql<number>`count(*)::int` }).from(courses).where(where))[0]?.n ?? 0) : 0);
    const nodes = found.slice(0, size).map((row) => row.course);
    return {
      nodes,
      hasNextPage: found.length > size,
      endCursor: nodes.length ? encodeCursor([offset + nodes.length]) : null,
      totalCount,
    };
  });
}

export async function coursesByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, CourseRow>> {
  assertCanReadCatalogue(ctx.viewer);
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return new Map();
  const found = await ctx.db.select(courseColumns).from(courses).where(inArray(courses.id, valid));
  return new Map(found.map((c) => [c.id, c]));
}

export async function competencesByCourses(ctx: ServiceContext, courseIds: readonly string[]): Promise<Map<string, CourseCompetenceRow[]>> {
  assertCanReadCatalogue(ctx.viewer);
  const ids = [...new Set(courseIds)].filter(isUuid);
  const result = new Map<string, CourseCompetenceRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const found = await ctx.db.select().from(courseCompetences).where(inArray(courseCompetences.courseId, ids)).orderBy(asc(courseCompetences.targetLevel));
  for (const row of found) result.get(row.courseId)!.push(row);
  return result;
}

const occasionColumns = sql`${occasions}.*,
  (select count(*)::int from ${enrolments} e where e.occasion_id = ${occasions.id} and e.status in (${seatHolding})) as "seatsTaken",
  (select count(*)::int from ${enrolments} e where e.occasion_id = ${occasions.id} and e.status = 'WAITLISTED') as "waitlistLength"`;

type RawOccasion = Record<string, unknown>;

/** Raw rows come back in snake_case: map them to the table's camelCase shape. */
function toOccasion(raw: RawOccasion): OccasionRow {
  const date = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
  return {
    id: raw.id as string,
    courseId: raw.course_id as string,
    providerId: raw.provider_id as string,
    startsOn: date(raw.starts_on),
    endsOn: date(raw.ends_on),
    online: raw.online as boolean,
    regionCode: raw.region_code as string | null,
    municipality: raw.municipality as string | null,
    seats: raw.seats as number,
    registrationDeadline: date(raw.registration_deadline),
    status: raw.status as OccasionRow['status'],
    tailoredForCompanyId: raw.tailored_for_company_id as string | null,
    version: raw.version as number,
    createdAt: new Date(raw.created_at as string),
    updatedAt: new Date(raw.updated_at as string),
    seatsTaken: raw.seatsTaken as number,
    waitlistLength: raw.waitlistLength as number,
  };
}

/**
 * Occasions of several courses, the first few of each, in one statement: upcoming ones soonest
 * first (optionally near a county), or past ones newest first (providers record attendance).
 */
export async function occasionsByCourses(
  ctx: ServiceContext,
  courseIds: readonly string[],
  options: { first: number; near?: string | null; past?: boolean },
): Promise<Map<string, OccasionRow[]>> {
  const ids = [...new Set(courseIds)].filter(isUuid);
  const result = new Map<string, OccasionRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const limit = pageSize(options.first, 5);
  const visibility = and(...within(occasionVisibility(ctx.viewer))) ?? sql`true`;
  const when = options.past ? sql`${occasions.startsOn} < current_date` : sql`${occasions.startsOn} >= current_date and ${occasions.status} <> 'CANCELLED'`;
  const order = options.past ? sql`${occasions.startsOn} desc, ${occasions.id}` : sql`${occasions.startsOn}, ${occasions.id}`;
  const found = await rows<RawOccasion>(
    ctx.db,
    sql`select * from (
          select ${occasionColumns}, row_number() over (partition by ${occasions.courseId} order by ${order}) as n
          from ${occasions}
          where ${inArray(occasions.courseId, ids)} and ${when} and (${visibility})
            ${options.near ? sql`and (${occasions.regionCode} = ${options.near} or ${occasions.online})` : sql``}
        ) o where o.n <= ${limit} order by o.n`,
  );
  for (const raw of found) result.get(raw.course_id as string)!.push(toOccasion(raw));
  return result;
}

export async function occasionsByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, OccasionRow>> {
  const valid = [...new Set(ids)].filter(isUuid);
  if (!valid.length) return new Map();
  const visibility = and(...within(occasionVisibility(ctx.viewer))) ?? sql`true`;
  const found = await rows<RawOccasion>(ctx.db, sql`select ${occasionColumns} from ${occasions} where ${inArray(occasions.id, valid)} and (${visibility})`);
  return new Map(found.map((raw) => [raw.id as string, toOccasion(raw)]));
}
