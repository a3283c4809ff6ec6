/**
 * The five ways curators most often break a data file, made from the fixture projects.geojson, with where
 * the mistake is and what the fix says. The validator's unit tests, the CLI's and the browser's curator
 * spec all break the file the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PROJECTS = readFileSync(join(import.meta.dirname, 'fixtures', 'data', 'projects.geojson'), 'utf8');

export interface Breakage {
  name: string;
  /** The broken projects.geojson. */
  text: string;
  line: number;
  column: number;
  code: string;
  /** The English fix, as the CLI prints it after "fix: ". */
  fix: string;
  errors: number;
  warnings: number;
}

/** Replaces the only occurrence of `from`; line and column (1-based) of `mark` in the result. */
function breakFile(from: string, to: string, mark: { at: string; offset?: number }) {
  if (PROJECTS.indexOf(from) < 0 || PROJECTS.indexOf(from) !== PROJECTS.lastIndexOf(from)) {
    throw new Error(`"${from}" is not unique in the fixture`);
  }
  const text = PROJECTS.replace(from, to);
  const index = text.indexOf(mark.at) + (mark.offset ?? 0);
  const before = text.slice(0, index);
  return { text, line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

const CATEGORIES =
  'housing, transport, energy, agriculture, industry, social, heritage, urban, demining, tourism, water, digital';

export const BREAKAGES: Breakage[] = [
  (() => {
    const sources = '"sources": [{ "title": "Fixture", "url": "https://example.org/airport" }]';
    const at = breakFile(sources, `${sources},`, { at: `${sources},`, offset: sources.length });
    return {
      name: 'a trailing comma',
      ...at,
      code: 'invalid-json',
      fix: `remove the comma after the last item on line ${at.line}`,
      errors: 1,
      warnings: 0,
    };
  })(),
  (() => {
    const at = breakFile('"category": "transport",', '"category": "transport"', {
      at: '"category": "transport"\n',
      offset: '"category": "transport"'.length,
    });
    return {
      name: 'a missing comma',
      ...at,
      code: 'invalid-json',
      fix: `add a comma at the end of line ${at.line}`,
      errors: 1,
      warnings: 0,
    };
  })(),
  (() => {
    const at = breakFile('"statusAsOf": "2021-09-05",', '"statusAsOf": "2021-09-05,', { at: '"2021-09-05,' });
    return {
      name: 'an unclosed quote',
      ...at,
      code: 'invalid-json',
      fix: `close the quote opened on line ${at.line} (a text cannot go on to the next line)`,
      errors: 1,
      warnings: 0,
    };
  })(),
  (() => {
    const at = breakFile('"category": "transport"', '"category": "transprot"', { at: '"transprot"' });
    return {
      name: 'an unknown category',
      ...at,
      code: 'unknown-category',
      fix: `did you mean “transport”? The allowed values are: ${CATEGORIES}`,
      errors: 1,
      // The other three projects lack Arabic and Turkish names; the broken one is not checked further.
      warnings: 3,
    };
  })(),
  (() => {
    const at = breakFile('"coordinates": [47.196, 39.594]', '"coordinates": [39.594, 47.196]', {
      at: '[39.594, 47.196]',
    });
    return {
      name: 'a wrong coordinate order',
      ...at,
      code: 'outside-region',
      fix: 'the coordinates look like [latitude, longitude]; GeoJSON wants [longitude, latitude] — swap them',
      errors: 1,
      warnings: 4,
    };
  })(),
];
