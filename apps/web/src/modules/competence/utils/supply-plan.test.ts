import { describe, expect, it } from 'vitest';
import { blankSupplyPlanForm, isOverdue, planProgress, summaryProgress, todayIso, toSupplyPlanInput } from './supply-plan.ts';

describe('plan progress', () => {
  const today = '2026-11-28';

  it('counts an unfinished item past its due date as overdue, but not one due today or done', () => {
    expect(isOverdue({ status: 'PLANNED', dueDate: '2026-11-27' }, today)).toBe(true);
    expect(isOverdue({ status: 'IN_PROGRESS', dueDate: '2026-11-28' }, today)).toBe(false);
    expect(isOverdue({ status: 'DONE', dueDate: '2025-01-01' }, today)).toBe(false);
    expect(isOverdue({ status: 'PLANNED', dueDate: null }, today)).toBe(false);
  });

  it('counts items by status, overdue ones and the share done', () => {
    const progress = planProgress(
      [
        { status: 'PLANNED', dueDate: '2026-01-01' },
        { status: 'PLANNED', dueDate: '2027-01-01' },
        { status: 'IN_PROGRESS', dueDate: null },
        { status: 'DONE', dueDate: '2026-01-01' },
      ],
      today,
    );
    expect(progress).toEqual({ planned: 2, inProgress: 1, done: 1, overdue: 1, total: 4, doneShare: 0.25 });
    expect(planProgress([], today).doneShare).toBe(0);
  });

  it('reads the API summaries the same way', () => {
    expect(summaryProgress({ planned: 1, inProgress: 1, done: 2, overdue: 1 })).toEqual({
      planned: 1,
      inProgress: 1,
      done: 2,
      overdue: 1,
      total: 4,
      doneShare: 0.5,
    });
  });

  it('writes today as a calendar date', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('toSupplyPlanInput', () => {
  it('builds the input with empty optional fields as null', () => {
    const { input, problems } = toSupplyPlanInput({ ...blankSupplyPlanForm('c1'), decision: 'RECRUIT', note: '  ' });
    expect(problems).toEqual([]);
    expect(input).toEqual({
      competenceId: 'c1',
      roleId: null,
      decision: 'RECRUIT',
      status: 'PLANNED',
      targetLevel: null,
      peopleCount: 1,
      ownerEmployeeId: null,
      dueDate: null,
      note: null,
    });
  });

  it('reports problems at the paths the server uses', () => {
    const { problems } = toSupplyPlanInput({
      ...blankSupplyPlanForm(),
      targetLevel: '7',
      peopleCount: '0',
      dueDate: '2026-02-30',
      note: 'x'.repeat(2001),
    });
    expect(problems.map((p) => `${p.field?.join('.')}:${p.code}`)).toEqual([
      'input.competenceId:REQUIRED',
      'input.decision:REQUIRED',
      'input.targetLevel:OUT_OF_RANGE',
      'input.peopleCount:OUT_OF_RANGE',
      'input.dueDate:INVALID',
      'input.note:TOO_LONG',
    ]);
  });

  it('requires a number of people', () => {
    const { problems } = toSupplyPlanInput({ ...blankSupplyPlanForm('c1'), decision: 'DEVELOP', peopleCount: '' });
    expect(problems).toEqual([expect.objectContaining({ field: ['input', 'peopleCount'], code: 'REQUIRED' })]);
  });
});
