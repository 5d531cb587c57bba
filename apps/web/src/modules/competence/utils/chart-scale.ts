import type { RouteLocationRaw } from 'vue-router';
import type { GapTone } from './heatmap.ts';

/**
 * Scales for the SVG bar charts: an axis that ends on a round number with evenly spaced,
 * readable ticks, and a value's position on it as a percentage of the track.
 */

export interface LinearScale {
  max: number;
  ticks: number[];
}

/** The smallest of 1, 2, 5 × 10^n (and 2.5 × 10^n above 10) that is at least `raw`. */
export function niceStep(raw: number): number {
  if (!Number.isFinite(raw) || raw <= 0) return 1;
  const base = 10 ** Math.floor(Math.log10(raw));
  const steps = base >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  for (const step of steps) {
    if (raw <= step * base + Number.EPSILON) return step * base;
  }
  return 10 * base;
}

/**
 * An axis from 0 covering `maxValue` in about `targetTicks` whole steps. Data here are counts
 * (people, gap sums), so steps are never fractional.
 */
export function linearScale(maxValue: number, targetTicks = 5): LinearScale {
  const value = Number.isFinite(maxValue) && maxValue > 0 ? maxValue : 0;
  if (value === 0) return { max: 1, ticks: [0, 1] };
  const step = Math.max(1, niceStep(value / Math.max(1, targetTicks)));
  const max = Math.ceil(value / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max + step / 2; tick += step) ticks.push(tick);
  return { max, ticks };
}

/** A fixed axis for the 1–5 proficiency scale, with a tick on every level. */
export const levelScaleAxis: LinearScale = { max: 5, ticks: [0, 1, 2, 3, 4, 5] };

/** Where `value` sits on an axis to `max`, as a percentage clamped to the track. */
export function percentOf(value: number, max: number): number {
  if (!Number.isFinite(value) || !Number.isFinite(max) || max <= 0) return 0;
  return Math.min(100, Math.max(0, (value / max) * 100));
}

/** One bar of a horizontal bar chart. */
export interface BarItem {
  key: string;
  label: string;
  /** `sv` when a Swedish name stands in for a missing English one. */
  labelLang?: string;
  /** Null draws no bar (not assessed, suppressed). */
  value: number | null;
  /** The value as shown at the end of the bar. */
  valueText: string;
  tone?: GapTone | 'brand';
  /** A reference line, e.g. the required level. */
  marker?: number | null;
  /** A second, dashed reference line, e.g. the future requirement. */
  secondMarker?: number | null;
  /** Extra words for screen readers (the markers' values); the label and value are read as shown. */
  note?: string;
  to?: RouteLocationRaw;
}
