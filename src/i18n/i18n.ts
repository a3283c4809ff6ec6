/** i18next set-up. Every user-facing string goes through here; data texts come from the data files. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../data/schema.ts';
import az from './locales/az.json';
import en from './locales/en.json';

export const UI_LANGUAGES = ['az', 'en'] as const satisfies readonly Language[];

/** Each language in its own name: a visitor looks for the one they read. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  az: 'Azərbaycanca',
  en: 'English',
  ru: 'Русский',
  ar: 'العربية',
  tr: 'Türkçe',
};

export const RTL_LANGUAGES: ReadonlySet<Language> = new Set(['ar']);

export function createI18n(lang: Language) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en: { translation: en }, az: { translation: az } },
    interpolation: { escapeValue: false }, // React escapes; nothing is rendered as HTML.
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** Reflects the language on <html> so that screen readers, hyphenation and CSS :dir() follow it. */
export function applyDocumentLanguage(lang: Language, doc: Document = document): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}
