import { AppError, type FieldProblem } from './app-error.ts';

/** Input that breaks a rule; each problem names its field. Nothing was written. */
export class InvalidInputError extends AppError {
  readonly statusCode = 400;
  readonly code = 'VALIDATION';
  constructor(problems: FieldProblem[]) {
    super(problems.map((p) => (p.field ? `${p.field.join('.')}: ${p.message}` : p.message)).join('; '));
    this.problems.push(...problems);
  }
}
