import { describe, expect, it } from 'vitest';
import { halfYearOf, halfYearStart, suppressWithComplements } from './recruitment.ts';

describe('half-years', () => {
  it('puts June in the first half and July in the second', () => {
    expect(halfYearOf('2027-06-30')).toBe('2027-H1');
    expect(halfYearOf('2027-07-01')).toBe('2027-H2');
    expect(halfYearStart('2027-H2')).toBe('2027-07-01');
  });
});

describe('suppressWithComplements', () => {
  const cell = (key: string, firms: number, people: number) => ({ key, firms, people });

  it('withholds a second cell when one alone would be the total minus the rest', () => {
    // County 03 by gender: women 2 people (withheld), men 40, non-binary 6. Publishing the county
    // total (48) would give women = 48 − 40 − 6; so the smallest other (6) is withheld too.
    const cells = [cell('W', 3, 2), cell('M', 10, 40), cell('X', 3, 6)];
    expect(suppressWithComplements(cells, () => ['03'])).toEqual([true, false, true]);
  });

  it('leaves a partition alone when nothing or two cells are already withheld', () => {
    expect(suppressWithComplements([cell('a', 5, 20), cell('b', 5, 30)], () => ['p'])).toEqual([false, false]);
    expect(suppressWithComplements([cell('a', 1, 1), cell('b', 2, 2), cell('c', 5, 30)], () => ['p'])).toEqual([true, true, false]);
  });

  it('follows a complement into the other partitions it belongs to', () => {
    // Rows r1, r2 and columns c1, c2. r1c1 is small; its complement in row r1 is r1c2, which then
    // leaves column c2 with one withheld cell, so r2c2 goes too, and column c1 needs r2c1.
    const cells = [
      { row: 'r1', col: 'c1', firms: 1, people: 1 },
      { row: 'r1', col: 'c2', firms: 5, people: 10 },
      { row: 'r2', col: 'c1', firms: 5, people: 12 },
      { row: 'r2', col: 'c2', firms: 5, people: 11 },
    ];
    expect(suppressWithComplements(cells, (c) => [c.row, c.col])).toEqual([true, true, true, true]);
  });
});
