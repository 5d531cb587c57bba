import { describe, expect, it } from 'vitest';
import { burnDownGeometry } from './burn-down.ts';

const month = (m: string, committed: string, actual: string) => ({ month: m, cumulativeCommitted: committed, cumulativeActual: actual });

describe('the burn-down chart', () => {
  it('draws cumulative lines from zero against the amount on a round axis', () => {
    // 400 000 kr budget; 100 000 kr then 250 000 kr committed, 50 000 kr spent in the second month.
    const g = burnDownGeometry([month('2026-01-01', '10000000', '0'), month('2026-02-01', '25000000', '5000000')], '40000000');
    expect(g.scale.max).toBe(400000);
    expect(g.amountY).toBe(0);
    expect(g.committed).toBe('0,100 50,75 100,37.5');
    expect(g.actual).toBe('0,100 50,100 100,87.5');
    expect(g.columns).toEqual([25, 75]);
    expect(g.ticks[0]).toEqual({ value: 0, y: 100 });
  });

  it('grows the axis past the amount when spending goes over it', () => {
    const g = burnDownGeometry([month('2026-01-01', '15000000', '0')], '10000000');
    expect(g.scale.max).toBeGreaterThanOrEqual(150000);
    expect(g.amountY).toBeGreaterThan(0);
  });

  it('copes with a budget of nothing and no months', () => {
    const g = burnDownGeometry([], '0');
    expect(g.committed).toBe('0,100');
    expect(g.columns).toEqual([]);
  });
});
