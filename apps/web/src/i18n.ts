import { createI18n } from 'vue-i18n';
import en from './locales/en.json';
import sv from './locales/sv.json';

export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Swedish is the programme's language; English is offered to everyone else. */
export const defaultLocale: Locale = 'sv';
const STORAGE_KEY = 'smartkompetens.locale';

export type MessageSchema = typeof sv;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function createAppI18n(locale: Locale = storedLocale() ?? defaultLocale) {
  const i18n = createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: defaultLocale,
    messages: { sv, en },
    // Missing keys are caught by the locale parity test; no console noise in production.
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
  });
  document.documentElement.lang = locale;
  return i18n;
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** Switches the UI language, remembers it on this device and tells assistive tech via <html lang>. */
export function setLocale(composer: { locale: { value: string } }, locale: Locale, { persist = true } = {}): void {
  composer.locale.value = locale;
  document.documentElement.lang = locale;
  if (!persist) return;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage unavailable: the choice lasts for this page only.
  }
}

/** BCP 47 tag for Intl formatting of dates and money. */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'sv-SE';
}
