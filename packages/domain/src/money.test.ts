import { describe, expect, it } from 'vitest';
import { formatOre, parseKronor, parseOre, sumOre } from './money.ts';

describe('money in öre', () => {
  it('keeps totals above 2^53 exact', () => {
    const big = 2n ** 53n;
    expect(sumOre([big, 1n, 1n])).toBe(big + 2n);
    expect(parseOre('9007199254740993')).toBe(9007199254740993n);
  });

  it('parses kronor the way people type them', () => {
    expect(parseKronor('1 234,50')).toBe(123450n);
    expect(parseKronor('1234.5')).toBe(123450n);
    expect(parseKronor('450 kr')).toBe(45000n);
    expect(parseKronor('12,345')).toBeNull();
    expect(parseKronor('tolv')).toBeNull();
  });

  it('refuses strings that are not whole öre', () => {
    expect(() => parseOre('12.5')).toThrow(RangeError);
    expect(() => parseOre('1e9')).toThrow(RangeError);
  });

  it('formats for Swedish and English readers', () => {
    expect(formatOre(123450n, 'sv-SE').replace(/\s/g, ' ')).toBe('1 234,50 kr');
    expect(formatOre(45000n, 'en-GB')).toBe('SEK 450');
    expect(formatOre(-5n, 'en-GB')).toBe('SEK −0.05');
  });
});
