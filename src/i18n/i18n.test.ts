import { describe, expect, it } from 'vitest';
import { createI18n, preferredLanguage } from './i18n.ts';

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

describe('numbers in translations', () => {
  it('are grouped by the app’s formatter, not the browser’s locale data', () => {
    expect(createI18n('az').t('project.families', { count: 1321 })).toBe('1.321 ailə');
    expect(createI18n('en').t('project.residents', { count: 1321 })).toBe('1,321 residents');
    expect(createI18n('ru').t('project.residents', { count: 1321 })).toBe('1\u00a0321 житель');
    expect(createI18n('ar').t('project.residents', { count: 1321 })).toMatch(/^1,321 /);
  });
});
