import { formatOre, parseOre } from '@smartkompetens/domain';
import { useI18n } from 'vue-i18n';
import { intlLocale } from '../i18n.ts';

/** Locale-aware formatting of the API's scalars (Date as YYYY-MM-DD, Money as öre strings). */
export function useFormat() {
  const { locale } = useI18n();
  return {
    /** `2024-03-01` → `1 mars 2024` / `1 Mar 2024`; read as a calendar date, never shifted by time zone. */
    date(value: string | null | undefined): string {
      if (!value) return '';
      const [year, month, day] = value.split('-').map(Number);
      if (!year || !month || !day) return value;
      return new Intl.DateTimeFormat(intlLocale(locale.value), { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(Date.UTC(year, month - 1, day)),
      );
    },
    money(ore: string | null | undefined): string {
      if (ore == null) return '';
      return formatOre(parseOre(ore), intlLocale(locale.value));
    },
  };
}
