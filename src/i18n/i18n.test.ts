import { describe, expect, it } from 'vitest';
import { preferredLanguage } from './i18n.ts';

describe('preferredLanguage', () => {
  it('prefers the remembered choice', () => {
    expect(preferredLanguage('ar', ['ru-RU'])).toBe('ar');
  });
  it('else the first browser language the app speaks', () => {
    expect(preferredLanguage(null, ['de-DE', 'tr-TR', 'en'])).toBe('tr');
    expect(preferredLanguage('xx', ['az-Latn-AZ'])).toBe('az');
  });
  it('else English', () => {
    expect(preferredLanguage(null, ['de', 'fr'])).toBe('en');
  });
});
