import type { OccasionStatus } from '@smartkompetens/domain';
import { DEMO_COMPANY_NAME } from './companies.ts';
import { PARTNER_PROVIDER_NAME } from './providers.ts';

/**
 * The catalogue's calendar. The demo is shown in late 2026, in real time, so occasion statuses
 * are drawn as of a fixed day rather than "today": everything ending by LAST_PAST_END has been
 * held (or cancelled); everything else starts on or after FIRST_FUTURE_START and takes
 * registrations until a deadline on or after CATALOGUE_DATE. The gap between the two keeps
 * an occasion from being "open" and already over while the demo is being shown.
 */
export const CATALOGUE_DATE = '2026-12-01';
export const FIRST_PAST_START = '2026-09-07';
export const LAST_PAST_END = '2026-11-20';
export const FIRST_FUTURE_START = '2026-12-14';
export const LAST_FUTURE_END = '2027-12-17';
/** The six months from CATALOGUE_DATE in which "is there a course to book?" is asked. */
export const NEAR_FUTURE_END = '2027-05-31';
/** Nobody is away on a course over Christmas or in the industrial summer holiday (weeks 26–31). */
export const HOLIDAYS: readonly (readonly [from: string, to: string])[] = [
  ['2026-12-19', '2027-01-10'],
  ['2027-06-26', '2027-08-08'],
];
/** Activity on future occasions (bookings, cancellations, waiting lists) happened before this day. */
export const LAST_ACTIVITY_DAY = '2026-11-25';

/** What the demo and the tests can rely on in the training catalogue. */
export const CATALOGUE_STORY = {
  companyName: DEMO_COMPANY_NAME,
  /** Teknikcollege's course for Fyrisgjuteriet's top gap, casting technology. */
  castingCourse: 'Gjutteknik och gjutdefekter',
  /** Teknikcollege's course for its single point of knowledge, CNC programming. */
  cncCourse: 'CNC-programmering i Siemens Sinumerik',
  /** Future occasions with every seat taken and people waiting. */
  fullOccasions: [
    { course: 'Gjutteknik och gjutdefekter', startsOn: '2027-01-18' },
    { course: '5S och standardiserat arbete', startsOn: '2027-02-15' },
  ],
  /** An occasion only the demo firm's people may join (beställd utbildning). */
  tailoredOccasion: { course: 'Formning och kärntillverkning', startsOn: '2027-03-01' },
  demoEmployee: {
    completed: { course: '5S och standardiserat arbete', startsOn: '2026-10-19' },
    confirmed: { course: 'CNC-programmering i Siemens Sinumerik', startsOn: '2027-02-08' },
  },
  /**
   * Competences Uppsala firms have gaps in and cannot be trained in soon: no course at all, or
   * no occasion anywhere in the six months from CATALOGUE_DATE. Every other course has an
   * occasion in those months.
   */
  unmetInUppsala: ['powder-metallurgy', 'process-control', 'forging-pressing'],
  /** Only a basic course exists: nobody teaches the advanced level coil winders need. */
  basicOnly: { competence: 'coil-winding', highestTarget: 2 },
  /** The demo firm asks for a tailored casting course: the January one is full, the next is in the autumn. */
  firmRequest: { competence: 'casting-technology', participants: 6, wantedFrom: '2027-02-01', wantedTo: '2027-04-30' },
  /** Region Uppsala gathers three firms with the same gap into one class; Teknikcollege has offered it. */
  regionRequest: {
    competence: 'drawing-reading-gdt',
    firms: ['Bålsta Finmekaniska AB', 'Enköpings Karosseri AB', 'Tierps Mikromotor AB'],
    participants: 12,
    wantedFrom: '2027-03-01',
    wantedTo: '2027-05-31',
    offer: { provider: PARTNER_PROVIDER_NAME, course: 'Ritningsläsning och GD&T', priceKr: 96_000, startsOn: '2027-04-12', endsOn: '2027-04-14' },
  },
} as const;

