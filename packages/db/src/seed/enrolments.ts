import type { EnrolmentStatus } from '@smartkompetens/domain';
import { fixedOccasions, LAST_ACTIVITY_DAY, LAST_PAST_END, NEAR_FUTURE_END } from './catalogue-story.ts';
import { benefitOf, type NeedsByPerson } from './course-needs.ts';
import { addDays, daysBetween } from './dates.ts';
import type { PlannedOccasion } from './occasions.ts';
import { Random } from './random.ts';
import type { SeededFirm, SeededPerson } from './staff.ts';

export interface PlannedEvaluation {
  rating: number;
  comment: string | null;
  createdAt: Date;
}

export interface PlannedEnrolment {
  occasion: PlannedOccasion;
  person: SeededPerson;
  companyId: string;
  status: EnrolmentStatus;
  requestedByUserId: string | null;
  waitlistedAt: Date | null;
  cancelledAt: Date | null;
  note: string | null;
  createdAt: Date;
  updatedAt: Date;
  evaluation: PlannedEvaluation | null;
}

export interface EnrolmentSeedInput {
  seed: number;
  occasions: readonly PlannedOccasion[];
  firms: readonly SeededFirm[];
  needs: NeedsByPerson;
  demoCompanyId: string;
  demoEmployeeId: string;
  /** The demo firm's HR login books its people; the demo employee books their own. */
  companyAdminUserId: string;
  employeeUserId: string;
}

/** Live enrolments a person holds at most: nobody is away on courses all year. */
const MAX_LIVE_PER_PERSON = 3;
/**
 * How strongly a candidate is preferred: a gap over mere growth; the programme's Uppsala firms,
 * and the demo firm among them, over the rest (online occasions draw from every county); and
 * people with fewer courses already booked.
 */
const GAP_WEIGHT = 3;
const UPPSALA_WEIGHT = 10;
const DEMO_FIRM_WEIGHT = 2;
const LOAD_PENALTY = 1.5;
const outcomes: readonly (readonly [EnrolmentStatus, number])[] = [
  ['COMPLETED', 80],
  ['ATTENDED', 10],
  ['NO_SHOW', 10],
];
const EVALUATED_SHARE = 0.7;
const ratings: readonly (readonly [number, number])[] = [
  [5, 30],
  [4, 42],
  [3, 20],
  [2, 8],
];
const COMMENTED_SHARE = 0.45;
const comments: Readonly<Record<number, readonly string[]>> = {
  5: [
    'Mycket bra lärare som verkligen kunde verkstaden.',
    'Bästa kursen jag gått. Direkt användbar i jobbet.',
    'Bra blandning av teori och praktik, och gott om tid vid maskinerna.',
  ],
  4: [
    'Bra kurs, men lite för mycket teori första dagen.',
    'Nyttigt att träffa folk från andra företag i länet.',
    'Bra övningar. Hade gärna haft en dag till.',
  ],
  3: ['Okej, men mycket var repetition för mig.', 'Trångt i lokalen och svårt att få tid vid maskinerna.', 'Bra innehåll men högt tempo.'],
  2: ['För grundläggande för min nivå.', 'Kursmaterialet stämde dåligt med våra maskiner.'],
};
/** An employee's own wish waits for the firm's admin; the demo firm's people ask more often. */
const REQUESTED_SHARE = 0.08;
const DEMO_FIRM_REQUESTED_SHARE = 0.25;
const requestNotes = ['Vill gärna gå kursen före sommaren.', 'Behöver kursen för att kunna ta över efter en kollega som går i pension.', 'Har pratat med min chef.'];
const CANCELLED_ONE_SHARE = 0.15;
const cancelNotes = ['Förhindrad på grund av sjukdom.', 'Kunde inte gå ifrån produktionen den veckan.', 'Byter till ett senare tillfälle.'];
const OCCASION_CANCELLED_NOTE = 'Tillfället ställdes in: för få anmälda.';
/** From when future occasions took bookings. */
const BOOKINGS_OPENED = '2026-09-15';
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

interface Candidate {
  firm: SeededFirm;
  person: SeededPerson;
}

interface StatusContext {
  /** The demo employee heads the list and keeps the status the story gives them. */
  demoFirst: boolean;
  demoCompanyId: string;
}

interface Roster {
  /** Seat-holders, the demo employee and an offered seat included. */
  holders: number;
  waitlisted: number;
  cancelled: number;
  offered: boolean;
}

/**
 * Who goes on which occasion. Occasions are filled one by one, the story's first, from the people
 * a course helps: those with a gap first, Uppsala firms and the demo firm above others, and
 * nobody with more than three live enrolments or on the same course twice. Located occasions
 * take people from their own county, online ones from anywhere, tailored ones from their firm.
 */
