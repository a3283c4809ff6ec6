import type { Language, LocalizedText } from '../data/schema.ts';

/** Data text in the chosen language, falling back chosen → en → az (the data requires both). */
export function localized(text: LocalizedText | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? text.az;
}
