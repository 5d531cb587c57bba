import { describe, expect, it } from 'vitest';
import { validateEmployee } from './employee.ts';

const today = new Date('2026-11-28T12:00:00Z');
const valid = {
  firstName: ' Anna ',
  lastName: 'Lind',
  email: 'Anna.Lind@Example.se',
  jobTitle: 'CNC-operatör',
  group: 'STAFF',
  employmentStart: '2019-03-01',
  hourlyCost: '45000',
  birthYear: 1985,
  gender: 'WOMAN',
  educationLevel: 'ISCED_3_4',
};

describe('employee details', () => {
  it('accepts valid details, trimming names and lower-casing the email', () => {
    const result = validateEmployee(valid, today);
    expect(result).toEqual({
      ok: true,
      value: { ...valid, firstName: 'Anna', email: 'anna.lind@example.se', hourlyCost: 45000n },
    });
  });

  it('names every missing required field', () => {
    const result = validateEmployee({}, today);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.field[0]}:${p.code}`).sort()).toEqual(
      ['employmentStart:REQUIRED', 'firstName:REQUIRED', 'group:REQUIRED', 'hourlyCost:REQUIRED', 'jobTitle:REQUIRED', 'lastName:REQUIRED'],
    );
  });

  it('rejects impossible dates, bad emails, unknown groups, fractional öre and implausible costs', () => {
    const result = validateEmployee(
      { ...valid, employmentStart: '2026-02-30', email: 'anna@', group: 'BOARD', hourlyCost: '450.5', birthYear: 2020 },
      today,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = Object.fromEntries(result.problems.map((p) => [p.field[0], p.code]));
    expect(byField).toEqual({ employmentStart: 'INVALID', email: 'INVALID', group: 'INVALID', hourlyCost: 'INVALID', birthYear: 'OUT_OF_RANGE' });
    expect(validateEmployee({ ...valid, hourlyCost: '0' }, today).ok).toBe(false);
    expect(validateEmployee({ ...valid, hourlyCost: '1000001' }, today).ok).toBe(false);
  });

  it('treats empty optional fields as not given', () => {
    const result = validateEmployee({ ...valid, email: '', birthYear: null, gender: '', educationLevel: undefined }, today);
    expect(result.ok && result.value).toMatchObject({ email: null, birthYear: null, gender: null, educationLevel: null });
  });
});
