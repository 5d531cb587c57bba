import { isRegionCode } from '@smartkompetens/domain';
import type { OccasionInput, OccasionStatus } from '../../../gql/graphql.ts';
import { isIsoDateText } from './dates.ts';
import { checkInteger, checkText, type FieldProblems } from './form-problems.ts';

/** Statuses a provider sets by editing; cancelling is its own action (it cancels enrolments too). */
export const editableOccasionStatuses = ['PLANNED', 'OPEN', 'HELD'] as const satisfies readonly OccasionStatus[];
export type EditableOccasionStatus = (typeof editableOccasionStatuses)[number];

export interface OccasionDraft {
  startsOn: string;
  endsOn: string;
  registrationDeadline: string;
  online: boolean;
  regionCode: string;
  municipality: string;
  seats: string;
  status: EditableOccasionStatus;
}

export function emptyOccasionDraft(regionCode = ''): OccasionDraft {
  return { startsOn: '', endsOn: '', registrationDeadline: '', online: false, regionCode, municipality: '', seats: '', status: 'OPEN' };
}

export interface OccasionLike {
  startsOn: string;
  endsOn: string;
  registrationDeadline: string;
  online: boolean;
  region?: { code: string } | null;
  municipality?: string | null;
  seats: number;
  status: OccasionStatus;
}

export function occasionDraftFrom(occasion: OccasionLike): OccasionDraft {
  const status = (editableOccasionStatuses as readonly string[]).includes(occasion.status) ? (occasion.status as EditableOccasionStatus) : 'OPEN';
  return {
    startsOn: occasion.startsOn,
    endsOn: occasion.endsOn,
    registrationDeadline: occasion.registrationDeadline,
    online: occasion.online,
    regionCode: occasion.region?.code ?? '',
    municipality: occasion.municipality ?? '',
    seats: String(occasion.seats),
    status,
  };
}

/** The API's rules for an occasion: dates in order, a county unless online, 1–1000 seats. */
export function validateOccasionDraft(draft: OccasionDraft): { input: OccasionInput | null; problems: FieldProblems } {
  const problems: FieldProblems = {};
  for (const field of ['startsOn', 'endsOn', 'registrationDeadline'] as const) {
    if (!draft[field]) problems[field] = 'REQUIRED';
    else if (!isIsoDateText(draft[field])) problems[field] = 'INVALID';
  }
  if (!problems.startsOn && !problems.endsOn && draft.endsOn < draft.startsOn) problems.endsOn = 'OUT_OF_RANGE';
  if (!problems.startsOn && !problems.registrationDeadline && draft.registrationDeadline > draft.startsOn) {
    problems.registrationDeadline = 'OUT_OF_RANGE';
  }
  if (!draft.online && !draft.regionCode) problems.regionCode = 'REQUIRED';
  if (draft.regionCode && !isRegionCode(draft.regionCode)) problems.regionCode = 'INVALID';
  const municipality = checkText(problems, 'municipality', draft.municipality, 100);
  const seats = checkInteger(problems, 'seats', draft.seats, 1, 1000);
  if (!(editableOccasionStatuses as readonly string[]).includes(draft.status)) problems.status = 'INVALID';
  if (Object.keys(problems).length) return { input: null, problems };
  return {
    input: {
      startsOn: draft.startsOn,
      endsOn: draft.endsOn,
      registrationDeadline: draft.registrationDeadline,
      online: draft.online,
      regionCode: draft.regionCode || null,
      municipality,
      seats: seats!,
      status: draft.status,
    },
    problems,
  };
}

export const occasionFormFields = ['startsOn', 'endsOn', 'registrationDeadline', 'online', 'regionCode', 'municipality', 'seats', 'status'];
