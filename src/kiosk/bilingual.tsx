/**
 * Bilingual exhibit mode: with two kiosk languages (kiosk.json `languages`), titles and captions show in
 * both at once, the second smaller, each marked with its language.
 */
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../data/schema-primitives.ts';
import type { Language } from '../data/schema.ts';
import { useAppStore } from '../store/app-store.ts';
import { DataText } from '../ui/data-text.tsx';

/** The languages to show: the visitor's choice, then the kiosk's other language when it has two. */
export function useDisplayLanguages(): Language[] {
  const lang = useAppStore((s) => s.ui.lang);
  const kiosk = useAppStore((s) => s.kiosk.enabled);
  const languages = useAppStore((s) => s.data.kiosk?.languages);
  const second = kiosk && languages?.length === 2 ? languages.find((code) => code !== lang) : undefined;
  return second ? [lang, second] : [lang];
}

/** A UI text (a translation key, checked by the locale tests) in every display language. */
export function BilingualText({ k, options }: { k: string; options?: Record<string, unknown> }) {
  const { i18n } = useTranslation();
  const [first, second] = useDisplayLanguages();
  const text = (lang: Language | undefined) => {
    if (!lang) return '';
    // Keys are plain strings here (typed keys make this generic helper's types explode).
    const translate = i18n.getFixedT(lang) as unknown as (
      key: string,
      options?: Record<string, unknown>,
    ) => string;
    return translate(k, options);
  };
  return (
    <>
      {text(first)}
      {second && (
        <span className="second-language" lang={second} dir="auto">
          {text(second)}
        </span>
      )}
    </>
  );
}

/**
 * A data text (scene title, caption) in every display language, each marked with the language it is shown
 * in: an English fallback caption in the Arabic interface keeps its left-to-right order.
 */
export function BilingualData({ text }: { text: LocalizedText }) {
  const [first = 'en', second] = useDisplayLanguages();
  return (
    <>
      <DataText text={text} lang={first} />
      {second && <DataText as="span" className="second-language" text={text} lang={second} />}
    </>
  );
}
