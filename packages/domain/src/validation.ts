/** A rule broken by one input field; `field` is the path inside the input object. */
export interface InputProblem {
  field: string[];
  code: 'REQUIRED' | 'INVALID' | 'TOO_LONG' | 'OUT_OF_RANGE';
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

/** Trims text and reports REQUIRED / TOO_LONG; returns undefined when the text is unusable. */
export function requiredText(problems: InputProblem[], field: string, value: unknown, max: number): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) {
    problems.push({ field: [field], code: 'REQUIRED', message: 'Required' });
    return undefined;
  }
  if (text.length > max) {
    problems.push({ field: [field], code: 'TOO_LONG', message: `At most ${max} characters` });
    return undefined;
  }
  return text;
}

/** Like requiredText, but empty means null. */
export function optionalText(problems: InputProblem[], field: string, value: unknown, max: number): string | null {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return null;
  return requiredText(problems, field, value, max) ?? null;
}

// Deliberately loose: one @, something on both sides, a dot in the domain. Delivery proves the rest.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value) && value.length <= 254;
}

/** A real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Passwords people choose when accepting an invitation: long rather than complex (NIST SP 800-63B). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

export function isAcceptablePassword(value: string): boolean {
  return value.length >= MIN_PASSWORD_LENGTH && value.length <= MAX_PASSWORD_LENGTH;
}
