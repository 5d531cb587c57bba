import { describe, expect, it } from 'vitest';
import { defaultOccasion, registrationState, takesRegistrations } from './occasion.ts';

const occasion = (patch: Partial<Parameters<typeof registrationState>[0]> = {}) => ({
  id: 'o1',
  startsOn: '2027-02-08',
  status: 'OPEN' as const,
  seatsLeft: 4,
  registrationDeadline: '2027-01-24',
  ...patch,
});

describe('registrationState', () => {
  const today = '2026-12-01';

  it('takes registrations for open occasions until the deadline', () => {
    expect(registrationState(occasion(), today)).toBe('open');
    expect(registrationState(occasion(), '2027-01-24')).toBe('open');
    expect(registrationState(occasion(), '2027-01-25')).toBe('deadlinePassed');
  });

  it('puts people on the waiting list of a full occasion', () => {
    expect(registrationState(occasion({ status: 'FULL', seatsLeft: 0 }), today)).toBe('waitlist');
    expect(registrationState(occasion({ seatsLeft: 0 }), today)).toBe('waitlist');
  });

  it('does not take registrations for planned, cancelled or held occasions', () => {
    expect(registrationState(occasion({ status: 'PLANNED' }), today)).toBe('notOpenYet');
    expect(registrationState(occasion({ status: 'CANCELLED' }), today)).toBe('cancelled');
    expect(registrationState(occasion({ status: 'HELD' }), today)).toBe('held');
    expect(takesRegistrations(occasion({ status: 'PLANNED' }), today)).toBe(false);
  });

  it('offers the soonest occasion with seats first, else the soonest waiting list', () => {
    const full = occasion({ id: 'full', status: 'FULL', seatsLeft: 0 });
    const later = occasion({ id: 'later', startsOn: '2027-05-10' });
    const planned = occasion({ id: 'planned', status: 'PLANNED' });
    expect(defaultOccasion([planned, full, later], today)?.id).toBe('later');
    expect(defaultOccasion([planned, full], today)?.id).toBe('full');
    expect(defaultOccasion([planned], today)).toBeUndefined();
  });
});
