/**
 * A district's names, each with the language it is in ("Azərbaycanca, Türkçe: Şuşa · English: Shusha"):
 * languages that write the name the same way share one entry. Each language's name is written in that
 * language (a visitor looks for the one they read), and each name keeps its own direction.
 */
import type { LocalizedText } from '../data/schema-primitives.ts';
import { LANGUAGES, type Language } from '../data/schema.ts';
import { LANGUAGE_NAMES } from '../i18n/i18n.ts';
import { directionOf } from '../lib/bidi.ts';

export interface NameGroup {
  name: string;
  languages: Language[];
}

/** Names in the data's language order, one group per distinct spelling. */
export function nameGroups(names: LocalizedText): NameGroup[] {
  const groups: NameGroup[] = [];
  for (const code of LANGUAGES) {
    const name = names[code];
    if (!name) continue;
    const same = groups.find((group) => group.name === name);
    if (same) same.languages.push(code);
    else groups.push({ name, languages: [code] });
  }
  return groups;
}

export function DistrictNames({ names, separator }: { names: LocalizedText; separator: string }) {
  return (
    <ul className="names">
      {nameGroups(names).map(({ name, languages }) => (
        <li key={name}>
          {languages.map((code, i) => (
            <span key={code}>
              {i > 0 && separator}
              <bdi className="name-language" lang={code}>
                {LANGUAGE_NAMES[code]}
              </bdi>
            </span>
          ))}
          :{' '}
          <bdi className="name" lang={languages[0]} dir={languages[0] && directionOf(languages[0])}>
            {name}
          </bdi>
        </li>
      ))}
    </ul>
  );
}
