/** Course demand cells summed for the chart, and the chart's axis. */

export interface DemandCellLike {
  competence: { id: string };
  unmet: number | null;
  people: number | null;
  suppressed: boolean;
}

export interface UnmetBar {
  competenceId: string;
  unmet: number;
  people: number;
  /** Cells of the competence left out because they were suppressed. */
  suppressedCells: number;
}

/**
 * Unmet demand per competence over the cells shown (counties × levels × groups), largest
 * first, the top `limit` of them. Suppressed cells carry no figures: they are counted, not
 * guessed at, so the chart can say what it leaves out.
 */
export function unmetByCompetence(cells: readonly DemandCellLike[], limit = 12): UnmetBar[] {
  const byCompetence = new Map<string, UnmetBar>();
  for (const cell of cells) {
    const bar = byCompetence.get(cell.competence.id) ?? { competenceId: cell.competence.id, unmet: 0, people: 0, suppressedCells: 0 };
    if (cell.suppressed) bar.suppressedCells += 1;
    else {
      bar.unmet += cell.unmet ?? 0;
      bar.people += cell.people ?? 0;
    }
    byCompetence.set(cell.competence.id, bar);
  }
  return [...byCompetence.values()]
    .filter((bar) => bar.unmet > 0)
    .sort((a, b) => b.unmet - a.unmet || b.people - a.people || a.competenceId.localeCompare(b.competenceId))
    .slice(0, limit);
}

export interface ChartAxis {
  /** The axis' end: a round number at least the largest value. */
  max: number;
  ticks: number[];
}

/** 1, 2 or 5 × 10^n: the smallest such step that is at least `raw`. */
export function roundStep(raw: number): number {
  if (!Number.isFinite(raw) || raw <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 5, 10]) {
    if (raw <= factor * magnitude) return factor * magnitude;
  }
  return 10 * magnitude;
}

/**
 * An axis of whole people from 0 to a round number covering `largest`, in at most about
 * `targetTicks` steps: 0–17 becomes 0, 5, 10, 15, 20.
 */
export function chartAxis(largest: number, targetTicks = 4): ChartAxis {
  if (!Number.isFinite(largest) || largest <= 0) return { max: 1, ticks: [0, 1] };
  const step = roundStep(largest / Math.max(1, targetTicks));
  const max = Math.ceil(largest / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max; tick += step) ticks.push(tick);
  return { max, ticks };
}

/** A value's length on a track `width` long, never negative nor beyond the track. */
export function barLength(value: number, max: number, width: number): number {
  if (!Number.isFinite(value) || max <= 0 || value <= 0) return 0;
  return Math.min(width, (value / max) * width);
}
