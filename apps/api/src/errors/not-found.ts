import { AppError } from './app-error.ts';

/** The object does not exist, or the viewer may not know that it does: both look the same. */
export class NotFoundError extends AppError {
  readonly statusCode = 404;
  readonly code = 'NOT_FOUND';
  constructor(what: string, field: string[] | null = null) {
    super(`${what} not found`);
    this.problems.push({ field, message: this.message, code: 'NOT_FOUND' });
  }
}
