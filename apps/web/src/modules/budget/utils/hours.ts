/**
 * Participant time travels in whole minutes; people read and type hours with up to two
 * decimals (`7,5` or `7.5`). Minutes are rounded to the nearest whole minute.
 */

/** At most a month of round-the-clock training: anything more is a typing mistake. */
export const MAX_MONTH_MINUTES = 31 * 24 * 60;

export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** Hours as a person types them into minutes; null when it is not a number of hours. */
export function parseHours(input: string): number | null {
  const cleaned = input.replace(/[\s\u00a0]/g, '').replace(/h$/i, '').replace(',', '.');
  if (!/^\d+(?:\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 60);
}

/** Minutes as hours for a text box: the decimal comma in Swedish, no trailing zeros. */
export function minutesToHoursText(minutes: number, locale: string): string {
  const text = String(minutesToHours(minutes));
  return locale.startsWith('sv') ? text.replace('.', ',') : text;
}

export type AttestProblem = 'REQUIRED' | 'INVALID' | 'OUT_OF_RANGE' | 'REASON_REQUIRED';

export interface AttestDraft {
  hours: string;
  reason: string;
}

/**
 * The attestation form's rules, as the API states them: hours from 0 to a month's worth, and a
 * reason whenever they differ from the planned time.
 */
export function validateAttest(draft: AttestDraft, plannedMinutes: number): { minutes: number | null; problems: Partial<Record<'hours' | 'reason', AttestProblem>> } {
  const problems: Partial<Record<'hours' | 'reason', AttestProblem>> = {};
  let minutes: number | null = null;
  if (!draft.hours.trim()) problems.hours = 'REQUIRED';
  else {
    minutes = parseHours(draft.hours);
    if (minutes === null) problems.hours = 'INVALID';
    else if (minutes > MAX_MONTH_MINUTES) problems.hours = 'OUT_OF_RANGE';
  }
  if (minutes !== null && !problems.hours && minutes !== plannedMinutes && !draft.reason.trim()) problems.reason = 'REASON_REQUIRED';
  return { minutes: problems.hours ? null : minutes, problems };
}
