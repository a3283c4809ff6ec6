/**
 * Text of one direction inside text of the other. A Latin-script fallback (an English summary, a source
 * title) inside the Arabic interface is laid out right to left unless it is isolated: its full stop jumps to
 * the front (".code FZL, ICAO code UBBF"), and a date next to it splits from its day. In the DOM, data text
 * goes in an element with its own `lang` and `dir` (`<bdi>` when its language is unknown); in a plain
 * string (an option, an accessible name) it is wrapped in Unicode isolates, FSI … PDI.
 */
import type { Language } from '../data/schema.ts';

const RTL: ReadonlySet<Language> = new Set(['ar']);

export const FSI = '\u2068';
export const PDI = '\u2069';

export function directionOf(lang: Language): 'ltr' | 'rtl' {
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

/** `text` as an isolated run of a plain string: its direction no longer mixes with its surroundings. */
export function isolate(text: string): string {
  return text === '' ? text : `${FSI}${text}${PDI}`;
}

/**
 * Isolates data text inside a plain string of the interface in `lang`. Only a right-to-left interface needs
 * it: every data text an LTR interface shows is LTR (fallbacks go to English, then Azerbaijani), and the
 * isolates would only get in the way of copying and searching the text.
 */
export function isolateIn(lang: Language, text: string): string {
  return directionOf(lang) === 'rtl' ? isolate(text) : text;
}