/** A hand-placed occasion of the story; every other occasion is drawn. */
export interface FixedOccasion {
  course: string;
  startsOn: string;
  municipality: string;
  seats: number;
  status: OccasionStatus;
  /** Only this firm's people may enrol. */
  tailoredFor?: string;
  /** The story decides whose people went: only these firms' people are enrolled. */
  fromFirms?: readonly string[];
  /** How many people take part, or hold a seat before the occasion; FULL ones fill every seat. */
  enrolled?: number;
  waitlisted?: number;
  /** A seat was given back, and is offered to the first person on the waiting list. */
  offered?: boolean;
  /** The demo employee's enrolment on this occasion. */
  demoEmployee?: 'COMPLETED' | 'CONFIRMED';
}

/**
 * Fyrisgjuteriet's casting technology story: five of its people took the autumn course, the
 * January one filled up with two more waiting, and the next is not until autumn 2027, so
 * the firm asks for a tailored course (see requests.ts).
 */
export const fixedOccasions: readonly FixedOccasion[] = [
  { course: CATALOGUE_STORY.castingCourse, startsOn: '2026-10-05', municipality: 'Uppsala', seats: 12, status: 'HELD', enrolled: 5 },
  { course: CATALOGUE_STORY.castingCourse, startsOn: '2027-01-18', municipality: 'Uppsala', seats: 8, status: 'FULL', waitlisted: 2 },
  { course: CATALOGUE_STORY.castingCourse, startsOn: '2027-09-13', municipality: 'Uppsala', seats: 12, status: 'PLANNED' },
  // The demo firm's CNC operators could not be spared in September: its gap is still open.
  {
    course: CATALOGUE_STORY.cncCourse,
    startsOn: '2026-09-21',
    municipality: 'Uppsala',
    seats: 10,
    status: 'HELD',
    enrolled: 4,
    fromFirms: ['Bålsta Finmekaniska AB', 'Enköpings Karosseri AB', 'Tierps Mikromotor AB'],
  },
  { course: CATALOGUE_STORY.cncCourse, startsOn: '2027-02-08', municipality: 'Uppsala', seats: 10, status: 'OPEN', enrolled: 6, demoEmployee: 'CONFIRMED' },
  { course: CATALOGUE_STORY.cncCourse, startsOn: '2027-10-04', municipality: 'Enköping', seats: 10, status: 'PLANNED' },
  { course: '5S och standardiserat arbete', startsOn: '2026-10-19', municipality: 'Uppsala', seats: 16, status: 'HELD', enrolled: 13, demoEmployee: 'COMPLETED' },
  { course: '5S och standardiserat arbete', startsOn: '2027-02-15', municipality: 'Enköping', seats: 16, status: 'FULL', waitlisted: 3, offered: true },
  { course: '5S och standardiserat arbete', startsOn: '2027-05-10', municipality: 'Tierp', seats: 14, status: 'OPEN' },
  // Unmet demand: the only courses in forging and in process control are far off until autumn 2027.
  { course: 'Smide och valsning – processkunskap', startsOn: '2026-10-12', municipality: 'Eskilstuna', seats: 10, status: 'HELD' },
  { course: 'Smide och valsning – processkunskap', startsOn: '2027-09-20', municipality: 'Eskilstuna', seats: 12, status: 'OPEN' },
  { course: 'Processövervakning och styrsystem', startsOn: '2026-11-02', municipality: 'Västerås', seats: 12, status: 'HELD' },
  { course: 'Processövervakning och styrsystem', startsOn: '2027-08-23', municipality: 'Västerås', seats: 12, status: 'PLANNED' },
  {
    course: CATALOGUE_STORY.tailoredOccasion.course,
    startsOn: CATALOGUE_STORY.tailoredOccasion.startsOn,
    municipality: 'Uppsala',
    seats: 8,
    status: 'OPEN',
    tailoredFor: DEMO_COMPANY_NAME,
    enrolled: 5,
  },
];
