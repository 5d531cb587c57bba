import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { intlLocale } from '../../../i18n.ts';

interface Named {
  nameSv: string;
  nameEn?: string | null;
}

interface Described {
  descriptionSv: string;
  descriptionEn?: string | null;
}

/**
 * Text that people typed in Swedish and optionally English (competences, areas, roles, level
 * names): the English text in the English UI when there is one, the Swedish otherwise.
 */
export function useLocalized() {
  const { locale } = useI18n();
  const english = computed(() => locale.value === 'en');
  const collator = computed(() => new Intl.Collator(intlLocale(locale.value), { sensitivity: 'base', numeric: true }));
  return {
    name: (item: Named | null | undefined): string => (!item ? '' : english.value && item.nameEn ? item.nameEn : item.nameSv),
    description: (item: Described | null | undefined): string =>
      !item ? '' : english.value && item.descriptionEn ? item.descriptionEn : item.descriptionSv,
    /** Whether the shown name is a Swedish fallback inside the English UI (for `lang="sv"`). */
    fallbackLang: (item: Named | null | undefined): 'sv' | undefined => (english.value && item && !item.nameEn ? 'sv' : undefined),
    compare: (a: string, b: string): number => collator.value.compare(a, b),
  };
}

export function personName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}
