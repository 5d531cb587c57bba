import { AppError } from './app-error.ts';

/** Wrong email or password; deliberately does not say which. */
export class InvalidCredentialsError extends AppError {
  readonly statusCode = 401;
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('Wrong email or password');
  }
}
