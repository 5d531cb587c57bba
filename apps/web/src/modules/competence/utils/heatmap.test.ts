import { describe, expect, it } from 'vitest';
import { cellMessage, gapSymbol, gapTone, nextSort, parseSort, rowTotals, sortQuery, sortRows, type MatrixRowLike } from './heatmap.ts';

const standing = (competenceId: string, requiredLevel: number, currentLevel: number | null, weight = 1) => {
  const gap = currentLevel === null ? null : Math.max(requiredLevel - currentLevel, 0);
  return { competence: { id: competenceId }, requiredLevel, currentLevel, gap, weightedGap: gap === null ? null : gap * weight };
};

describe('gapTone and gapSymbol', () => {
  it('colours a cell by how far the person is from the requirement', () => {
    expect(gapTone(standing('c', 3, 4))).toBe('met');
    expect(gapTone(standing('c', 3, 3))).toBe('met');
    expect(gapTone(standing('c', 4, 3))).toBe('gap1');
    expect(gapTone(standing('c', 4, 2))).toBe('gap2');
    expect(gapTone(standing('c', 5, 2))).toBe('gap3');
    expect(gapTone(standing('c', 5, 1))).toBe('gap3');
    expect(gapTone(standing('c', 3, null))).toBe('unassessed');
  });

  it('gives every tone a symbol, so colour is not the only cue', () => {
    expect(gapSymbol(standing('c', 3, 3))).toBe('✓');
    expect(gapSymbol(standing('c', 4, 2))).toBe('−2');
    expect(gapSymbol(standing('c', 5, 1))).toBe('−4');
    expect(gapSymbol(standing('c', 3, null))).toBe('?');
  });
});

describe('cellMessage', () => {
  it('says level, requirement and gap in words', () => {
    expect(cellMessage('CNC-programmering', standing('c', 4, 2))).toEqual({
      key: 'competence.cell.gap',
      params: { competence: 'CNC-programmering', level: 2, required: 4, gap: 2 },
    });
  });

  it('says when the requirement is met, not assessed, or not required at all', () => {
    expect(cellMessage('Svetsning', standing('c', 3, 4)).key).toBe('competence.cell.met');
    expect(cellMessage('Svetsning', standing('c', 3, null))).toEqual({
      key: 'competence.cell.unassessed',
      params: { competence: 'Svetsning', required: 3 },
    });
    expect(cellMessage('Svetsning', undefined)).toEqual({ key: 'competence.cell.notRequired', params: { competence: 'Svetsning' } });
  });
});

describe('rowTotals', () => {
  it('adds weighted gaps and counts shortfalls and unassessed requirements', () => {
    expect(rowTotals({ standings: [standing('a', 4, 2, 3), standing('b', 3, 3), standing('c', 2, null), standing('d', 3, 2, 2)] })).toEqual({
      weightedGap: 8,
      gaps: 2,
      unassessed: 1,
    });
  });
});

describe('sorting the matrix', () => {
  const row = (id: string, firstName: string, lastName: string, role: string, standings: MatrixRowLike['standings']) => ({
    employee: { id, firstName, lastName },
    role,
    standings,
  });
  const rows = [
    row('1', 'Åsa', 'Jönsson', 'Kvalitetschef', [standing('cnc', 4, 4, 3)]),
    row('2', 'Amina', 'Holm', 'CNC-operatör', [standing('cnc', 4, 2, 3), standing('weld', 3, 1)]),
    row('3', 'Nikola', 'Holmberg', 'CNC-operatör', [standing('cnc', 4, null, 3)]),
    row('4', 'Erik', 'Andersson', 'Gjutare', [standing('weld', 3, 3)]),
  ];
  const collator = new Intl.Collator('sv');
  const helpers = { roleName: (r: (typeof rows)[number]) => r.role, compareText: collator.compare };
  const ids = (sorted: typeof rows) => sorted.map((r) => r.employee.id);

  it('sorts by last name, Swedish letters last', () => {
    expect(ids(sortRows(rows, { key: 'name', direction: 'asc' }, helpers))).toEqual(['4', '2', '3', '1']);
    expect(ids(sortRows(rows, { key: 'name', direction: 'desc' }, helpers))).toEqual(['1', '3', '2', '4']);
  });

  it('sorts by role, then by name', () => {
    expect(ids(sortRows(rows, { key: 'role', direction: 'asc' }, helpers))).toEqual(['2', '3', '4', '1']);
  });

  it('sorts by total weighted gap, largest first', () => {
    expect(ids(sortRows(rows, { key: 'gap', direction: 'desc' }, helpers))).toEqual(['2', '4', '3', '1']);
  });

  it('sorts by one competence with unassessed and not required people last in both directions', () => {
    const desc = sortRows(rows, { key: 'competence', competenceId: 'cnc', direction: 'desc' }, helpers);
    expect(ids(desc)).toEqual(['2', '1', '3', '4']);
    const asc = sortRows(rows, { key: 'competence', competenceId: 'cnc', direction: 'asc' }, helpers);
    expect(ids(asc)).toEqual(['1', '2', '3', '4']);
  });

  it('does not change the rows it was given', () => {
    const before = ids(rows);
    sortRows(rows, { key: 'gap', direction: 'desc' }, helpers);
    expect(ids(rows)).toEqual(before);
  });
});

describe('sort in the URL', () => {
  it('reads and writes the sort, defaulting to names A–Ö', () => {
    expect(parseSort(undefined, undefined)).toEqual({ key: 'name', direction: 'asc' });
    expect(parseSort('gap', undefined)).toEqual({ key: 'gap', direction: 'desc' });
    expect(parseSort('c:abc', 'asc')).toEqual({ key: 'competence', competenceId: 'abc', direction: 'asc' });
    expect(parseSort('shoe-size', 'desc')).toEqual({ key: 'name', direction: 'asc' });
    expect(sortQuery({ key: 'name', direction: 'asc' })).toEqual({});
    expect(sortQuery({ key: 'competence', competenceId: 'abc', direction: 'desc' })).toEqual({ sort: 'c:abc', dir: 'desc' });
  });

  it('flips the direction of the same column and starts a new one where it is most useful', () => {
    expect(nextSort({ key: 'name', direction: 'asc' }, 'name')).toEqual({ key: 'name', direction: 'desc' });
    expect(nextSort({ key: 'name', direction: 'asc' }, 'gap')).toEqual({ key: 'gap', direction: 'desc' });
    expect(nextSort({ key: 'gap', direction: 'desc' }, 'competence', 'x')).toEqual({ key: 'competence', competenceId: 'x', direction: 'desc' });
    expect(nextSort({ key: 'competence', competenceId: 'x', direction: 'desc' }, 'competence', 'y').competenceId).toBe('y');
  });
});
