import type { RouteLocationRaw } from 'vue-router';

/** One row of a gap table, whatever it is grouped by (competence, industry, firm, county). */
export interface GapTableRow {
  key: string;
  label: string;
  lang?: string;
  /** Smaller text under the label, e.g. an industry under a firm. */
  detail?: string;
  to?: RouteLocationRaw;
  people: number | null;
  peopleWithGap: number | null;
  totalGap: number | null;
  weightedGap: number | null;
  unassessed: number | null;
  firms?: number | null;
  suppressed?: boolean;
}

interface GapFigures {
  people?: number | null;
  peopleWithGap?: number | null;
  totalGap?: number | null;
  weightedGap?: number | null;
  unassessed?: number | null;
  firms?: number | null;
  suppressed?: boolean;
}

/** The figures of a GapRow from the API, under the label the table shows. */
export function gapTableRow(
  key: string,
  label: string,
  figures: GapFigures,
  extra: Pick<GapTableRow, 'lang' | 'detail' | 'to'> = {},
): GapTableRow {
  return {
    key,
    label,
    ...extra,
    people: figures.people ?? null,
    peopleWithGap: figures.peopleWithGap ?? null,
    totalGap: figures.totalGap ?? null,
    weightedGap: figures.weightedGap ?? null,
    unassessed: figures.unassessed ?? null,
    firms: figures.firms ?? null,
    suppressed: figures.suppressed ?? false,
  };
}
