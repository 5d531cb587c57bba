import type { OccasionStatus } from '@smartkompetens/domain';

export interface OccasionLike {
  id: string;
  startsOn: string;
  status: OccasionStatus;
  seatsLeft: number;
  registrationDeadline: string;
}

/**
 * What a person can do about an occasion now. The API takes registrations for OPEN and FULL
 * occasions until the deadline: a seat while seats last, else the waiting list.
 */
export type RegistrationState = 'open' | 'waitlist' | 'notOpenYet' | 'deadlinePassed' | 'cancelled' | 'held';

export function registrationState(occasion: OccasionLike, today: string): RegistrationState {
  if (occasion.status === 'CANCELLED') return 'cancelled';
  if (occasion.status === 'HELD') return 'held';
  if (occasion.status === 'PLANNED') return 'notOpenYet';
  if (occasion.registrationDeadline < today) return 'deadlinePassed';
  return occasion.status === 'FULL' || occasion.seatsLeft <= 0 ? 'waitlist' : 'open';
}

export function takesRegistrations(occasion: OccasionLike, today: string): boolean {
  const state = registrationState(occasion, today);
  return state === 'open' || state === 'waitlist';
}

/** The occasion to offer first: the soonest with free seats, else the soonest with a waiting list. */
export function defaultOccasion<T extends OccasionLike>(occasions: readonly T[], today: string): T | undefined {
  const open = occasions.filter((o) => takesRegistrations(o, today));
  return open.find((o) => registrationState(o, today) === 'open') ?? open[0];
}

/** Badge tone per registration state: colour is paired with the state's words, never alone. */
export function registrationTone(state: RegistrationState): 'success' | 'warning' | 'muted' | 'critical' | 'info' {
  switch (state) {
    case 'open':
      return 'success';
    case 'waitlist':
      return 'warning';
    case 'cancelled':
      return 'critical';
    case 'notOpenYet':
      return 'info';
    default:
      return 'muted';
  }
}
