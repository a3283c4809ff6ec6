/**
 * Data text as an island of its own language and direction inside the interface: an English fallback in
 * the Arabic interface keeps its left-to-right order, and the interface text around it keeps its own
 * (see lib/bidi.ts).
 */
import type { LocalizedText } from '../data/schema-primitives.ts';
import type { Language } from '../data/schema.ts';
import { directionOf } from '../lib/bidi.ts';
import { localized, shownLanguage } from '../lib/localized.ts';

interface Props {
  text: LocalizedText | undefined;
  /** The interface language: the text is shown in it when it has it, else in its fallback. */
  lang: Language;
  /** `bdi` inside a line of interface text; a block element for a paragraph of its own. */
  as?: 'bdi' | 'p' | 'span';
  className?: string;
}

/** A localized data text, marked with the language it is shown in and that language's direction. */
export function DataText({ text, lang, as: Element = 'bdi', className }: Props) {
  const shown = shownLanguage(text, lang);
  return (
    <Element className={className} lang={shown} dir={directionOf(shown)}>
      {localized(text, lang)}
    </Element>
  );
}
