import { readdirSync, readFileSync } from 'node:fs';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { formatJsonFile, styleOfFile, type JsonValue } from './format-json.ts';

const DATA = 'data';
const dataFiles = readdirSync(DATA).filter((name) => /\.(geo)?json$/.test(name));
const read = (name: string) => readFileSync(`${DATA}/${name}`, 'utf8');

/** The lines of `after` that differ from `before`, compared line by line (the files keep their length). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  return b.filter((line, index) => line !== a[index]);
}

const prettier = (text: string) => format(text, { parser: 'json', printWidth: 110 });

describe('formatJsonFile', () => {
  it.each(dataFiles)('writes data/%s back byte for byte', (name) => {
    const text = read(name);
    expect(formatJsonFile(JSON.parse(text) as JsonValue, styleOfFile(name))).toBe(text);
  });

  it('changes only the line of the one field edited', () => {
    const text = read('projects.geojson');
    const doc = JSON.parse(text) as { features: { properties: { name: { en: string } } }[] };
    const feature = doc.features[3];
    if (!feature) throw new Error('fixture has fewer than 4 projects');
    feature.properties.name.en = 'A renamed project';
    const after = formatJsonFile(doc as unknown as JsonValue);
    expect(after.split('\n')).toHaveLength(text.split('\n').length);
    expect(changedLines(text, after)).toEqual(['          "en": "A renamed project",']);
  });

  it('changes only the coordinate lines of a moved point', () => {
    const text = read('projects.geojson');
    const doc = JSON.parse(text) as { features: { geometry: { coordinates: number[] } }[] };
    const feature = doc.features[0];
    if (!feature) throw new Error('fixture has no project');
    feature.geometry.coordinates = [46.7001, 39.2002];
    expect(changedLines(text, formatJsonFile(doc as unknown as JsonValue))).toEqual([
      '        "coordinates": [46.7001, 39.2002]',
    ]);
  });

  it('matches Prettier on the edge cases of the print width', async () => {
    const long = 'x'.repeat(40);
    const doc: JsonValue = {
      // `  "fits": ["a…", "b…"],` is exactly 110 columns; one more and it breaks.
      fits: ['a'.repeat(45), 'b'.repeat(46)],
      over: ['a'.repeat(46), 'b'.repeat(46)],
      numbers: Array.from({ length: 40 }, (_, i) => i * 1.25),
      pairs: [
        [1, 2],
        [3, 4],
      ],
      single: [[1, 2]],
      objects: [{ a: 1 }, { b: [long, long] }],
      mixed: [1, 'two', null, true, [], {}],
      nested: { deeper: { deepest: [long, long.slice(10)], empty: [] } },
      text: 'quotes " and \\ and \u2028 and Ağalı, Агалы, آغالی',
    };
    const text = formatJsonFile(doc);
    expect(text).toBe(await prettier(text));
  });

  it('writes a project added at the end as Prettier would', async () => {
    const doc = JSON.parse(read('projects.geojson')) as { features: JsonValue[] };
    // Prettier is slow on the whole file: a few shipped projects and the new one show the style.
    doc.features = doc.features.slice(0, 3);
    doc.features.push({
      type: 'Feature',
      id: 'new-project',
      geometry: {
        type: 'LineString',
        coordinates: [
          [46.1, 39.2],
          [46.3, 39.4],
        ],
      },
      properties: { districts: ['AZ-AGM', 'AZ-FUZ'], sources: [{ title: 't', url: 'https://example.org/' }] },
    });
    const text = formatJsonFile(doc as unknown as JsonValue);
    expect(text).toBe(await prettier(text));
  });
});
