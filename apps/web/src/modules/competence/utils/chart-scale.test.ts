import { describe, expect, it } from 'vitest';
import { levelScaleAxis, linearScale, niceStep, percentOf } from './chart-scale.ts';

describe('niceStep', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(0.7)).toBe(1);
    expect(niceStep(1.4)).toBe(2);
    expect(niceStep(3)).toBe(5);
    expect(niceStep(7)).toBe(10);
    expect(niceStep(15)).toBe(20);
    expect(niceStep(22)).toBe(25);
    expect(niceStep(68.2)).toBe(100);
  });

  it('falls back to 1 for nothing to scale', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
  });
});

describe('linearScale', () => {
  it('ends the axis on a round number just above the largest value', () => {
    expect(linearScale(75)).toEqual({ max: 80, ticks: [0, 20, 40, 60, 80] });
    expect(linearScale(341)).toEqual({ max: 400, ticks: [0, 100, 200, 300, 400] });
    expect(linearScale(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
  });

  it('keeps whole steps for small counts', () => {
    expect(linearScale(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(linearScale(1)).toEqual({ max: 1, ticks: [0, 1] });
  });

  it('draws an empty axis from 0 to 1 when there is nothing to show', () => {
    expect(linearScale(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(linearScale(-4)).toEqual({ max: 1, ticks: [0, 1] });
  });

  it('has a tick for every level on the proficiency axis', () => {
    expect(levelScaleAxis.ticks).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('percentOf', () => {
  it('places a value on the track and clamps it to the ends', () => {
    expect(percentOf(2, 5)).toBe(40);
    expect(percentOf(9, 5)).toBe(100);
    expect(percentOf(-1, 5)).toBe(0);
    expect(percentOf(3, 0)).toBe(0);
  });
});
