import { parseKronor } from '@smartkompetens/domain';
import type { CourseOfferInput, CourseRequestInput } from '../../../gql/graphql.ts';
import { isIsoDateText } from './dates.ts';
import { checkInteger, checkText, type FieldProblems } from './form-problems.ts';

/** 100 MSEK in öre: the API's ceiling for one offer. */
export const MAX_OFFER_PRICE_ORE = 10_000_000_000n;
export const MAX_NOTE_LENGTH = 2000;

export interface OfferDraft {
  courseId: string;
  /** Kronor for the whole occasion, as typed. */
  price: string;
  startsOn: string;
  endsOn: string;
  note: string;
}

function checkDates(problems: FieldProblems, fromField: string, from: string, toField: string, to: string, today: string): void {
  for (const [field, value] of [
    [fromField, from],
    [toField, to],
  ] as const) {
    if (!value) problems[field] = 'REQUIRED';
    else if (!isIsoDateText(value)) problems[field] = 'INVALID';
  }
  if (problems[fromField] || problems[toField]) return;
  if (to < from) problems[toField] = 'OUT_OF_RANGE';
  else if (to < today) problems[toField] = 'OUT_OF_RANGE';
}

/** A provider's offer on a course request: one of its courses, a price for the whole occasion, dates. */
export function validateOffer(draft: OfferDraft, today: string): { input: CourseOfferInput | null; problems: FieldProblems } {
  const problems: FieldProblems = {};
  if (!draft.courseId) problems.courseId = 'REQUIRED';
  let price: bigint | null = null;
  if (!draft.price.trim()) problems.price = 'REQUIRED';
  else {
    price = parseKronor(draft.price);
    if (price === null) problems.price = 'INVALID';
    else if (price < 0n || price > MAX_OFFER_PRICE_ORE) problems.price = 'OUT_OF_RANGE';
  }
  checkDates(problems, 'startsOn', draft.startsOn, 'endsOn', draft.endsOn, today);
  if (!problems.startsOn && draft.startsOn < today) problems.startsOn = 'OUT_OF_RANGE';
  const note = checkText(problems, 'note', draft.note, MAX_NOTE_LENGTH);
  if (Object.keys(problems).length || price === null) return { input: null, problems };
  return { input: { courseId: draft.courseId, price: price.toString(), startsOn: draft.startsOn, endsOn: draft.endsOn, note }, problems };
}

export interface RequestDraft {
  competenceIds: string[];
  participants: string;
  wantedFrom: string;
  wantedTo: string;
  note: string;
}

/** A request for a tailored (or, from a region admin, joint) course. */
export function validateRequest(draft: RequestDraft, today: string): { input: CourseRequestInput | null; problems: FieldProblems } {
  const problems: FieldProblems = {};
  if (draft.competenceIds.length === 0) problems.competenceIds = 'REQUIRED';
  else if (new Set(draft.competenceIds).size !== draft.competenceIds.length) problems.competenceIds = 'DUPLICATE';
  const participants = checkInteger(problems, 'participants', draft.participants, 1, 500);
  checkDates(problems, 'wantedFrom', draft.wantedFrom, 'wantedTo', draft.wantedTo, today);
  const note = checkText(problems, 'note', draft.note, MAX_NOTE_LENGTH);
  if (Object.keys(problems).length) return { input: null, problems };
  return { input: { competenceIds: draft.competenceIds, participants: participants!, wantedFrom: draft.wantedFrom, wantedTo: draft.wantedTo, note }, problems };
}
