/**
 * Calendar arithmetic on the API's `Date` scalar (YYYY-MM-DD), done on strings and UTC dates so
 * a month or quarter never shifts with the browser's time zone.
 */

export type Quarter = 1 | 2 | 3 | 4;

/** A report period as the funder report offers it: a quarter of a year, or the whole year. */
export interface ReportPeriod {
  year: number;
  /** Null for the whole year. */
  quarter: Quarter | null;
}

export interface DateRange {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The last day of a month (1–12). */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today in the programme's time zone: the books follow Swedish calendar days. */
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function periodRange({ year, quarter }: ReportPeriod): DateRange {
  if (quarter === null) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const first = (quarter - 1) * 3 + 1;
  const last = first + 2;
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

/** The quarter a date falls in. */
export function quarterOf(date: string): ReportPeriod {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as Quarter };
}

/** `2026-Q3` or `2026` in a URL; anything else is null. */
export function parsePeriod(value: string): ReportPeriod | null {
  const match = /^(\d{4})(?:-Q([1-4]))?$/.exec(value);
  if (!match) return null;
  return { year: Number(match[1]), quarter: match[2] ? (Number(match[2]) as Quarter) : null };
}

export function formatPeriod({ year, quarter }: ReportPeriod): string {
  return quarter === null ? String(year) : `${year}-Q${quarter}`;
}

/** `2026-09` of any date in September 2026 (or of `2026-09` itself). */
export function monthKey(date: string): string {
  return date.slice(0, 7);
}

/** The first day of the month a `YYYY-MM` or `YYYY-MM-DD` value names; null when it names none. */
export function monthStart(value: string): string | null {
  const match = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(value);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return `${match[1]}-${match[2]}-01`;
}

/** `2026-09-01` moved by whole months, e.g. −1 → `2026-08-01`. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-01`;
}
