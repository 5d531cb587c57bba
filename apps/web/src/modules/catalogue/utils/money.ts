import { parseOre } from '@smartkompetens/domain';

/**
 * Öre as kronor for a text box: no thousands separator (easy to edit), decimals only when
 * there are öre, with the decimal comma in Swedish. `"1190050"` → `"11900,50"`.
 */
export function oreToKronor(ore: string, locale = 'sv'): string {
  const value = parseOre(ore);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = (abs / 100n).toString();
  const rest = abs % 100n;
  const text = rest === 0n ? whole : `${whole}${locale.startsWith('sv') ? ',' : '.'}${rest.toString().padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}
