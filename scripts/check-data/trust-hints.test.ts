/** The panel's English trust hints are the validator's own texts, and every hint key has a translation key. */
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en.json';
import { HINT_TEXTS, hint, hintTranslationKey } from '../../src/data/hints.ts';
import { TRUST_HINT_TEXTS } from '../../src/data/trust-hints.ts';

describe('trust hints', () => {
  it('are in en.json word for word, under trust.hint', () => {
    expect(en.trust.hint).toEqual(TRUST_HINT_TEXTS);
  });

  it('are looked up in the trust namespace, the format hints in issues', () => {
    expect(hintTranslationKey('nearDistrict')).toBe('trust.hint.nearDistrict');
    expect(hintTranslationKey('trailingComma')).toBe('issues.hint.trailingComma');
    expect(Object.keys(TRUST_HINT_TEXTS).filter((key) => key in HINT_TEXTS)).toEqual([]);
  });

  it('fill their parameters for the CLI', () => {
    expect(hint('nearDistrict', { km: '1.7', district: 'AZ-LAC' }).text).toContain('1.7 km outside AZ-LAC');
  });
});
