import { describe, expect, it } from 'vitest';
import { directionOf, isolate, isolateIn } from './bidi.ts';
import { localized, shownLanguage } from './localized.ts';

describe('bidi helpers', () => {
  it('isolates a run of text with FSI and PDI', () => {
    expect(isolate('ICAO code UBBF')).toBe('\u2068ICAO code UBBF\u2069');
    expect(isolate('')).toBe('');
  });
  it('isolates data text in plain strings of a right-to-left interface only', () => {
    expect(isolateIn('ar', 'Fuzuli')).toBe('\u2068Fuzuli\u2069');
    expect(isolateIn('en', 'Fuzuli')).toBe('Fuzuli');
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('az')).toBe('ltr');
  });
  it('tells the language a data text is shown in', () => {
    const text = { az: 'Füzuli', en: 'Fuzuli', ru: 'Физули' };
    expect(shownLanguage(text, 'ar')).toBe('en');
    expect(localized(text, 'ar')).toBe('Fuzuli');
    expect(shownLanguage(text, 'ru')).toBe('ru');
    expect(shownLanguage({ ...text, en: '' }, 'tr')).toBe('az');
  });
});
