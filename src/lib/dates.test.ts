import { describe, expect, it } from 'vitest';
import type { Language } from '../data/schema.ts';

/** Every language of the app (the data contract's list, which lib/ may not import as a value). */
const LANGUAGES: Language[] = ['az', 'en', 'ru', 'ar', 'tr'];
import { formatPartialDate } from './dates.ts';

/** A raw CLDR fallback pattern, as Chromium renders Azerbaijani: "2021 M10 26", "M04". */
const RAW_PATTERN = /\bM\d{1,2}\b|\d{4}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/;

/** The same date as CLDR forms it (Node ships full ICU: every language has its month names there). */
function cldr(value: string, lang: string): string {
  const [year, month, day] = value.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC', numberingSystem: 'latn' };
  if (month !== undefined) options.month = 'long';
  if (day !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(lang, options).format(
    new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)),
  );
}

describe('formatPartialDate', () => {
  it('writes Azerbaijani dates in words, months in lower case', () => {
    expect(formatPartialDate('2021-10-26', 'az')).toBe('26 oktyabr 2021');
    expect(formatPartialDate('2021-04', 'az')).toBe('aprel 2021');
    expect(formatPartialDate('2021', 'az')).toBe('2021');
  });

  it('writes the other languages as their readers do', () => {
    expect(formatPartialDate('2021-10-26', 'en')).toBe('October 26, 2021');
    expect(formatPartialDate('2021-10-26', 'ru')).toBe('26 октября 2021 г.');
    expect(formatPartialDate('2021-10', 'ru')).toBe('октябрь 2021 г.');
    expect(formatPartialDate('2021-10-26', 'ar')).toBe('26 أكتوبر 2021');
    expect(formatPartialDate('2021-10-26', 'tr')).toBe('26 Ekim 2021');
  });

  it('agrees with CLDR for every month, precision and language', () => {
    for (const lang of LANGUAGES) {
      for (let month = 1; month <= 12; month++) {
        const mm = String(month).padStart(2, '0');
        for (const value of [`2021-${mm}`, `2021-${mm}-05`, `2023-${mm}-28`]) {
          const ours = formatPartialDate(value, lang);
          expect(ours, `${lang} ${value}`).toBe(cldr(value, lang));
          expect(ours).not.toMatch(RAW_PATTERN);
        }
      }
      expect(formatPartialDate('2020', lang)).toBe('2020');
    }
  });

  it('leaves text it cannot read as it is', () => {
    expect(formatPartialDate('soon', 'en')).toBe('soon');
    expect(formatPartialDate('2021-13', 'az')).toBe('2021-13');
  });
});
