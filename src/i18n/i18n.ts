/** i18next set-up. Every user-facing string goes through here; data texts come from the data files. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../data/schema.ts';
import { formatNumber } from '../lib/numbers.ts';
import ar from './locales/ar.json';
import az from './locales/az.json';
import en from './locales/en.json';
import ru from './locales/ru.json';
import tr from './locales/tr.json';

/**
 * All five languages are bundled (about 12 kB gzipped together): the kiosk works offline and shows two
 * at once, and a language switch never waits for the network.
 */
export const UI_LANGUAGES = ['az', 'en', 'ru', 'ar', 'tr'] as const satisfies readonly Language[];

/** Each language in its own name: a visitor looks for the one they read. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  az: 'Azərbaycanca',
  en: 'English',
  ru: 'Русский',
  ar: 'العربية',
  tr: 'Türkçe',
};

function isUiLanguage(code: string | undefined): code is Language {
  return (UI_LANGUAGES as readonly (string | undefined)[]).includes(code);
}

export const RTL_LANGUAGES: ReadonlySet<Language> = new Set(['ar']);

export function createI18n(lang: Language) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    resources: {
      en: { translation: en },
      az: { translation: az },
      ru: { translation: ru },
      ar: { translation: ar },
      tr: { translation: tr },
    },
    interpolation: { escapeValue: false }, // React escapes; nothing is rendered as HTML.
    initAsync: false,
    returnNull: false,
  });
  // `{{count, number}}` with the app's own number formatter: Chromium's Intl has no Azerbaijani symbols.
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
    formatNumber(Number(value), isUiLanguage(lng) ? lng : 'en'),
  );
  return instance;
}

/** Reflects the language on <html> so that screen readers, hyphenation and CSS :dir() follow it. */
export function applyDocumentLanguage(lang: Language, doc: Document = document): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}

const STORAGE_KEY = 'revival-atlas:lang';

/**
 * The language to start with on the web when the URL gives none: the one chosen last time, else the
 * first of the browser's preferred languages that the app speaks, else English.
 */
export function preferredLanguage(stored: string | null, browser: readonly string[]): Language {
  const known = (code: string | null | undefined): code is Language =>
    code !== null && code !== undefined && (UI_LANGUAGES as readonly string[]).includes(code);
  if (known(stored)) return stored;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (known(base)) return base;
  }
  return 'en';
}

export function rememberedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be disabled (private modes, kiosk policies)
  }
}

export function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // nothing to remember with
  }
}
