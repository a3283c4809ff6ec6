import { describe, expect, it } from 'vitest';
import type { Language } from '../data/schema.ts';

/** Every language of the app (the data contract's list, which lib/ may not import as a value). */
const LANGUAGES: Language[] = ['az', 'en', 'ru', 'ar', 'tr'];
import { formatNumber } from './numbers.ts';

describe('formatNumber', () => {
  it('groups thousands as each language does, with Latin digits in Arabic too', () => {
    expect(formatNumber(1247.3, 'az')).toBe('1.247');
    expect(formatNumber(1247.3, 'tr')).toBe('1.247');
    expect(formatNumber(1247.3, 'ru')).toBe('1\u00a0247');
    expect(formatNumber(1247.3, 'en')).toBe('1,247');
    expect(formatNumber(1247.3, 'ar')).toBe('1,247');
    expect(formatNumber(12345.67, 'az', 1)).toBe('12.345,7');
  });

  it('agrees with CLDR (Latin digits) in every language', () => {
    for (const lang of LANGUAGES) {
      const cldr = new Intl.NumberFormat(lang, { numberingSystem: 'latn', maximumFractionDigits: 2 });
      for (const value of [0, 7, 999, 1000, 1321, 65536, 1234567.89]) {
        expect(formatNumber(value, lang, 2), `${lang} ${value}`).toBe(cldr.format(value));
      }
    }
  });
});
