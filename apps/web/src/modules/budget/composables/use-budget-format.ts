import { useI18n } from 'vue-i18n';
import { useFormat } from '../../../composables/use-format.ts';
import { intlLocale } from '../../../i18n.ts';
import { minutesToHours } from '../utils/hours.ts';

/** Budget tracking's ways of writing things: money, months, hours and the closed sets' names. */
export function useBudgetFormat() {
  const { t, locale } = useI18n();
  const format = useFormat();
  const number = (value: number, digits = 0) =>
    new Intl.NumberFormat(intlLocale(locale.value), { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
  return {
    date: format.date,
    money: format.money,
    /** Money that may be missing (no participants → no cost per participant). */
    moneyOrDash: (ore: string | null | undefined) => (ore == null ? '—' : format.money(ore)),
    /** `2026-09-01` → `sep. 2026` / `Sep 2026`. */
    month(value: string): string {
      const [year, month] = value.split('-').map(Number);
      if (!year || !month) return value;
      return new Intl.DateTimeFormat(intlLocale(locale.value), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
    },
    /** `2026-09-01` → `september 2026`, for headings. */
    monthLong(value: string): string {
      const [year, month] = value.split('-').map(Number);
      if (!year || !month) return value;
      return new Intl.DateTimeFormat(intlLocale(locale.value), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
    },
    dateTime(value: string | null | undefined): string {
      if (!value) return '';
      return new Intl.DateTimeFormat(intlLocale(locale.value), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(new Date(value));
    },
    number,
    /** Hours with up to one decimal and the unit, `7,5 h`. */
    hours: (hours: number) => t('budget.format.hours', { n: number(hours, 1) }),
    minutes: (minutes: number) => t('budget.format.hours', { n: number(minutesToHours(minutes), 2) }),
    /** A share in basis points as a percentage, `25 %`. */
    basisPoints: (bp: number) => new Intl.NumberFormat(intlLocale(locale.value), { style: 'percent', maximumFractionDigits: 1 }).format(bp / 10_000),
    /** Whole kronor shortened for a chart axis: 1 250 000 → `1,25 mn`, 45 000 → `45 tn`. */
    shortKronor(kronor: number): string {
      if (kronor >= 1_000_000) return t('budget.chart.millions', { n: number(kronor / 1_000_000, 2) });
      if (kronor >= 1000) return t('budget.chart.thousands', { n: number(kronor / 1000, 1) });
      return number(kronor);
    },
    category: (c: string) => t(`budget.category.${c}`),
    source: (s: string) => t(`budget.source.${s}`),
    kind: (k: string) => t(`budget.kind.${k}`),
  };
}
