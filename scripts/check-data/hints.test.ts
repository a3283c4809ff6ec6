/** The CLI and the app's panel say the same: the panel's English hints are the validator's own texts. */
import { describe, expect, it } from 'vitest';
import { HINT_TEXTS } from '../../src/data/hints.ts';
import en from '../../src/i18n/locales/en.json';

describe('hints', () => {
  it('are in en.json word for word, and nothing else is', () => {
    expect(en.issues.hint).toEqual(HINT_TEXTS);
  });
});
