/**
 * What to do about a data issue, in plain words. The validator attaches a hint (a key and its parameters)
 * to the issues a curator most often meets; the CLI prints the English text below, and the app's "Data
 * issues" panel translates the same key (`issues.hint.KEY` in every locale, the English one checked to be
 * this text by scripts/check-data/hints.test.ts). Parameters are line numbers and values from the file,
 * never words to translate.
 */
import { TRUST_HINT_TEXTS, type TrustHintKey } from './trust-hints.ts';

export const HINT_TEXTS = {
  trailingComma: 'remove the comma after the last item on line {{line}}',
  missingComma: 'add a comma at the end of line {{line}}',
  missingCommaInLine: 'add a comma before column {{column}} on line {{line}}',
  unclosedQuote: 'close the quote opened on line {{line}} (a text cannot go on to the next line)',
  missingColon: 'put a colon (:) between the name and its value on line {{line}}',
  unclosedBracket: 'close the “{{bracket}}” opened on line {{line}} with “{{closing}}”',
  extraText: 'remove what follows the last closing bracket, from line {{line}} on',
  checkQuotes: 'check the double quotes on line {{line}}: one is missing or there is one too many',
  singleQuotes: 'use double quotes (") instead of single quotes on line {{line}}',
  unquotedText: 'put text in double quotes on line {{line}}; numbers, true, false and null go without',
  noComments: 'remove the comment on line {{line}}: JSON files cannot have comments',
  didYouMean: 'did you mean “{{suggestion}}”? The allowed values are: {{allowed}}',
  allowedValues: 'use one of the allowed values: {{allowed}}',
  swapCoordinates:
    'the coordinates look like [latitude, longitude]; GeoJSON wants [longitude, latitude] — swap them',
} as const;

const ALL_HINT_TEXTS = { ...HINT_TEXTS, ...TRUST_HINT_TEXTS };
export type HintKey = keyof typeof ALL_HINT_TEXTS;

/** The translation key of a hint: `issues.hint.*` for the format hints, `trust.hint.*` for the trust ones. */
export function hintTranslationKey(
  key: HintKey,
): `issues.hint.${keyof typeof HINT_TEXTS}` | `trust.hint.${TrustHintKey}` {
  return key in TRUST_HINT_TEXTS
    ? `trust.hint.${key as TrustHintKey}`
    : `issues.hint.${key as keyof typeof HINT_TEXTS}`;
}
export type HintParams = Readonly<Record<string, string | number>>;

export interface Hint {
  key: HintKey;
  params: HintParams;
  /** The English text, as the CLI prints it. */
  text: string;
}

/** Fills `{{name}}` placeholders, as i18next does with the same strings. */
export function fillHint(template: string, params: HintParams): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(params[name] ?? whole));
}

export function hint(key: HintKey, params: HintParams = {}): Hint {
  return { key, params, text: fillHint(ALL_HINT_TEXTS[key], params) };
}
