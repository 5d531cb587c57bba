import { describe, expect, it } from 'vitest';
import { cellKey, errorsByCell, useRatingDraft } from './use-rating-draft.ts';

const cell = (employeeId: string, competenceId: string, currentLevel: number | null, currentSource: 'SELF' | 'MANAGER' | null) => ({
  employeeId,
  competenceId,
  currentLevel,
  currentSource,
});

describe('useRatingDraft', () => {
  it('collects one level per cell and sends them as one input list', () => {
    const draft = useRatingDraft();
    draft.set(cell('e1', 'c1', 2, 'MANAGER'), 3);
    draft.set(cell('e2', 'c1', null, null), 1);
    draft.set(cell('e1', 'c1', 2, 'MANAGER'), 4);

    expect(draft.count.value).toBe(2);
    expect(draft.dirty.value).toBe(true);
    expect(draft.levelOf(cellKey('e1', 'c1'))).toBe(4);
    expect(draft.toInput()).toEqual([
      { employeeId: 'e1', competenceId: 'c1', level: 4 },
      { employeeId: 'e2', competenceId: 'c1', level: 1 },
    ]);
  });

  it('drops a change back to what the manager already recorded', () => {
    const draft = useRatingDraft();
    draft.set(cell('e1', 'c1', 2, 'MANAGER'), 3);
    draft.set(cell('e1', 'c1', 2, 'MANAGER'), 2);
    expect(draft.dirty.value).toBe(false);
  });

  it("keeps the same level as a person's self-assessment: the manager confirms it", () => {
    const draft = useRatingDraft();
    draft.set(cell('e1', 'c1', 3, 'SELF'), 3);
    expect(draft.isChanged(cellKey('e1', 'c1'))).toBe(true);
  });

  it('clears one change, or all of them', () => {
    const draft = useRatingDraft();
    draft.set(cell('e1', 'c1', 2, 'MANAGER'), 3);
    draft.set(cell('e1', 'c2', 2, 'MANAGER'), 3);
    draft.clear(cellKey('e1', 'c1'));
    expect([...draft.changes.value.keys()]).toEqual([cellKey('e1', 'c2')]);
    draft.clearAll();
    expect(draft.count.value).toBe(0);
  });

  it('puts userErrors on the cells they name by input index, and forgets one when the cell changes', () => {
    const draft = useRatingDraft();
    draft.set(cell('e1', 'c1', 2, 'MANAGER'), 3);
    draft.set(cell('e2', 'c1', 2, 'MANAGER'), 5);
    draft.toInput();
    draft.applyErrors([
      { field: ['input', '1', 'employeeId'], message: 'Employee not found', code: 'NOT_FOUND' },
      { field: ['input'], message: 'Too many', code: 'OUT_OF_RANGE' },
    ]);

    expect(draft.errorsOf(cellKey('e2', 'c1')).map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(draft.errorsOf(cellKey('e1', 'c1'))).toEqual([]);
    expect(draft.generalErrors.value.map((e) => e.code)).toEqual(['OUT_OF_RANGE']);

    draft.set(cell('e2', 'c1', 2, 'MANAGER'), 4);
    expect(draft.errorsOf(cellKey('e2', 'c1'))).toEqual([]);
  });
});

describe('errorsByCell', () => {
  it('keeps errors whose index is outside the list, or that name no index, as general', () => {
    const { byCell, general } = errorsByCell(
      [
        { field: ['input', '7', 'level'], message: 'x', code: 'OUT_OF_RANGE' },
        { field: null, message: 'y', code: 'FORBIDDEN' },
        { field: ['input', '0', 'level'], message: 'z', code: 'OUT_OF_RANGE' },
      ],
      ['a:b'],
    );
    expect([...byCell.keys()]).toEqual(['a:b']);
    expect(general.map((e) => e.message)).toEqual(['x', 'y']);
  });
});
