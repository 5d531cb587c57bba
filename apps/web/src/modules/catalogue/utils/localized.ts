/**
 * Course titles and competence names are typed in Swedish with an optional English text: the
 * English UI shows the English one when there is one, else the Swedish, marked `lang="sv"` so a
 * screen reader pronounces it right.
 */
export interface LocalizedText {
  text: string;
  /** Set when the text is in another language than the UI's. */
  lang: 'sv' | undefined;
}

export function localized(locale: string, sv: string, en?: string | null): LocalizedText {
  if (locale === 'en' && en) return { text: en, lang: undefined };
  return { text: sv, lang: locale === 'en' ? 'sv' : undefined };
}

/** Just the text, for sorting, option labels and sentences. */
export function localizedText(locale: string, sv: string, en?: string | null): string {
  return localized(locale, sv, en).text;
}
