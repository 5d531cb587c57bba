import { AppError } from './app-error.ts';

/** A ledger write that would take a budget line over its amount. Nothing was written. */
export class OverBudgetError extends AppError {
  readonly statusCode = 409;
  readonly code = 'OVER_BUDGET';
  constructor(message: string, field: string[]) {
    super(message);
    this.problems.push({ field, message, code: 'OVER_BUDGET' });
  }
}
