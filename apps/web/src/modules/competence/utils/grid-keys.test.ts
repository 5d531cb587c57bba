import { describe, expect, it } from 'vitest';
import { isClearKey, levelForKey, moveInGrid } from './grid-keys.ts';

const size = { rows: 20, cols: 6 };

describe('moveInGrid', () => {
  it('moves one cell with the arrow keys and stops at the edges', () => {
    expect(moveInGrid({ row: 3, col: 2 }, 'ArrowUp', size)).toEqual({ row: 2, col: 2 });
    expect(moveInGrid({ row: 3, col: 2 }, 'ArrowDown', size)).toEqual({ row: 4, col: 2 });
    expect(moveInGrid({ row: 3, col: 2 }, 'ArrowLeft', size)).toEqual({ row: 3, col: 1 });
    expect(moveInGrid({ row: 3, col: 2 }, 'ArrowRight', size)).toEqual({ row: 3, col: 3 });
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowUp', size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 19, col: 5 }, 'ArrowRight', size)).toEqual({ row: 19, col: 5 });
  });

  it('jumps to the ends of the row, or of the grid with Ctrl', () => {
    expect(moveInGrid({ row: 3, col: 2 }, 'Home', size)).toEqual({ row: 3, col: 0 });
    expect(moveInGrid({ row: 3, col: 2 }, 'End', size)).toEqual({ row: 3, col: 5 });
    expect(moveInGrid({ row: 3, col: 2 }, 'Home', size, { ctrl: true })).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 3, col: 2 }, 'End', size, { ctrl: true })).toEqual({ row: 19, col: 5 });
  });

  it('pages ten rows at a time', () => {
    expect(moveInGrid({ row: 3, col: 2 }, 'PageDown', size)).toEqual({ row: 13, col: 2 });
    expect(moveInGrid({ row: 15, col: 2 }, 'PageDown', size)).toEqual({ row: 19, col: 2 });
    expect(moveInGrid({ row: 3, col: 2 }, 'PageUp', size)).toEqual({ row: 0, col: 2 });
  });

  it('ignores other keys and empty grids', () => {
    expect(moveInGrid({ row: 3, col: 2 }, 'a', size)).toBeNull();
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowDown', { rows: 0, cols: 0 })).toBeNull();
  });
});

describe('level and clear keys', () => {
  it('reads digits 1–5 as levels and nothing else', () => {
    expect(['1', '2', '3', '4', '5'].map(levelForKey)).toEqual([1, 2, 3, 4, 5]);
    expect(levelForKey('0')).toBeNull();
    expect(levelForKey('6')).toBeNull();
    expect(levelForKey('F5')).toBeNull();
  });

  it('clears with Delete or Backspace', () => {
    expect(isClearKey('Delete')).toBe(true);
    expect(isClearKey('Backspace')).toBe(true);
    expect(isClearKey('Escape')).toBe(false);
  });
});