export function planEnrolments(input: EnrolmentSeedInput): PlannedEnrolment[] {
  const people: Candidate[] = input.firms.flatMap((firm) => firm.people.map((person) => ({ firm, person })));
  const demo = people.find((c) => c.person.id === input.demoEmployeeId);
  if (!demo) throw new Error('demo seed: the demo employee is missing from the firms');
  const courses = new Map<string, Set<string>>();
  const load = new Map<string, number>();
  const out: PlannedEnrolment[] = [];

  const isFixed = (o: PlannedOccasion) => o.fixed !== undefined;
  const order = [
    ...fixedOccasions.flatMap((f) => input.occasions.filter((o) => o.fixed === f)),
    // Code-unit order, not the locale's, so every machine fills occasions in the same order.
    ...input.occasions.filter((o) => !isFixed(o)).sort((a, b) => compare(a.startsOn, b.startsOn) || compare(a.course.titleSv, b.course.titleSv)),
  ];

  for (const occasion of order) {
    const random = Random.forLabel(input.seed, `enrolments:${occasion.course.titleSv}|${occasion.startsOn}`);
    const roster = rosterOf(occasion, random);
    const wanted = roster.holders + roster.waitlisted + roster.cancelled;
    if (wanted === 0) continue;

    const demoStatus = occasion.fixed?.demoEmployee;
    const picked = [...(demoStatus ? [demo] : []), ...ranked(occasion, people, random)].slice(0, wanted);
    if (occasion.status === 'FULL' && picked.length < wanted) {
      throw new Error(`demo seed: too few people to fill ${occasion.course.titleSv} on ${occasion.startsOn}`);
    }
    const times = bookingTimes(occasion, picked.length, random);
    const rows = picked.map((candidate, index) => {
      const createdAt = times[index] as Date;
      const row: PlannedEnrolment = {
        occasion,
        person: candidate.person,
        companyId: candidate.firm.companyId,
        status: 'CONFIRMED',
        requestedByUserId: null,
        waitlistedAt: null,
        cancelledAt: null,
        note: null,
        createdAt,
        updatedAt: createdAt,
        evaluation: null,
      };
      return row;
    });
    assignStatuses(occasion, roster, rows, random, { demoFirst: demoStatus !== undefined, demoCompanyId: input.demoCompanyId });

    for (const row of rows) {
      const id = row.person.id;
      if (id === input.demoEmployeeId) row.requestedByUserId = input.employeeUserId;
      else if (row.companyId === input.demoCompanyId && row.status !== 'REQUESTED') row.requestedByUserId = input.companyAdminUserId;
      if (row.status === 'COMPLETED') row.evaluation = evaluate(row, random, id === input.demoEmployeeId);
      if (row.status === 'CANCELLED') continue;
      courses.set(id, (courses.get(id) ?? new Set()).add(occasion.course.titleSv));
      load.set(id, (load.get(id) ?? 0) + 1);
    }
    out.push(...rows);
  }
  return out;

  function ranked(occasion: PlannedOccasion, candidates: readonly Candidate[], random: Random): Candidate[] {
    const keyed: { candidate: Candidate; key: number }[] = [];
    for (const candidate of candidates) {
      const weight = weightOf(occasion, candidate);
      // Weighted sampling without replacement (Efraimidis–Spirakis): the largest keys win.
      if (weight > 0) keyed.push({ candidate, key: random.next() ** (1 / weight) });
    }
    return keyed.sort((a, b) => b.key - a.key).map((k) => k.candidate);
  }

  function weightOf(occasion: PlannedOccasion, { firm, person }: Candidate): number {
    if (person.id === input.demoEmployeeId) return 0;
    if (occasion.tailoredFor !== null && firm !== occasion.tailoredFor) return 0;
    if (occasion.fixed?.fromFirms && !occasion.fixed.fromFirms.includes(firm.seed.row.name)) return 0;
    if (!occasion.online && occasion.tailoredFor === null && firm.seed.row.regionCode !== occasion.regionCode) return 0;
    const held = load.get(person.id) ?? 0;
    if (held >= MAX_LIVE_PER_PERSON || courses.get(person.id)?.has(occasion.course.titleSv)) return 0;
    const benefit = benefitOf(person, input.needs.get(person.id), occasion.course);
    if (benefit === 'NONE') return 0;
    let weight = benefit === 'GAP' ? GAP_WEIGHT : 1;
    if (firm.seed.row.regionCode === '03') weight *= UPPSALA_WEIGHT;
    if (firm.companyId === input.demoCompanyId) weight *= DEMO_FIRM_WEIGHT;
    return weight / (1 + LOAD_PENALTY * held);
  }
}

