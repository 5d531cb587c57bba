import { describe, expect, it } from 'vitest';
import { toEmployeeInput, type EmployeeFormValues } from './use-employee-form.ts';

const today = new Date('2026-11-28T12:00:00Z');
const filled: EmployeeFormValues = {
  firstName: ' Anna ',
  lastName: 'Berg',
  email: '',
  jobTitle: 'Formare',
  group: 'STAFF',
  employmentStart: '2021-08-16',
  birthYear: '',
  gender: '',
  educationLevel: '',
};

describe('toEmployeeInput', () => {
  it('builds the GraphQL input: trimmed text, öre as a string, empty optionals as null', () => {
    const { input, problems } = toEmployeeInput(filled, '385,50', today);
    expect(problems).toEqual([]);
    expect(input).toEqual({
      firstName: 'Anna',
      lastName: 'Berg',
      email: null,
      jobTitle: 'Formare',
      group: 'STAFF',
      employmentStart: '2021-08-16',
      hourlyCost: '38550',
      birthYear: null,
      gender: null,
      educationLevel: null,
    });
  });

  it('reports problems with the paths the server would use', () => {
    const { problems } = toEmployeeInput(
      { ...filled, firstName: '', email: 'not-an-email', birthYear: '85' },
      '',
      today,
    );
    expect(problems.map((p) => `${p.field?.join('.')}:${p.code}`).sort()).toEqual([
      'input.birthYear:INVALID',
      'input.email:INVALID',
      'input.firstName:REQUIRED',
      'input.hourlyCost:REQUIRED',
    ]);
  });

  it('applies the domain rule for plausible birth years', () => {
    const { problems } = toEmployeeInput({ ...filled, birthYear: '2020' }, '385', today);
    expect(problems).toEqual([expect.objectContaining({ field: ['input', 'birthYear'], code: 'OUT_OF_RANGE' })]);
  });
});
