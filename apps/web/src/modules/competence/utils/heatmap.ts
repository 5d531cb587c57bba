/**
 * The skills matrix's rules for one cell and for the order of its rows: how a standing is
 * coloured, what symbol and words stand for it (colour is never the only cue), and how people
 * are sorted by name, role, total weighted gap or their gap in one competence.
 */

/** A cell's gap step: met, 1, 2, 3 or more levels short, or never assessed. */
export type GapTone = 'met' | 'gap1' | 'gap2' | 'gap3' | 'unassessed';

export const gapTones: readonly GapTone[] = ['met', 'gap1', 'gap2', 'gap3', 'unassessed'];

export interface CellStanding {
  competence: { id: string };
  requiredLevel: number;
  currentLevel?: number | null;
  gap?: number | null;
  weightedGap?: number | null;
}

export function gapTone(standing: Pick<CellStanding, 'currentLevel' | 'gap'>): GapTone {
  if (standing.currentLevel == null || standing.gap == null) return 'unassessed';
  if (standing.gap <= 0) return 'met';
  if (standing.gap === 1) return 'gap1';
  if (standing.gap === 2) return 'gap2';
  return 'gap3';
}

/** The short mark shown next to the level: a tick when met, the shortfall otherwise. */
export function gapSymbol(standing: Pick<CellStanding, 'currentLevel' | 'gap'>): string {
  const tone = gapTone(standing);
  if (tone === 'unassessed') return '?';
  if (tone === 'met') return '✓';
  return `−${standing.gap}`;
}

/** The i18n key and parameters of a cell's full text, read by screen readers and tooltips. */
export function cellMessage(
  competenceName: string,
  standing: Pick<CellStanding, 'requiredLevel' | 'currentLevel' | 'gap'> | undefined,
): { key: string; params: Record<string, string | number> } {
  if (!standing) return { key: 'competence.cell.notRequired', params: { competence: competenceName } };
  const tone = gapTone(standing);
  const params = { competence: competenceName, required: standing.requiredLevel };
  if (tone === 'unassessed') return { key: 'competence.cell.unassessed', params };
  if (tone === 'met') return { key: 'competence.cell.met', params: { ...params, level: standing.currentLevel! } };
  return { key: 'competence.cell.gap', params: { ...params, level: standing.currentLevel!, gap: standing.gap! } };
}

export interface MatrixRowLike {
  employee: { id: string; firstName: string; lastName: string };
  standings: readonly CellStanding[];
}

export interface RowTotals {
  weightedGap: number;
  /** Required competences the person falls short in. */
  gaps: number;
  unassessed: number;
}

export function rowTotals(row: Pick<MatrixRowLike, 'standings'>): RowTotals {
  let weightedGap = 0;
  let gaps = 0;
  let unassessed = 0;
  for (const s of row.standings) {
    if (s.currentLevel == null) unassessed += 1;
    else if ((s.gap ?? 0) > 0) gaps += 1;
    weightedGap += s.weightedGap ?? 0;
  }
  return { weightedGap, gaps, unassessed };
}

export type SortKey = 'name' | 'role' | 'gap' | 'competence';
export type SortDirection = 'asc' | 'desc';

export interface MatrixSort {
  key: SortKey;
  direction: SortDirection;
  /** For `competence`: the column sorted by. */
  competenceId?: string;
}

export const defaultSort: MatrixSort = { key: 'name', direction: 'asc' };

/** Reads the sort from the URL (`?sort=gap&dir=desc`, `?sort=c:<id>`); anything else is the default. */
export function parseSort(sort: unknown, dir: unknown): MatrixSort {
  const text = typeof sort === 'string' ? sort : '';
  const direction: SortDirection = dir === 'desc' ? 'desc' : dir === 'asc' ? 'asc' : text === 'gap' || text.startsWith('c:') ? 'desc' : 'asc';
  if (text === 'name' || text === 'role' || text === 'gap') return { key: text, direction };
  if (text.startsWith('c:') && text.length > 2) return { key: 'competence', competenceId: text.slice(2), direction };
  return defaultSort;
}

export function sortQuery(sort: MatrixSort): { sort?: string; dir?: string } {
  if (sort.key === defaultSort.key && sort.direction === defaultSort.direction) return {};
  return { sort: sort.key === 'competence' ? `c:${sort.competenceId}` : sort.key, dir: sort.direction };
}

/**
 * The next sort when a column header is pressed: the same column flips direction; a new column
 * starts where it is most useful (names A–Ö, gaps largest first).
 */
export function nextSort(current: MatrixSort, key: SortKey, competenceId?: string): MatrixSort {
  const same = current.key === key && current.competenceId === competenceId;
  if (same) return { ...current, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  const direction: SortDirection = key === 'gap' || key === 'competence' ? 'desc' : 'asc';
  return key === 'competence' ? { key, competenceId, direction } : { key, direction };
}

export interface SortHelpers<R> {
  /** The names of the person's roles as shown, e.g. in the current language. */
  roleName: (row: R) => string;
  compareText: (a: string, b: string) => number;
}

/**
 * Rows in the order asked for; ties fall back to the person's name so the order is stable.
 * In a competence column the largest gap comes first (or last, ascending), and people never
 * assessed or not required to have it always come after everyone with a measured level.
 */
export function sortRows<R extends MatrixRowLike>(rows: readonly R[], sort: MatrixSort, helpers: SortHelpers<R>): R[] {
  const name = (row: R) => `${row.employee.lastName} ${row.employee.firstName}`;
  const byName = (a: R, b: R) => helpers.compareText(name(a), name(b)) || a.employee.id.localeCompare(b.employee.id);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const totals = new Map(rows.map((row) => [row, rowTotals(row).weightedGap]));

  const compare = (a: R, b: R): number => {
    switch (sort.key) {
      case 'name':
        return sign * byName(a, b);
      case 'role':
        return sign * helpers.compareText(helpers.roleName(a), helpers.roleName(b)) || byName(a, b);
      case 'gap':
        return sign * (totals.get(a)! - totals.get(b)!) || byName(a, b);
      case 'competence': {
        const gapOf = (row: R) => {
          const standing = row.standings.find((s) => s.competence.id === sort.competenceId);
          return standing && standing.currentLevel != null ? (standing.gap ?? 0) : null;
        };
        const [x, y] = [gapOf(a), gapOf(b)];
        if (x === null || y === null) {
          if (x === y) {
            const rank = (row: R) => (row.standings.some((s) => s.competence.id === sort.competenceId) ? 0 : 1);
            return rank(a) - rank(b) || byName(a, b);
          }
          return x === null ? 1 : -1;
        }
        return sign * (x - y) || byName(a, b);
      }
    }
  };
  return [...rows].sort(compare);
}
