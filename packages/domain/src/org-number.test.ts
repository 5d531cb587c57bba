import { describe, expect, it } from 'vitest';
import { parseOrgNumber, withCheckDigit } from './org-number.ts';

describe('organisation numbers', () => {
  it('accepts a real company number with or without hyphen and normalises it', () => {
    expect(parseOrgNumber('5560360793')).toEqual({ ok: true, value: '556036-0793' });
    expect(parseOrgNumber(' 556036-0793 ')).toEqual({ ok: true, value: '556036-0793' });
  });

  it('rejects a wrong check digit', () => {
    expect(parseOrgNumber('556036-0794')).toEqual({ ok: false, problem: 'CHECK_DIGIT' });
  });

  it('rejects anything that is not ten digits', () => {
    expect(parseOrgNumber('55603-0793')).toEqual({ ok: false, problem: 'FORMAT' });
    expect(parseOrgNumber('abcdefghij')).toEqual({ ok: false, problem: 'FORMAT' });
  });

  it('rejects a personal identity number (third digit below 2)', () => {
    // 811218-9876 has a valid check digit but is a person's number.
    expect(parseOrgNumber('8112189876')).toEqual({ ok: false, problem: 'NOT_LEGAL_ENTITY' });
  });

  it('completes nine digits into a valid number', () => {
    const made = withCheckDigit('556036079');
    expect(made).toBe('556036-0793');
    expect(parseOrgNumber(made).ok).toBe(true);
  });
});
