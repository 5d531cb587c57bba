import { AppError } from './app-error.ts';

export class UnauthenticatedError extends AppError {
  readonly statusCode = 401;
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in or send a valid API token') {
    super(message);
  }
}
