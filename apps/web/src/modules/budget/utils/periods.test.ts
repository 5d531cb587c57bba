import { describe, expect, it } from 'vitest';
import { addMonths, formatPeriod, isIsoDate, monthStart, parsePeriod, periodRange, quarterOf } from './periods.ts';

describe('report periods', () => {
  it('spans a quarter from its first to its last day, leap years included', () => {
    expect(periodRange({ year: 2026, quarter: 3 })).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodRange({ year: 2028, quarter: 1 })).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(periodRange({ year: 2026, quarter: 4 })).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodRange({ year: 2026, quarter: null })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('reads and writes a period as it stands in the URL', () => {
    expect(parsePeriod('2026-Q2')).toEqual({ year: 2026, quarter: 2 });
    expect(parsePeriod('2027')).toEqual({ year: 2027, quarter: null });
    expect(parsePeriod('2026-Q5')).toBeNull();
    expect(parsePeriod('')).toBeNull();
    expect(formatPeriod({ year: 2026, quarter: 3 })).toBe('2026-Q3');
    expect(formatPeriod({ year: 2026, quarter: null })).toBe('2026');
    expect(quarterOf('2026-11-28')).toEqual({ year: 2026, quarter: 4 });
  });

  it('moves between months across year ends', () => {
    expect(addMonths('2026-01-01', -1)).toBe('2025-12-01');
    expect(addMonths('2026-12-01', 1)).toBe('2027-01-01');
    expect(monthStart('2026-09')).toBe('2026-09-01');
    expect(monthStart('2026-09-17')).toBe('2026-09-01');
    expect(monthStart('2026-13')).toBeNull();
    expect(monthStart('september')).toBeNull();
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
  });
});
