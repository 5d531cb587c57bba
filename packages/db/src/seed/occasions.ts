import type { OccasionStatus, RegionCode } from '@smartkompetens/domain';
import {
  CATALOGUE_DATE,
  FIRST_FUTURE_START,
  FIRST_PAST_START,
  type FixedOccasion,
  fixedOccasions,
  HOLIDAYS,
  LAST_FUTURE_END,
  LAST_PAST_END,
  NEAR_FUTURE_END,
} from './catalogue-story.ts';
import { benefitOf, type NeedsByPerson } from './course-needs.ts';
import type { CourseSpec } from './courses.ts';
import { addDays, daysBetween } from './dates.ts';
import { municipalities } from './municipalities.ts';
import { PARTNER_PROVIDER_NAME } from './providers.ts';
import { Random } from './random.ts';
import type { SeededFirm } from './staff.ts';

export interface PlannedOccasion {
  course: CourseSpec;
  startsOn: string;
  endsOn: string;
  registrationDeadline: string;
  online: boolean;
  regionCode: RegionCode | null;
  municipality: string | null;
  seats: number;
  status: OccasionStatus;
  tailoredFor: SeededFirm | null;
  /** Set for the story's hand-placed occasions. */
  fixed: FixedOccasion | undefined;
}

/** Where each provider teaches, weighted: its own county's industrial towns. */
const teachingPlaces: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  [PARTNER_PROVIDER_NAME]: [['Uppsala', 4], ['Enköping', 2], ['Tierp', 1], ['Östhammar', 1]],
  'Upplands Industriutbildning AB': [['Uppsala', 3], ['Enköping', 2], ['Knivsta', 1]],
  'Sörmlands Industriskola AB': [['Eskilstuna', 3], ['Nyköping', 2], ['Katrineholm', 1]],
  'Yrkeshögskolan Östergötland': [['Linköping', 3], ['Norrköping', 2], ['Motala', 1], ['Finspång', 1]],
  'Svetsakademin Bergslagen AB': [['Örebro', 2], ['Karlskoga', 2], ['Lindesberg', 1]],
  'Västmanlands Automationsakademi AB': [['Västerås', 3], ['Köping', 1], ['Fagersta', 1]],
  'Industrikompetens Sverige AB': [['Uppsala', 1], ['Eskilstuna', 1], ['Linköping', 1], ['Örebro', 1], ['Västerås', 1]],
};

const occasionCounts: readonly (readonly [number, number])[] = [
  [1, 15],
  [2, 40],
  [3, 30],
  [4, 15],
];
const PAST_SHARE = 0.45;
const CANCELLED_SHARE = 0.1;
/** Far-off occasions are often still being planned; registration opens later. */
const PLANNED_FROM = '2027-08-01';
const PLANNED_SHARE = 0.5;
/** Two occasions of one course are at least this far apart. */
const MIN_DAYS_APART = 21;
/** People a firm needs on an on-site course before a provider comes to it; management teams are small. */
const MIN_TAILORED_PEOPLE = { STAFF: 4, BOTH: 4, MANAGEMENT: 2 } as const;
/** A national provider's on-site courses go to the programme's Uppsala firms first. */
const UPPSALA_HOST_WEIGHT = 10;

/**
 * Every occasion of the catalogue: the story's fixed ones, and for every other course one to
 * four drawn from the course's own stream, within the catalogue calendar.
 */
export function planOccasions(seed: number, courses: readonly CourseSpec[], firms: readonly SeededFirm[], needs: NeedsByPerson): PlannedOccasion[] {
  const planned: PlannedOccasion[] = [];
  for (const course of courses) {
    if (course.retired) continue;
    const random = Random.forLabel(seed, `occasions:${course.titleSv}`);
    const fixed = fixedOccasions.filter((f) => f.course === course.titleSv);
    if (fixed.length > 0) {
      planned.push(...fixed.map((f) => fixedOccasion(course, f, firms, random)));
      continue;
    }
    planned.push(...drawnOccasions(course, firms, needs, random));
  }
  return planned;
}

function fixedOccasion(course: CourseSpec, fixed: FixedOccasion, firms: readonly SeededFirm[], random: Random): PlannedOccasion {
  const tailoredFor = fixed.tailoredFor === undefined ? null : (firms.find((f) => f.seed.row.name === fixed.tailoredFor) ?? null);
  if (fixed.tailoredFor !== undefined && tailoredFor === null) throw new Error(`demo seed: no firm ${fixed.tailoredFor} to tailor an occasion for`);
  return {
    course,
    startsOn: fixed.startsOn,
    endsOn: addDays(fixed.startsOn, spanDays(course)),
    registrationDeadline: deadline(fixed.startsOn, random),
    online: false,
    regionCode: regionOf(fixed.municipality),
    municipality: fixed.municipality,
    seats: fixed.seats,
    status: fixed.status,
    tailoredFor,
    fixed,
  };
}

