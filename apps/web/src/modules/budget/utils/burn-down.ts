import { parseOre } from '@smartkompetens/domain';
import { linearScale, percentOf, type LinearScale } from '../../competence/utils/chart-scale.ts';

export interface BurnDownMonth {
  month: string;
  cumulativeCommitted: string;
  cumulativeActual: string;
}

export interface BurnDownGeometry {
  /** The y axis, in whole kronor (chart positions need no öre precision; labels use the öre figures). */
  scale: LinearScale;
  /** `x,y` pairs in a 100 × 100 box, y growing downwards, one per month end, starting at 0 before the first month. */
  committed: string;
  actual: string;
  /** Where the budget's amount runs across the chart. */
  amountY: number;
  /** Where each axis tick sits, from the top of the box. */
  ticks: { value: number; y: number }[];
  /** The centre of each month's column, for the month labels underneath. */
  columns: number[];
}

/** Whole kronor of an öre string, as a float fit for drawing (never for sums). */
export function kronorForChart(ore: string): number {
  return Number(parseOre(ore) / 100n);
}

/**
 * The burn-down chart's lines: cumulative commitments and actuals month by month, against the
 * budget's amount. Each line starts at zero on the left edge and steps to the total at each
 * month's end, so a month's column shows what was added in it.
 */
export function burnDownGeometry(months: readonly BurnDownMonth[], amount: string): BurnDownGeometry {
  const amountKr = kronorForChart(amount);
  const committedKr = months.map((m) => kronorForChart(m.cumulativeCommitted));
  const actualKr = months.map((m) => kronorForChart(m.cumulativeActual));
  const scale = linearScale(Math.max(amountKr, ...committedKr, ...actualKr, 0), 4);
  const y = (value: number) => round(100 - percentOf(value, scale.max));
  const n = Math.max(1, months.length);
  const line = (values: number[]) => ['0,100', ...values.map((v, i) => `${round(((i + 1) / n) * 100)},${y(v)}`)].join(' ');
  return {
    scale,
    committed: line(committedKr),
    actual: line(actualKr),
    amountY: y(amountKr),
    ticks: scale.ticks.map((value) => ({ value, y: y(value) })),
    columns: months.map((_, i) => round(((i + 0.5) / n) * 100)),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
