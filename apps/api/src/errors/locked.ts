import { AppError } from './app-error.ts';

/** The change touches a period that is reported and locked for good. Nothing was written. */
export class LockedError extends AppError {
  readonly statusCode = 409;
  readonly code = 'LOCKED';
  constructor(message: string, field: string[]) {
    super(message);
    this.problems.push({ field, message, code: 'LOCKED' });
  }
}
