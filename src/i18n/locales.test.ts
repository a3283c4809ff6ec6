// Every UI language has every key of en.json, with its own plural forms and the same placeholders.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import ar from './locales/ar.json';
import az from './locales/az.json';
import en from './locales/en.json';
import ru from './locales/ru.json';
import tr from './locales/tr.json';

interface Tree {
  [key: string]: unknown;
}

const LOCALES: Record<string, Tree> = { az, ru, ar, tr };

/** Plural forms that may say the number in words ("مشروعان"): each matches one number only. */
const COUNT_IN_WORDS: Record<string, readonly Intl.LDMLPluralRule[]> = { ar: ['zero', 'one', 'two'] };

/** Key path → value, for every leaf (non-strings are kept so that they can be reported). */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, leaf] of flatten(value as Tree, `${path}.`)) out.set(inner, leaf);
    } else out.set(path, value);
  }
  return out;
}

/** `{{ count, number }}` → `count, number`: the name and its format, spacing normalised. */
function placeholders(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/\{\{([^{}]+)\}\}/g)].map((match) =>
      (match[1] ?? '')
        .split(',')
        .map((part) => part.trim())
        .join(', '),
    ),
  );
}

const enFlat = flatten(en);
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** en keys that are plural forms (`x_one` with `x_other`), by base key. `region_other` alone is not one. */
const pluralBases = new Set(
  [...enFlat.keys()]
    .filter((key) => key.endsWith('_one'))
    .map((key) => key.slice(0, -'_one'.length))
    .filter((base) => enFlat.has(`${base}_other`)),
);

interface Expected {
  /** The en key the translation comes from (for plural forms: the base key). */
  source: string;
  /** The placeholders the en string (all its plural forms) uses. */
  placeholders: Set<string>;
  /** The plural category of this form, if it is one. */
  category?: Intl.LDMLPluralRule;
}

/** Every key a language must have, with the placeholders each must keep. */
function expectedKeys(lang: string): Map<string, Expected> {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const expected = new Map<string, Expected>();
  for (const key of enFlat.keys()) {
    const base = key.replace(PLURAL, '');
    if (PLURAL.test(key) && pluralBases.has(base)) {
      const enForms = [...enFlat.keys()].filter((other) => other.replace(PLURAL, '') === base);
      const names = new Set(enForms.flatMap((form) => [...placeholders(String(enFlat.get(form)))]));
      for (const category of categories) {
        expected.set(`${base}_${category}`, { source: base, placeholders: names, category });
      }
    } else {
      expected.set(key, { source: key, placeholders: placeholders(String(enFlat.get(key))) });
    }
  }
  return expected;
}

describe('en.json', () => {
  it('is a tree of non-empty strings with plural pairs', () => {
    for (const [key, value] of enFlat) {
      expect(typeof value, key).toBe('string');
      expect(String(value).trim(), key).not.toBe('');
    }
    expect(pluralBases.size).toBeGreaterThan(0);
  });
});

describe.each(Object.keys(LOCALES))('%s.json', (lang) => {
  const flat = flatten(LOCALES[lang] ?? {});
  const expected = expectedKeys(lang);

  it('has every key of en.json, with its own plural forms', () => {
    const missing = [...expected.keys()].filter((key) => !flat.has(key));
    expect(missing).toEqual([]);
  });

  it('has no keys that en.json does not have', () => {
    const extra = [...flat.keys()].filter((key) => !expected.has(key));
    expect(extra).toEqual([]);
  });

  it('has only non-empty strings', () => {
    for (const [key, value] of flat) {
      expect(typeof value, key).toBe('string');
      expect(String(value).trim(), key).not.toBe('');
    }
  });

  it('keeps every placeholder of the en string, with its format, and adds none', () => {
    const wordForms = COUNT_IN_WORDS[lang] ?? [];
    for (const [key, { placeholders: names, category }] of expected) {
      const value = flat.get(key);
      if (typeof value !== 'string') continue; // reported above
      const used = placeholders(value);
      const required = [...names].filter(
        (name) => !(category && wordForms.includes(category) && name.split(',')[0] === 'count'),
      );
      for (const name of required) expect(used, `${key} lacks {{${name}}}`).toContain(name);
      for (const name of used) expect(names, `${key} has an unknown {{${name}}}`).toContain(name);
    }
  });
});

describe('plural forms through i18next', () => {
  const TOTAL = 200;
  /** Count, the plural category it needs, and the text a reader should see. */
  const cases: Record<string, [number, Intl.LDMLPluralRule, string][]> = {
    ru: [
      [1, 'one', '1 проект из 200'],
      [2, 'few', '2 проекта из 200'],
      [5, 'many', '5 проектов из 200'],
      [21, 'one', '21 проект из 200'],
    ],
    ar: [
      [0, 'zero', 'لا مشاريع مطابقة من أصل 200'],
      [1, 'one', 'مشروع واحد من أصل 200'],
      [2, 'two', 'مشروعان من أصل 200'],
      [3, 'few', '3 مشاريع من أصل 200'],
      [11, 'many', '11 مشروعًا من أصل 200'],
      [100, 'other', '100 مشروع من أصل 200'],
    ],
  };

  it.each(Object.entries(cases))('%s picks the right form of filters.results', async (lang, rows) => {
    const resources = LOCALES[lang] ?? {};
    const instance = i18next.createInstance();
    await instance.init({
      lng: lang,
      resources: { [lang]: { translation: resources } },
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    const flat = flatten(resources);
    for (const [count, category, text] of rows) {
      expect(new Intl.PluralRules(lang).select(count), `${lang} ${count}`).toBe(category);
      // The form of that category, filled in: the right form was picked, not merely an existing one.
      const form = String(flat.get(`filters.results_${category}`))
        .replaceAll('{{count}}', String(count))
        .replaceAll('{{total}}', String(TOTAL));
      expect(form, `${lang} ${category}`).toBe(text);
      expect(instance.t('filters.results', { count, total: TOTAL }), `${lang} ${count}`).toBe(text);
    }
  });
});
