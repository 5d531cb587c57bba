import { computed, shallowRef } from 'vue';
import type { UserErrorLike } from '../../../api/user-errors.ts';
import type { AssessmentInput, AssessmentSource } from '../../../gql/graphql.ts';

/** A cell of the rating grid as the draft needs it: who, what, and what is recorded now. */
export interface RatableCell {
  employeeId: string;
  competenceId: string;
  currentLevel: number | null | undefined;
  currentSource: AssessmentSource | null | undefined;
}

export interface DraftChange {
  employeeId: string;
  competenceId: string;
  level: number;
}

export function cellKey(employeeId: string, competenceId: string): string {
  return `${employeeId}:${competenceId}`;
}

/**
 * Sorts the userErrors of one `assessmentsRecord` call onto the cells they concern. The server
 * names a cell by its index in the input list (`["input", "3", "level"]`); `keys` are the cells
 * in the order they were sent. Errors about the whole call, or an index outside it, stay general.
 */
export function errorsByCell<E extends UserErrorLike>(
  errors: readonly E[],
  keys: readonly string[],
  inputArgument = 'input',
): { byCell: Map<string, E[]>; general: E[] } {
  const byCell = new Map<string, E[]>();
  const general: E[] = [];
  for (const error of errors) {
    const path = error.field ?? [];
    const index = path[0] === inputArgument && path.length > 1 ? Number(path[1]) : Number.NaN;
    const key = Number.isInteger(index) ? keys[index] : undefined;
    if (key) {
      const list = byCell.get(key) ?? [];
      list.push(error);
      byCell.set(key, list);
    } else {
      general.push(error);
    }
  }
  return { byCell, general };
}

/**
 * The unsaved changes of the team rating grid: one level per cell, sent together in a single
 * `assessmentsRecord` call, with the server's userErrors put back on their cells.
 */
export function useRatingDraft() {
  const changes = shallowRef<ReadonlyMap<string, DraftChange>>(new Map());
  const cellErrors = shallowRef<ReadonlyMap<string, UserErrorLike[]>>(new Map());
  const generalErrors = shallowRef<UserErrorLike[]>([]);
  let sentKeys: string[] = [];

  function dropError(key: string) {
    if (!cellErrors.value.has(key)) return;
    const next = new Map(cellErrors.value);
    next.delete(key);
    cellErrors.value = next;
  }

  /**
   * Sets a level. Choosing what a manager already recorded is no change; choosing the level a
   * person gave themself is one: the manager confirms it.
   */
  function set(cell: RatableCell, level: number): void {
    const key = cellKey(cell.employeeId, cell.competenceId);
    const next = new Map(changes.value);
    if (level === cell.currentLevel && cell.currentSource === 'MANAGER') next.delete(key);
    else next.set(key, { employeeId: cell.employeeId, competenceId: cell.competenceId, level });
    changes.value = next;
    dropError(key);
  }

  function clear(key: string): void {
    if (!changes.value.has(key)) return;
    const next = new Map(changes.value);
    next.delete(key);
    changes.value = next;
    dropError(key);
  }

  function clearAll(): void {
    changes.value = new Map();
    cellErrors.value = new Map();
    generalErrors.value = [];
  }

  /** The input of the one mutation call; remembers the order to read error paths back. */
  function toInput(): AssessmentInput[] {
    sentKeys = [...changes.value.keys()];
    return [...changes.value.values()].map((c) => ({ employeeId: c.employeeId, competenceId: c.competenceId, level: c.level }));
  }

  function applyErrors(errors: readonly UserErrorLike[]): void {
    const { byCell, general } = errorsByCell(errors, sentKeys);
    cellErrors.value = byCell;
    generalErrors.value = general;
  }

  return {
    changes,
    count: computed(() => changes.value.size),
    dirty: computed(() => changes.value.size > 0),
    cellErrors,
    generalErrors,
    levelOf: (key: string): number | undefined => changes.value.get(key)?.level,
    isChanged: (key: string): boolean => changes.value.has(key),
    errorsOf: (key: string): UserErrorLike[] => cellErrors.value.get(key) ?? [],
    set,
    clear,
    clearAll,
    toInput,
    applyErrors,
  };
}

export type RatingDraft = ReturnType<typeof useRatingDraft>;
