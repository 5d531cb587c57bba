/**
 * Whether a database error is a unique violation of the named constraint. Drizzle wraps
 * driver errors: the PostgreSQL error sits in `cause` (pg) or on the error itself (PGlite).
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const candidates = [error, (error as { cause?: unknown })?.cause];
  return candidates.some((e) => {
    const pgError = e as { code?: string; constraint?: string; message?: string } | undefined;
    return pgError?.code === '23505' && (pgError.constraint === constraint || pgError.message?.includes(constraint));
  });
}

/** Whether the error is a CHECK (or trigger-raised check) violation of the named constraint. */
export function isCheckViolation(error: unknown, constraint: string): boolean {
  const candidates = [error, (error as { cause?: unknown })?.cause];
  return candidates.some((e) => {
    const pgError = e as { code?: string; constraint?: string; message?: string } | undefined;
    return pgError?.code === '23514' && (pgError.constraint === constraint || pgError.message?.includes(constraint) === true);
  });
}
