import type { LocalizedText } from '../data/schema-primitives.ts';
import type { Language } from '../data/schema.ts';

/** The language a data text is shown in: the chosen one, else en, else az (the data requires both). */
export function shownLanguage(text: LocalizedText | undefined, lang: Language): Language {
  if (!text || text[lang]) return lang;
  return text.en ? 'en' : 'az';
}

/** Data text in the chosen language, falling back chosen → en → az. */
export function localized(text: LocalizedText | undefined, lang: Language): string {
  if (!text) return '';
  return text[shownLanguage(text, lang)] ?? '';
}
