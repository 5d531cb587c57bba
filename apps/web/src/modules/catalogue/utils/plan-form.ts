import { parseKronor, type EmployeeGroup } from '@smartkompetens/domain';
import { isIsoDateText } from './dates.ts';
import type { FieldProblems } from './form-problems.ts';

export interface PlanFormDraft {
  /** Kronor as typed. */
  budget: string;
  from: string;
  to: string;
  group: EmployeeGroup | '';
}

export interface PlanSuggestionArgs {
  /** Öre as the API's Money: a decimal string. */
  budget: string;
  from: string;
  to: string;
  group: EmployeeGroup | null;
}

/**
 * The suggestion form's rules, as the API states them: a budget above 0 kr, a period that does
 * not end before it starts.
 */
export function validatePlanForm(draft: PlanFormDraft): { args: PlanSuggestionArgs | null; problems: FieldProblems } {
  const problems: FieldProblems = {};
  let budget: bigint | null = null;
  if (!draft.budget.trim()) problems.budget = 'REQUIRED';
  else {
    budget = parseKronor(draft.budget);
    if (budget === null) problems.budget = 'INVALID';
    else if (budget <= 0n) problems.budget = 'OUT_OF_RANGE';
  }
  for (const field of ['from', 'to'] as const) {
    if (!draft[field]) problems[field] = 'REQUIRED';
    else if (!isIsoDateText(draft[field])) problems[field] = 'INVALID';
  }
  if (!problems.from && !problems.to && draft.to < draft.from) problems.to = 'OUT_OF_RANGE';
  if (Object.keys(problems).length || budget === null) return { args: null, problems };
  return { args: { budget: budget.toString(), from: draft.from, to: draft.to, group: draft.group || null }, problems };
}
