import { InvalidInputError } from '../errors/index.ts';

/**
 * Opaque keyset cursors: the sort key of the last row seen, as base64url JSON. Keyset paging
 * stays fast at any depth, unlike OFFSET.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number, field: string[] = ['after']): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length && key.every((k) => typeof k === 'string' || typeof k === 'number')) {
      return key as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw new InvalidInputError([{ field, code: 'INVALID', message: 'Not a cursor returned by this API' }]);
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, fallback: number, field: string[] = ['first']): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new InvalidInputError([{ field, code: 'OUT_OF_RANGE', message: `Must be between 1 and ${MAX_PAGE_SIZE}` }]);
  }
  return size;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}
