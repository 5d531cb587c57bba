import type { BarItem } from '../../competence/utils/chart-scale.ts';
import { kronorForChart } from './burn-down.ts';

/**
 * Bars for amounts of money: the bar length in whole kronor (drawing needs no öre), the text
 * from the exact öre figure. Missing amounts draw no bar.
 */
export function moneyBars<T>(
  rows: readonly T[],
  pick: (row: T) => { key: string; label: string; ore: string | null | undefined; to?: BarItem['to'] },
  format: (ore: string) => string,
  none: string,
): BarItem[] {
  return rows.map((row) => {
    const { key, label, ore, to } = pick(row);
    return { key, label, value: ore == null ? null : kronorForChart(ore), valueText: ore == null ? none : format(ore), to };
  });
}
