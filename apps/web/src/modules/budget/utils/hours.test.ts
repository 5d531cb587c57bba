import { describe, expect, it } from 'vitest';
import { minutesToHoursText, parseHours, validateAttest } from './hours.ts';

describe('participant hours', () => {
  it('reads hours as people type them into whole minutes', () => {
    expect(parseHours('7,5')).toBe(450);
    expect(parseHours('7.25 h')).toBe(435);
    expect(parseHours('0')).toBe(0);
    expect(parseHours('-1')).toBeNull();
    expect(parseHours('sju')).toBeNull();
    expect(parseHours('1,255')).toBeNull();
  });

  it('writes minutes back with the decimal comma in Swedish', () => {
    expect(minutesToHoursText(450, 'sv')).toBe('7,5');
    expect(minutesToHoursText(450, 'en')).toBe('7.5');
    expect(minutesToHoursText(480, 'sv')).toBe('8');
  });

  it('asks for a reason only when the hours differ from the plan', () => {
    expect(validateAttest({ hours: '8', reason: '' }, 480)).toEqual({ minutes: 480, problems: {} });
    expect(validateAttest({ hours: '6', reason: '' }, 480).problems).toEqual({ reason: 'REASON_REQUIRED' });
    expect(validateAttest({ hours: '6', reason: 'Sjuk en dag' }, 480)).toEqual({ minutes: 360, problems: {} });
    expect(validateAttest({ hours: '', reason: '' }, 480).problems).toEqual({ hours: 'REQUIRED' });
    expect(validateAttest({ hours: '800', reason: 'x' }, 480)).toEqual({ minutes: null, problems: { hours: 'OUT_OF_RANGE' } });
  });
});
