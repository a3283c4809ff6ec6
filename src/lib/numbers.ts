/**
 * Numbers for people (areas, families, residents), the same in every browser.
 *
 * Chromium's Intl has no Azerbaijani number symbols either: `Intl.NumberFormat('az')` gives "1,247" where
 * Azerbaijani writes "1.247". The digits come from Intl in English (always complete); the group and decimal
 * signs from this CLDR table, checked against Node's full ICU by a unit test.
 *
 * Arabic uses Latin digits (0–9), here, in dates and everywhere else in the app: CLDR's own default for
 * `ar` (what Intl gives in Chromium and Node), the digits of the data itself (years in names and summaries,
 * coordinates, the line numbers a curator reads), and the digits of Azerbaijan's and the Gulf's public
 * signage. Arabic-Indic digits (٠١٢…) would mix with Latin ones on the same screen.
 */
import type { Language } from '../data/schema.ts';

const SYMBOLS: Record<Language, { group: string; decimal: string }> = {
  az: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
  ru: { group: '\u00a0', decimal: ',' },
  ar: { group: ',', decimal: '.' },
  tr: { group: '.', decimal: ',' },
};

const latin = new Map<number, Intl.NumberFormat>();

/** `1247.3` → "1.247" (az), "1 247" (ru), "1,247" (en, ar). Non-negative numbers; at most `fraction` decimals. */
export function formatNumber(value: number, lang: Language, fraction = 0): string {
  let format = latin.get(fraction);
  if (!format) {
    format = new Intl.NumberFormat('en', { maximumFractionDigits: fraction, numberingSystem: 'latn' });
    latin.set(fraction, format);
  }
  const symbols = SYMBOLS[lang];
  return format
    .formatToParts(value)
    .map((part) =>
      part.type === 'group' ? symbols.group : part.type === 'decimal' ? symbols.decimal : part.value,
    )
    .join('');
}
