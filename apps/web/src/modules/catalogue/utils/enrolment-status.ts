import type { EnrolmentStatus } from '@smartkompetens/domain';

/** What can be done with an enrolment, by whom: the same rules the API enforces. */
export type EnrolmentAction = 'approve' | 'acceptOffer' | 'declineOffer' | 'cancel' | 'recordOutcome' | 'rate';

export type EnrolmentActor = 'COMPANY_ADMIN' | 'EMPLOYEE';

/** Live enrolments hold a seat or a place in the queue; the rest are history. */
export const liveStatuses: readonly EnrolmentStatus[] = ['REQUESTED', 'WAITLISTED', 'OFFERED', 'CONFIRMED'];
export const doneStatuses: readonly EnrolmentStatus[] = ['ATTENDED', 'COMPLETED', 'NO_SHOW', 'CANCELLED'];

/** The order a firm works through its enrolments: what needs a decision first. */
export const statusOrder: readonly EnrolmentStatus[] = [
  'REQUESTED',
  'OFFERED',
  'WAITLISTED',
  'CONFIRMED',
  'ATTENDED',
  'COMPLETED',
  'NO_SHOW',
  'CANCELLED',
];

export function isLive(status: EnrolmentStatus): boolean {
  return liveStatuses.includes(status);
}

/**
 * Actions for one enrolment. `started` is whether the occasion has begun (today on or after its
 * first day): attendance is recorded only then, and a confirmed seat is no longer cancelled.
 */
export function enrolmentActions(status: EnrolmentStatus, actor: EnrolmentActor, started: boolean): EnrolmentAction[] {
  const actions: EnrolmentAction[] = [];
  if (status === 'REQUESTED') {
    if (actor === 'COMPANY_ADMIN') actions.push('approve');
    actions.push('cancel');
  }
  if (status === 'OFFERED') actions.push('acceptOffer', 'declineOffer');
  if (status === 'WAITLISTED') actions.push('cancel');
  if (status === 'CONFIRMED') {
    if (!started) actions.push('cancel');
    if (started && actor === 'COMPANY_ADMIN') actions.push('recordOutcome');
  }
  if ((status === 'ATTENDED' || status === 'COMPLETED') && actor === 'EMPLOYEE') actions.push('rate');
  if ((status === 'ATTENDED' || status === 'NO_SHOW') && actor === 'COMPANY_ADMIN' && started) actions.push('recordOutcome');
  return actions;
}

/**
 * The words for an action: cancelling a request is withdrawing it (the employee) or turning it
 * down (the admin), not cancelling a booking.
 */
export function actionLabel(action: EnrolmentAction, status: EnrolmentStatus, actor: EnrolmentActor): string {
  if (action === 'cancel' && status === 'REQUESTED') return actor === 'EMPLOYEE' ? 'withdraw' : 'reject';
  if (action === 'cancel' && status === 'WAITLISTED') return 'leaveWaitlist';
  return action;
}

/** Actions that undo something the person or firm agreed to ask before they run. */
export function needsConfirmation(action: EnrolmentAction, status: EnrolmentStatus): boolean {
  return action === 'declineOffer' || (action === 'cancel' && (status === 'CONFIRMED' || status === 'WAITLISTED'));
}

export type StatusTone = 'info' | 'success' | 'warning' | 'muted' | 'critical' | 'accent';

/** Badge tone per status; the status is always written out too, so colour is never the only cue. */
export function statusTone(status: EnrolmentStatus): StatusTone {
  switch (status) {
    case 'REQUESTED':
      return 'info';
    case 'OFFERED':
      return 'accent';
    case 'WAITLISTED':
      return 'warning';
    case 'CONFIRMED':
    case 'ATTENDED':
    case 'COMPLETED':
      return 'success';
    case 'NO_SHOW':
      return 'critical';
    default:
      return 'muted';
  }
}

/** Groups enrolments by status in `statusOrder`, leaving out empty groups. */
export function groupByStatus<T extends { status: EnrolmentStatus }>(items: readonly T[]): { status: EnrolmentStatus; items: T[] }[] {
  return statusOrder
    .map((status) => ({ status, items: items.filter((i) => i.status === status) }))
    .filter((group) => group.items.length > 0);
}
