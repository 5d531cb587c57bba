import { describe, expect, it } from 'vitest';
import { actionLabel, enrolmentActions, groupByStatus, isLive, needsConfirmation, statusTone } from './enrolment-status.ts';

describe('enrolment actions', () => {
  it('lets a company admin approve or turn down a request', () => {
    expect(enrolmentActions('REQUESTED', 'COMPANY_ADMIN', false)).toEqual(['approve', 'cancel']);
  });

  it('lets the employee withdraw their own request, but not approve it', () => {
    expect(enrolmentActions('REQUESTED', 'EMPLOYEE', false)).toEqual(['cancel']);
  });

  it('offers accepting or declining an offered seat to both', () => {
    expect(enrolmentActions('OFFERED', 'EMPLOYEE', false)).toEqual(['acceptOffer', 'declineOffer']);
    expect(enrolmentActions('OFFERED', 'COMPANY_ADMIN', false)).toEqual(['acceptOffer', 'declineOffer']);
  });

  it('cancels a confirmed seat before the start; afterwards the firm records the outcome', () => {
    expect(enrolmentActions('CONFIRMED', 'COMPANY_ADMIN', false)).toEqual(['cancel']);
    expect(enrolmentActions('CONFIRMED', 'COMPANY_ADMIN', true)).toEqual(['recordOutcome']);
    expect(enrolmentActions('CONFIRMED', 'EMPLOYEE', true)).toEqual([]);
  });

  it('lets a participant rate a course they took part in', () => {
    expect(enrolmentActions('COMPLETED', 'EMPLOYEE', true)).toEqual(['rate']);
    expect(enrolmentActions('ATTENDED', 'EMPLOYEE', true)).toEqual(['rate']);
    expect(enrolmentActions('NO_SHOW', 'EMPLOYEE', true)).toEqual([]);
  });

  it('leaves cancelled enrolments alone', () => {
    expect(enrolmentActions('CANCELLED', 'COMPANY_ADMIN', true)).toEqual([]);
    expect(enrolmentActions('CANCELLED', 'EMPLOYEE', false)).toEqual([]);
  });

  it('asks first before giving up a seat or a place in the queue, not before withdrawing a request', () => {
    expect(needsConfirmation('cancel', 'CONFIRMED')).toBe(true);
    expect(needsConfirmation('cancel', 'WAITLISTED')).toBe(true);
    expect(needsConfirmation('declineOffer', 'OFFERED')).toBe(true);
    expect(needsConfirmation('cancel', 'REQUESTED')).toBe(false);
    expect(needsConfirmation('approve', 'REQUESTED')).toBe(false);
  });
});

describe('action labels', () => {
  it('call cancelling a request withdrawing or turning it down, and a queue place leaving it', () => {
    expect(actionLabel('cancel', 'REQUESTED', 'EMPLOYEE')).toBe('withdraw');
    expect(actionLabel('cancel', 'REQUESTED', 'COMPANY_ADMIN')).toBe('reject');
    expect(actionLabel('cancel', 'WAITLISTED', 'EMPLOYEE')).toBe('leaveWaitlist');
    expect(actionLabel('cancel', 'CONFIRMED', 'COMPANY_ADMIN')).toBe('cancel');
    expect(actionLabel('approve', 'REQUESTED', 'COMPANY_ADMIN')).toBe('approve');
  });
});

describe('enrolment status labels', () => {
  it('gives every status a tone, the same for a seat held and a course done', () => {
    expect(statusTone('CONFIRMED')).toBe('success');
    expect(statusTone('COMPLETED')).toBe('success');
    expect(statusTone('WAITLISTED')).toBe('warning');
    expect(statusTone('REQUESTED')).toBe('info');
    expect(statusTone('OFFERED')).toBe('accent');
    expect(statusTone('NO_SHOW')).toBe('critical');
    expect(statusTone('CANCELLED')).toBe('muted');
  });

  it('tells live enrolments from history', () => {
    expect(['REQUESTED', 'WAITLISTED', 'OFFERED', 'CONFIRMED'].every((s) => isLive(s as never))).toBe(true);
    expect(['CANCELLED', 'ATTENDED', 'COMPLETED', 'NO_SHOW'].some((s) => isLive(s as never))).toBe(false);
  });

  it('groups what needs a decision first and drops empty groups', () => {
    const items = [
      { id: 1, status: 'CONFIRMED' as const },
      { id: 2, status: 'REQUESTED' as const },
      { id: 3, status: 'CONFIRMED' as const },
      { id: 4, status: 'OFFERED' as const },
    ];
    expect(groupByStatus(items).map((g) => [g.status, g.items.map((i) => i.id)])).toEqual([
      ['REQUESTED', [2]],
      ['OFFERED', [4]],
      ['CONFIRMED', [1, 3]],
    ]);
  });
});
