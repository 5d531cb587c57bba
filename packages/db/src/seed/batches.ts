/** Rows per insert statement: well below PostgreSQL's 65 535 bind parameters per statement. */
export const BATCH_SIZE = 1_000;

/** Runs one insert per batch of rows, in order, and returns each insert's result. */
export async function inBatches<T, R>(rows: readonly T[], insert: (batch: T[]) => PromiseLike<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) results.push(await insert(rows.slice(i, i + BATCH_SIZE)));
  return results;
}
