import { useI18n } from 'vue-i18n';
import { useFormat } from '../../../composables/use-format.ts';
import { intlLocale } from '../../../i18n.ts';
import { localized, type LocalizedText } from '../utils/localized.ts';

interface PlaceLike {
  online: boolean;
  municipality?: string | null;
  region?: { name: string } | null;
}

/** The catalogue's ways of writing things: dates, money, places, course and competence names. */
export function useCatalogueFormat() {
  const { t, locale } = useI18n();
  const format = useFormat();
  return {
    date: format.date,
    money: format.money,
    /** `18–20 jan. 2027`: Intl writes what the two dates share once. */
    dateRange(from: string, to: string): string {
      if (from === to) return format.date(from);
      const [a, b] = [from, to].map((d) => {
        const [year, month, day] = d.split('-').map(Number);
        return new Date(Date.UTC(year!, month! - 1, day!));
      });
      if (!a || !b || Number.isNaN(a.getTime()) || Number.isNaN(b.getTime()) || b < a) {
        return t('catalogue.format.dateRange', { from: format.date(from), to: format.date(to) });
      }
      return new Intl.DateTimeFormat(intlLocale(locale.value), { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(a, b);
    },
    place(occasion: PlaceLike): string {
      if (occasion.online) return t('catalogue.occasion.online');
      return [occasion.municipality, occasion.region?.name].filter(Boolean).join(', ') || t('catalogue.occasion.placeUnknown');
    },
    name(item: { nameSv: string; nameEn?: string | null }): LocalizedText {
      return localized(locale.value, item.nameSv, item.nameEn);
    },
    title(course: { titleSv: string; titleEn?: string | null }): LocalizedText {
      return localized(locale.value, course.titleSv, course.titleEn);
    },
    /** Price per participant, else per occasion, else a word for "on request". */
    price(course: { pricePerParticipant?: string | null; pricePerOccasion?: string | null }): string {
      if (course.pricePerParticipant) return t('catalogue.format.perParticipant', { price: format.money(course.pricePerParticipant) });
      if (course.pricePerOccasion) return t('catalogue.format.perOccasion', { price: format.money(course.pricePerOccasion) });
      return t('catalogue.format.priceOnRequest');
    },
    hours(hours: number): string {
      return t('catalogue.format.hours', { n: hours }, hours);
    },
    average(value: number | null | undefined): string {
      if (value == null) return '—';
      return new Intl.NumberFormat(locale.value === 'en' ? 'en-GB' : 'sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
    },
  };
}