function drawnOccasions(course: CourseSpec, firms: readonly SeededFirm[], needs: NeedsByPerson, random: Random): PlannedOccasion[] {
  const count = random.weighted(occasionCounts);
  const span = spanDays(course);
  const hosts = course.format === 'ON_SITE' ? tailoredHosts(course, firms, needs) : [];
  const drawPlace = random.deck(course.places?.map((p) => [p, 1] as const) ?? placesOf(course.provider));
  const starts: string[] = [];
  const out: PlannedOccasion[] = [];
  for (let i = 0; i < count; i++) {
    // Every course can be booked soon: its first occasion falls within the near future.
    const past = i > 0 && random.chance(PAST_SHARE);
    const window = past ? pastWindow : i === 0 ? nearWindow : futureWindow;
    const startsOn = drawStart(random, window, span, starts);
    if (startsOn === undefined) continue;
    starts.push(startsOn);

    // Each firm orders a tailored course once.
    const host = hosts.length > 0 ? random.weighted(hosts) : null;
    if (host) hosts.splice(hosts.findIndex(([firm]) => firm === host), 1);
    const online = course.format === 'ONLINE';
    const municipality = online ? null : (host?.seed.row.municipality ?? drawPlace());
    out.push({
      course,
      startsOn,
      endsOn: addDays(startsOn, span),
      registrationDeadline: deadline(startsOn, random),
      online,
      regionCode: municipality === null ? null : regionOf(municipality),
      municipality,
      seats: host ? random.int(8, 12) : online ? random.int(12, 20) : random.int(8, 16),
      status: drawnStatus(past, startsOn, random),
      tailoredFor: host,
      fixed: undefined,
    });
  }
  return out.sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
}

/** Past occasions were held, a few cancelled; those ahead take registrations, or far off are still being planned. */
function drawnStatus(past: boolean, startsOn: string, random: Random): OccasionStatus {
  if (past) return random.chance(CANCELLED_SHARE) ? 'CANCELLED' : 'HELD';
  return startsOn >= PLANNED_FROM && random.chance(PLANNED_SHARE) ? 'PLANNED' : 'OPEN';
}

/**
 * Firms an on-site course could be held at, weighted by how many of their people it would help:
 * in the provider's own county, or anywhere for a national provider (Uppsala firms first, the
 * programme's focus).
 */
function tailoredHosts(course: CourseSpec, firms: readonly SeededFirm[], needs: NeedsByPerson): [SeededFirm, number][] {
  const counties = new Set(placesOf(course.provider).map(([place]) => regionOf(place)));
  const national = counties.size > 1;
  const hosts: [SeededFirm, number][] = [];
  for (const firm of firms) {
    const region = firm.seed.row.regionCode as RegionCode;
    if (!national && !counties.has(region)) continue;
    const helped = firm.people.filter((p) => benefitOf(p, needs.get(p.id), course) !== 'NONE').length;
    if (helped >= MIN_TAILORED_PEOPLE[course.audience]) hosts.push([firm, helped * (national && region === '03' ? UPPSALA_HOST_WEIGHT : 1)]);
  }
  return hosts;
}

/**
 * Calendar days from the first to the last day, eight teaching hours a day: up to a week in
 * one go, longer courses two days a week (Monday and Tuesday).
 */
export function spanDays(course: CourseSpec): number {
  const days = Math.ceil(course.lengthHours / 8);
  return days <= 5 ? days - 1 : (Math.ceil(days / 2) - 1) * 7 + 1;
}

/** Registration closes one to three weeks ahead, but never before the catalogue date for what is still to come. */
function deadline(startsOn: string, random: Random): string {
  const drawn = addDays(startsOn, -random.int(7, 21));
  return startsOn >= FIRST_FUTURE_START && drawn < CATALOGUE_DATE ? CATALOGUE_DATE : drawn;
}

type Window = readonly [from: string, lastEnd: string];
const pastWindow: Window = [FIRST_PAST_START, LAST_PAST_END];
const nearWindow: Window = [FIRST_FUTURE_START, NEAR_FUTURE_END];
const futureWindow: Window = [FIRST_FUTURE_START, LAST_FUTURE_END];

/** A weekday start within the window that fits the course, clear of holidays and the course's other occasions. */
function drawStart(random: Random, [from, lastEnd]: Window, span: number, taken: readonly string[]): string | undefined {
  const weeks = Math.floor((daysBetween(from, lastEnd) - span) / 7);
  if (weeks < 0) return undefined;
  for (let attempt = 0; attempt < 30; attempt++) {
    const monday = addDays(from, 7 * random.int(0, weeks));
    // Courses of up to four days may start later in the week; longer ones start on a Monday.
    const startsOn = span < 4 ? addDays(monday, random.int(0, 3 - span)) : monday;
    const endsOn = addDays(startsOn, span);
    if (endsOn > lastEnd) continue;
    if (HOLIDAYS.some(([hFrom, hTo]) => startsOn <= hTo && endsOn >= hFrom)) continue;
    if (taken.some((t) => Math.abs(daysBetween(t, startsOn)) < MIN_DAYS_APART)) continue;
    return startsOn;
  }
  return undefined;
}

function placesOf(provider: string): readonly (readonly [string, number])[] {
  const places = teachingPlaces[provider];
  if (!places) throw new Error(`demo seed: no teaching places for ${provider}`);
  return places;
}

export function regionOf(municipality: string): RegionCode {
  for (const [code, list] of Object.entries(municipalities) as [RegionCode, readonly (readonly [string, number])[]][]) {
    if (list.some(([name]) => name === municipality)) return code;
  }
  throw new Error(`demo seed: ${municipality} is in none of the programme's counties`);
}
