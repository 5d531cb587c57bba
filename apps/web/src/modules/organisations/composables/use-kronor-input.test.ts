import { describe, expect, it } from 'vitest';
import { kronorToOre, oreToKronorText, useKronorInput } from './use-kronor-input.ts';

describe('kronorToOre', () => {
  it('turns kronor as people type them into a decimal string of öre', () => {
    expect(kronorToOre('450')).toEqual({ ok: true, ore: '45000' });
    expect(kronorToOre('450,50')).toEqual({ ok: true, ore: '45050' });
    expect(kronorToOre('1 234.5')).toEqual({ ok: true, ore: '123450' });
    expect(kronorToOre(' 385 kr ')).toEqual({ ok: true, ore: '38500' });
  });

  it('asks for a value when the box is empty', () => {
    expect(kronorToOre('   ')).toEqual({ ok: false, problem: 'REQUIRED' });
  });

  it('refuses text that is not an amount, or has fractions of öre', () => {
    expect(kronorToOre('fyrahundra')).toEqual({ ok: false, problem: 'INVALID' });
    expect(kronorToOre('450,505')).toEqual({ ok: false, problem: 'INVALID' });
  });

  it('refuses hourly costs outside the plausible range (above 0, at most 10 000 kr)', () => {
    expect(kronorToOre('0')).toEqual({ ok: false, problem: 'OUT_OF_RANGE' });
    expect(kronorToOre('-5')).toEqual({ ok: false, problem: 'OUT_OF_RANGE' });
    expect(kronorToOre('10000')).toEqual({ ok: true, ore: '1000000' });
    expect(kronorToOre('10000,01')).toEqual({ ok: false, problem: 'OUT_OF_RANGE' });
  });
});

describe('oreToKronorText', () => {
  it('writes whole kronor without decimals and öre with the locale’s decimal mark', () => {
    expect(oreToKronorText('45000')).toBe('450');
    expect(oreToKronorText('45050', 'sv')).toBe('450,50');
    expect(oreToKronorText('45005', 'en')).toBe('450.05');
  });

  it('round-trips through kronorToOre', () => {
    for (const ore of ['1', '99', '45050', '1000000']) {
      expect(kronorToOre(oreToKronorText(ore))).toEqual({ ok: true, ore });
    }
  });
});

describe('useKronorInput', () => {
  it('keeps the öre value in step with the text', () => {
    const input = useKronorInput('38500');
    expect(input.text.value).toBe('385');
    expect(input.ore.value).toBe('38500');
    input.text.value = '412,75';
    expect(input.ore.value).toBe('41275');
    input.text.value = 'x';
    expect(input.ore.value).toBeUndefined();
    expect(input.problem.value).toBe('INVALID');
  });
});
