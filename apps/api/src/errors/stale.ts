import { AppError } from './app-error.ts';

/** An optimistic-concurrency check failed: someone else changed the object since it was read. */
export class StaleError extends AppError {
  readonly statusCode = 409;
  readonly code = 'STALE';
  constructor(what: string) {
    super(`${what} was changed by someone else; reload and try again`);
    this.problems.push({ field: ['expectedVersion'], message: this.message, code: 'STALE' });
  }
}
