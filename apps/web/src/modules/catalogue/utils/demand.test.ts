import { describe, expect, it } from 'vitest';
import { barLength, chartAxis, roundStep, unmetByCompetence } from './demand.ts';

describe('the demand chart scale', () => {
  it('steps in 1, 2 or 5 times a power of ten', () => {
    expect(roundStep(0.4)).toBe(1);
    expect(roundStep(1)).toBe(1);
    expect(roundStep(1.5)).toBe(2);
    expect(roundStep(3)).toBe(5);
    expect(roundStep(7)).toBe(10);
    expect(roundStep(12)).toBe(20);
    expect(roundStep(45)).toBe(50);
    expect(roundStep(101)).toBe(200);
  });

  it('ends the axis on a round number at or above the largest bar', () => {
    expect(chartAxis(17)).toEqual({ max: 20, ticks: [0, 5, 10, 15, 20] });
    expect(chartAxis(20)).toEqual({ max: 20, ticks: [0, 5, 10, 15, 20] });
    expect(chartAxis(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(chartAxis(130)).toEqual({ max: 150, ticks: [0, 50, 100, 150] });
  });

  it('counts whole people: never a fractional tick', () => {
    for (const largest of [1, 2, 5, 9, 11, 33, 99, 250, 1234]) {
      const axis = chartAxis(largest);
      expect(axis.max).toBeGreaterThanOrEqual(largest);
      for (const tick of axis.ticks) expect(Number.isInteger(tick)).toBe(true);
      expect(axis.ticks.length).toBeLessThanOrEqual(7);
    }
  });

  it('draws an empty chart on a 0–1 axis', () => {
    expect(chartAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(chartAxis(Number.NaN)).toEqual({ max: 1, ticks: [0, 1] });
  });

  it('keeps bars on their track', () => {
    expect(barLength(10, 20, 100)).toBe(50);
    expect(barLength(30, 20, 100)).toBe(100);
    expect(barLength(-1, 20, 100)).toBe(0);
    expect(barLength(5, 0, 100)).toBe(0);
  });
});

describe('unmetByCompetence', () => {
  const cell = (id: string, unmet: number | null, people: number | null, suppressed = false) => ({ competence: { id }, unmet, people, suppressed });

  it('sums unmet demand per competence over counties, levels and groups, largest first', () => {
    const bars = unmetByCompetence([cell('a', 3, 5), cell('b', 10, 12), cell('a', 4, 6), cell('c', 0, 9)]);
    expect(bars).toEqual([
      { competenceId: 'b', unmet: 10, people: 12, suppressedCells: 0 },
      { competenceId: 'a', unmet: 7, people: 11, suppressedCells: 0 },
    ]);
  });

  it('counts suppressed cells without guessing their figures', () => {
    const bars = unmetByCompetence([cell('a', 6, 8), cell('a', null, null, true)]);
    expect(bars).toEqual([{ competenceId: 'a', unmet: 6, people: 8, suppressedCells: 1 }]);
  });

  it('keeps the top ones only', () => {
    const cells = Array.from({ length: 20 }, (_, i) => cell(`c${i}`, i + 1, i + 1));
    expect(unmetByCompetence(cells, 3).map((b) => b.competenceId)).toEqual(['c19', 'c18', 'c17']);
  });
});
