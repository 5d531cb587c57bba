import { isIsoDate, isLevel, supplyDecisions, supplyStatuses, type SupplyDecision, type SupplyStatus } from '@smartkompetens/domain';
import type { UserErrorLike } from '../../../api/user-errors.ts';

/**
 * Rules of the competence supply plan shared by its list, its form and the dashboard: when an
 * item is overdue, how far the plan has come, and what the form may send (the same limits as
 * the API, so the form refuses exactly what the server would).
 */

export interface PlanItemLike {
  status: SupplyStatus;
  dueDate?: string | null;
}

/** Today as YYYY-MM-DD in the viewer's time zone: due dates are calendar days. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Not done and past its due date (due today is not yet overdue, as the API counts it). */
export function isOverdue(item: PlanItemLike, today: string): boolean {
  return item.status !== 'DONE' && !!item.dueDate && item.dueDate < today;
}

export interface PlanProgress {
  planned: number;
  inProgress: number;
  done: number;
  overdue: number;
  total: number;
  /** Share done, 0–1; 0 for an empty plan. */
  doneShare: number;
}

export function planProgress(items: readonly PlanItemLike[], today: string): PlanProgress {
  const count = (status: SupplyStatus) => items.filter((i) => i.status === status).length;
  const done = count('DONE');
  return {
    planned: count('PLANNED'),
    inProgress: count('IN_PROGRESS'),
    done,
    overdue: items.filter((i) => isOverdue(i, today)).length,
    total: items.length,
    doneShare: items.length ? done / items.length : 0,
  };
}

/** The same shape from the API's per-company summaries (region owners' view). */
export function summaryProgress(summary: { planned: number; inProgress: number; done: number; overdue: number }): PlanProgress {
  const total = summary.planned + summary.inProgress + summary.done;
  return { ...summary, total, doneShare: total ? summary.done / total : 0 };
}

export interface SupplyPlanFormValues {
  competenceId: string;
  roleId: string;
  decision: SupplyDecision | '';
  status: SupplyStatus;
  targetLevel: string;
  peopleCount: string;
  ownerEmployeeId: string;
  dueDate: string;
  note: string;
}

export const supplyPlanFields = [
  'competenceId',
  'roleId',
  'decision',
  'status',
  'targetLevel',
  'peopleCount',
  'ownerEmployeeId',
  'dueDate',
  'note',
] as const;
export type SupplyPlanField = (typeof supplyPlanFields)[number];

export interface SupplyPlanItemInputShape {
  competenceId: string;
  roleId: string | null;
  decision: SupplyDecision;
  status: SupplyStatus;
  targetLevel: number | null;
  peopleCount: number;
  ownerEmployeeId: string | null;
  dueDate: string | null;
  note: string | null;
}

export const MAX_NOTE_LENGTH = 2000;
export const MAX_PEOPLE = 1000;

export function blankSupplyPlanForm(competenceId = ''): SupplyPlanFormValues {
  return {
    competenceId,
    roleId: '',
    decision: '',
    status: 'PLANNED',
    targetLevel: '',
    peopleCount: '1',
    ownerEmployeeId: '',
    dueDate: '',
    note: '',
  };
}

/** Turns the form into the API's SupplyPlanItemInput, with problems at the paths the server uses. */
export function toSupplyPlanInput(values: SupplyPlanFormValues): { input: SupplyPlanItemInputShape; problems: UserErrorLike[] } {
  const problems: UserErrorLike[] = [];
  const problem = (field: SupplyPlanField, code: string, message: string) => problems.push({ field: ['input', field], code, message });

  if (!values.competenceId) problem('competenceId', 'REQUIRED', 'Choose a competence');
  const decision = (supplyDecisions as readonly string[]).includes(values.decision) ? (values.decision as SupplyDecision) : null;
  if (!decision) problem('decision', 'REQUIRED', 'Choose a decision');
  if (!(supplyStatuses as readonly string[]).includes(values.status)) problem('status', 'INVALID', 'Choose a status');

  const targetText = values.targetLevel.trim();
  const targetLevel = targetText ? Number(targetText) : null;
  if (targetLevel !== null && !isLevel(targetLevel)) problem('targetLevel', 'OUT_OF_RANGE', 'A level from 1 to 5');

  const peopleText = values.peopleCount.trim();
  const peopleCount = peopleText ? Number(peopleText) : Number.NaN;
  if (!peopleText) problem('peopleCount', 'REQUIRED', 'How many people');
  else if (!Number.isInteger(peopleCount) || peopleCount < 1 || peopleCount > MAX_PEOPLE) problem('peopleCount', 'OUT_OF_RANGE', 'From 1 to 1000');

  const dueDate = values.dueDate.trim() || null;
  if (dueDate && !isIsoDate(dueDate)) problem('dueDate', 'INVALID', 'Not a date');

  const note = values.note.trim() || null;
  if (note && note.length > MAX_NOTE_LENGTH) problem('note', 'TOO_LONG', `At most ${MAX_NOTE_LENGTH} characters`);

  return {
    input: {
      competenceId: values.competenceId,
      roleId: values.roleId || null,
      decision: decision ?? 'DEVELOP',
      status: values.status,
      targetLevel: targetLevel !== null && isLevel(targetLevel) ? targetLevel : null,
      peopleCount: Number.isInteger(peopleCount) ? peopleCount : 1,
      ownerEmployeeId: values.ownerEmployeeId || null,
      dueDate,
      note,
    },
    problems,
  };
}
