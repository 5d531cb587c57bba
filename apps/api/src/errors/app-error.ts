/** A problem with one input field, as GraphQL `userErrors` and REST `details` carry it. */
export interface FieldProblem {
  /** Path to the field, e.g. ['input', 'email']; null when it concerns the whole request. */
  field: string[] | null;
  message: string;
  code: 'REQUIRED' | 'INVALID' | 'TOO_LONG' | 'OUT_OF_RANGE' | 'DUPLICATE' | 'NOT_FOUND' | 'FORBIDDEN' | 'STALE' | 'OVER_BUDGET' | 'LOCKED';
}

/**
 * Base of the error catalogue. Each error knows its HTTP status and a stable code; the REST
 * error handler and the GraphQL error formatter map it, so services only throw.
 */
export abstract class AppError extends Error {
  abstract readonly statusCode: number;
  abstract readonly code: string;
  /** Field problems a mutation returns as userErrors instead of a top-level error. */
  readonly problems: FieldProblem[] = [];
}
