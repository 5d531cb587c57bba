import { createI18n } from 'vue-i18n';
import en from './locales/en.json';
import sv from './locales/sv.json';
import budgetEn from './modules/budget/locales/en.json';
import budgetSv from './modules/budget/locales/sv.json';
import catalogueEn from './modules/catalogue/locales/en.json';
import catalogueSv from './modules/catalogue/locales/sv.json';
import recruitmentEn from './modules/recruitment/locales/en.json';
import recruitmentSv from './modules/recruitment/locales/sv.json';

/** A module's own locale file merged into the app's: nested keys combine, the module's win. */
export function mergeMessages<A extends object, B extends object>(base: A, extra: B): A & B {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    result[key] =
      typeof current === 'object' && current !== null && typeof value === 'object' && value !== null ? mergeMessages(current, value) : value;
  }
  return result as A & B;
}

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
    messages: {
      sv: mergeMessages(mergeMessages(mergeMessages(sv, catalogueSv), budgetSv), recruitmentSv),
      en: mergeMessages(mergeMessages(mergeMessages(en, catalogueEn), budgetEn), recruitmentEn),
    },
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
