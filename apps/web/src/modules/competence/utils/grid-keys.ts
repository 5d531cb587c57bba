/**
 * Keyboard model of the team rating grid, after the WAI-ARIA grid pattern: arrow keys move
 * one cell, Home/End to the ends of the row (with Ctrl: of the grid), Page Up/Down ten rows;
 * digits 1–5 set a level and Delete/Backspace drops the change of the focused cell.
 */

export interface CellPosition {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

export const PAGE_ROWS = 10;

/** The cell focus moves to for a key, or null when the key does not move focus. */
export function moveInGrid(
  position: CellPosition,
  key: string,
  size: GridSize,
  modifiers: { ctrl?: boolean } = {},
): CellPosition | null {
  if (size.rows === 0 || size.cols === 0) return null;
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const clamp = (row: number, col: number): CellPosition => ({
    row: Math.min(lastRow, Math.max(0, row)),
    col: Math.min(lastCol, Math.max(0, col)),
  });
  const { row, col } = position;
  switch (key) {
    case 'ArrowUp':
      return clamp(row - 1, col);
    case 'ArrowDown':
      return clamp(row + 1, col);
    case 'ArrowLeft':
      return clamp(row, col - 1);
    case 'ArrowRight':
      return clamp(row, col + 1);
    case 'Home':
      return modifiers.ctrl ? clamp(0, 0) : clamp(row, 0);
    case 'End':
      return modifiers.ctrl ? clamp(lastRow, lastCol) : clamp(row, lastCol);
    case 'PageUp':
      return clamp(row - PAGE_ROWS, col);
    case 'PageDown':
      return clamp(row + PAGE_ROWS, col);
    default:
      return null;
  }
}

/** The level a key sets (main row or numeric keypad), or null. */
export function levelForKey(key: string): 1 | 2 | 3 | 4 | 5 | null {
  return key.length === 1 && key >= '1' && key <= '5' ? (Number(key) as 1 | 2 | 3 | 4 | 5) : null;
}

export function isClearKey(key: string): boolean {
  return key === 'Delete' || key === 'Backspace';
}
