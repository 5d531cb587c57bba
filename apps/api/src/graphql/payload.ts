import { AppError, type FieldProblem } from '../errors/index.ts';

/**
 * Runs a mutation and shapes its payload. Expected failures (invalid input, not found,
 * forbidden, stale) become `userErrors` with nothing written; anything else propagates as
 * a top-level error.
 */
export async function payload<K extends string, T>(
  key: K,
  run: () => Promise<T>,
): Promise<{ [P in K]: T | null } & { userErrors: FieldProblem[] }> {
  try {
    const value = await run();
    return { [key]: value, userErrors: [] } as { [P in K]: T | null } & { userErrors: FieldProblem[] };
  } catch (error) {
    if (error instanceof AppError && error.problems.length > 0) {
      return { [key]: null, userErrors: error.problems } as { [P in K]: T | null } & { userErrors: FieldProblem[] };
    }
    throw error;
  }
}
