/** A problem with one form field, by the codes the API's userErrors use. */
export type ProblemCode = 'REQUIRED' | 'INVALID' | 'TOO_LONG' | 'OUT_OF_RANGE' | 'DUPLICATE' | 'NOT_FOUND' | 'FORBIDDEN' | 'STALE';

/** Problems by form field path (`titleSv`, `competences.0.targetLevel`). */
export type FieldProblems = Record<string, ProblemCode>;

/**
 * The i18n key for a field's problem: row indices are dropped (`competences.0.competenceId` →
 * `competences.competenceId`), so one message serves every row.
 */
export function problemKey(scope: string, field: string, code: string): string {
  return `${scope}.${field.replace(/\.\d+(?=\.|$)/g, '')}.${code}`;
}

export function checkText(problems: FieldProblems, field: string, value: string, max: number, required = false): string | null {
  const text = value.trim();
  if (!text) {
    if (required) problems[field] = 'REQUIRED';
    return null;
  }
  if (text.length > max) problems[field] = 'TOO_LONG';
  return text;
}

export function checkInteger(problems: FieldProblems, field: string, value: string, min: number, max: number): number | null {
  const text = value.trim();
  if (!text) {
    problems[field] = 'REQUIRED';
    return null;
  }
  if (!/^\d+$/.test(text)) {
    problems[field] = 'INVALID';
    return null;
  }
  const number = Number(text);
  if (number < min || number > max) problems[field] = 'OUT_OF_RANGE';
  return number;
}
