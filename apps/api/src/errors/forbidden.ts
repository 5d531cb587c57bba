import { AppError } from './app-error.ts';

export class ForbiddenError extends AppError {
  readonly statusCode = 403;
  readonly code = 'FORBIDDEN';
  constructor(message = 'You do not have permission to do this') {
    super(message);
    this.problems.push({ field: null, message, code: 'FORBIDDEN' });
  }
}