function rosterOf(occasion: PlannedOccasion, random: Random): Roster {
  const fixed = occasion.fixed;
  switch (occasion.status) {
    case 'PLANNED':
      return { holders: 0, waitlisted: 0, cancelled: 0, offered: false };
    case 'CANCELLED':
      return { holders: 0, waitlisted: 0, cancelled: random.int(1, 4), offered: false };
    case 'FULL': {
      const offered = fixed?.offered ?? false;
      return { holders: occasion.seats, waitlisted: fixed?.waitlisted ?? random.int(2, 4), cancelled: offered ? 1 : 0, offered };
    }
    default: {
      if (fixed?.enrolled !== undefined) return { holders: fixed.enrolled, waitlisted: 0, cancelled: 0, offered: false };
      const local = occasion.tailoredFor !== null || occasion.regionCode === '03';
      const [low, high] = occasion.online ? [0.15, 0.35] : local ? [0.45, 0.8] : [0.05, 0.2];
      let share = low + random.next() * (high - low);
      if (occasion.status === 'OPEN') share *= occasion.startsOn > NEAR_FUTURE_END ? 0.35 : 0.75;
      return {
        holders: Math.max(1, Math.round(occasion.seats * share)),
        waitlisted: 0,
        cancelled: random.chance(CANCELLED_ONE_SHARE) ? 1 : 0,
        offered: false,
      };
    }
  }
}

/**
 * Statuses in booking order: seat-holders booked first, then anyone who later dropped out, then
 * the waiting list. On a full occasion with an offered seat, the one who gave their seat back
 * comes before the waiting list, and the first on the list is offered the seat.
 */
function assignStatuses(occasion: PlannedOccasion, roster: Roster, rows: PlannedEnrolment[], random: Random, context: StatusContext): void {
  const holding = roster.offered ? roster.holders - 1 : roster.holders;
  const lastBooking = rows.at(-1)?.createdAt ?? at(LAST_ACTIVITY_DAY, 600);
  rows.forEach((row, index) => {
    const demo = context.demoFirst && index === 0;
    if (occasion.status === 'CANCELLED') return cancel(row, at(occasion.registrationDeadline, 600), OCCASION_CANCELLED_NOTE);
    if (index < holding) {
      if (occasion.status === 'HELD') {
        row.status = demo ? 'COMPLETED' : random.weighted(outcomes);
        row.updatedAt = at(addDays(occasion.endsOn, 1), 840);
      } else if (occasion.status === 'OPEN' && !demo) {
        const share = row.companyId === context.demoCompanyId ? DEMO_FIRM_REQUESTED_SHARE : REQUESTED_SHARE;
        if (random.chance(share)) {
          row.status = 'REQUESTED';
          row.note = random.chance(0.5) ? random.pick(requestNotes) : null;
        }
      }
      return;
    }
    if (index < holding + roster.cancelled) {
      // A seat given back on a full occasion is given back once the waiting list has formed.
      if (roster.offered) return cancel(row, new Date(lastBooking.getTime() + 2 * HOUR_MS), random.pick(cancelNotes));
      const latest = occasion.status === 'HELD' ? at(addDays(occasion.startsOn, -1), 900) : at(LAST_ACTIVITY_DAY, 960);
      const drawn = new Date(row.createdAt.getTime() + random.int(1, 14) * DAY_MS);
      return cancel(row, drawn < latest ? drawn : latest, random.chance(0.6) ? random.pick(cancelNotes) : null);
    }
    row.waitlistedAt = row.createdAt;
    row.status = 'WAITLISTED';
    if (roster.offered && index === holding + roster.cancelled) {
      row.status = 'OFFERED';
      row.updatedAt = new Date(lastBooking.getTime() + 3 * HOUR_MS);
    }
  });
}

function cancel(row: PlannedEnrolment, cancelledAt: Date, note: string | null): void {
  row.status = 'CANCELLED';
  row.cancelledAt = cancelledAt;
  row.updatedAt = cancelledAt;
  row.note = note;
}

function evaluate(row: PlannedEnrolment, random: Random, always: boolean): PlannedEvaluation | null {
  if (!always && !random.chance(EVALUATED_SHARE)) return null;
  const rating = always ? 4 : random.weighted(ratings);
  const comment = always || random.chance(COMMENTED_SHARE) ? random.pick(comments[rating] ?? []) : null;
  return { rating, comment, createdAt: at(addDays(row.occasion.endsOn, random.int(1, 6)), random.int(420, 1_200)) };
}

/**
 * When each booking was made, in order: before the registration deadline of a past occasion, or
 * between the opening of bookings and the last activity day for one still to come.
 */
function bookingTimes(occasion: PlannedOccasion, count: number, random: Random): Date[] {
  const past = occasion.startsOn <= LAST_PAST_END;
  const to = past ? addDays(occasion.registrationDeadline, -1) : min(LAST_ACTIVITY_DAY, occasion.registrationDeadline);
  let from = past ? addDays(occasion.startsOn, -75) : max(BOOKINGS_OPENED, addDays(occasion.startsOn, -150));
  if (from > to) from = addDays(to, -14);
  const span = daysBetween(from, to);
  const times = Array.from({ length: count }, () => at(addDays(from, random.int(0, span)), random.int(420, 960)));
  return times.sort((a, b) => a.getTime() - b.getTime());
}

/** A moment on a day: minutes after midnight UTC. */
function at(date: string, minutes: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function min(a: string, b: string): string {
  return a < b ? a : b;
}

function max(a: string, b: string): string {
  return a > b ? a : b;
}
