import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageryLayer } from '../../src/data/imagery-schema.ts';
import { validateImagery } from '../../src/data/validate.ts';
import {
  archiveUrl,
  checkLicence,
  findLayer,
  formatJson,
  offlineLayer,
  OFFLINE_SUFFIX,
  upsertLayer,
  type JsonObject,
  type PackFacts,
} from './catalog.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
// A snapshot of the shipped catalog: curators may format data/ as they like, these tests must not break.
const CATALOG = readFileSync(join(ROOT, 'tests', 'fixtures', 'catalog', 'imagery.json'), 'utf8');

function layer(id: string): JsonObject {
  const found = findLayer(CATALOG, id);
  if (!found) throw new Error(`no ${id} in the catalog fixture`);
  return found;
}

const FACTS: PackFacts = {
  url: 'pmtiles://./tiles/s2-2016.pmtiles',
  minZoom: 8,
  maxZoom: 14,
  bounds: [46.9, 39.45, 47.4, 39.750000001],
  packedOn: '2025-05-01',
};

describe('licence gate', () => {
  const check = (id: string) => {
    const parsed = imageryLayer.parse(layer(id));
    return checkLicence(parsed);
  };

  it('refuses Esri Wayback, whose terms forbid pre-caching', () => {
    expect(check('wayback-2020-12-16').refused).toMatch(/Esri/);
    expect(
      checkLicence({
        id: 'x',
        source: 'other',
        url: 'https://services.arcgisonline.com/{z}/{y}/{x}',
        license: 'x',
      }).refused,
    ).toBeDefined();
  });

  it('warns about non-commercial EOX years and EOX redistribution', () => {
    const nc = check('s2-2019');
    expect(nc.refused).toBeUndefined();
    expect(nc.warnings.join(' ')).toMatch(/non-commercial/);
    expect(nc.warnings.join(' ')).toMatch(/ask EOX/);
    const by = check('s2-2016');
    expect(by.warnings).toHaveLength(1);
    expect(by.warnings[0]).toMatch(/ask EOX/);
  });

  it('lets public-domain NASA GIBS through without warnings', () => {
    expect(check('gibs-landsat-weld-2000')).toEqual({ warnings: [] });
  });
});

describe('the offline layer', () => {
  it('gets a page-relative URL when the archive is under the public folder', () => {
    expect(archiveUrl('public/tiles/s2-2016.pmtiles', 'public')).toBe('pmtiles://./tiles/s2-2016.pmtiles');
    expect(archiveUrl(resolve('public/tiles/a b.pmtiles'), 'public')).toBe('pmtiles://./tiles/a b.pmtiles');
    expect(archiveUrl('/tmp/elsewhere/x.pmtiles', 'public')).toBeUndefined();
    expect(archiveUrl('public', 'public')).toBeUndefined();
  });

  it('copies title (+ "offline"), date, source and licence, and describes the pack', () => {
    const local = offlineLayer(layer('s2-2016'), FACTS);
    expect(local).toMatchObject({
      id: 's2-2016-local',
      source: 'eox-s2cloudless',
      title: {
        az: 'Sentinel-2 buludsuz mozaika 2016 (oflayn)',
        en: 'Sentinel-2 cloudless 2016 (offline)',
        ru: 'Безоблачная мозаика Sentinel-2 2016 (офлайн)',
        tr: 'Sentinel-2 bulutsuz mozaik 2016 (çevrimdışı)',
        ar: 'فسيفساء Sentinel-2 الخالية من السحب 2016 (دون اتصال)',
      },
      date: '2016',
      type: 'pmtiles',
      url: 'pmtiles://./tiles/s2-2016.pmtiles',
      tileSize: 256,
      minzoom: 8,
      maxzoom: 14,
      bounds: [46.9, 39.45, 47.4, 39.75],
      attribution: layer('s2-2016')['attribution'],
      license: 'CC BY 4.0',
      licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
      resolution: '10 m',
    });
    expect(Object.keys(local).slice(0, 13)).toEqual([
      'id',
      'source',
      'title',
      'date',
      'type',
      'url',
      'tileSize',
      'minzoom',
      'maxzoom',
      'bounds',
      'attribution',
      'license',
      'licenseUrl',
    ]);
    const note = local['note'] as JsonObject;
    expect(note['en']).toMatch(/^Offline copy of layer "s2-2016" .* zooms 8-14, .* packed on 2025-05-01/);
    expect(note['en']).toContain(String((layer('s2-2016')['note'] as JsonObject)['en']));
    expect(imageryLayer.safeParse(local).success).toBe(true);
  });

  it('keeps the copy out of the time series of its source', () => {
    const local = offlineLayer({ ...layer('s2-2016'), family: 's2-cloudless', dateKind: 'capture' }, FACTS);
    expect(local['family']).toBeUndefined();
    expect(local['dateKind']).toBe('capture');
  });

  it('only suffixes the languages a title has', () => {
    const local = offlineLayer({ id: 'a', title: { en: 'A', az: 'A' } }, FACTS);
    expect(local['title']).toEqual({ en: `A ${OFFLINE_SUFFIX['en']}`, az: 'A (oflayn)' });
  });
});

describe('catalogue text', () => {
  // Prettier-formatted snapshots of the shipped data files (hand-written test fixtures are not: see the splice test).
  const files = [
    'tests/fixtures/catalog/imagery.json',
    'tests/fixtures/catalog/scenes.json',
    'tests/fixtures/catalog/kiosk.json',
  ];

  it.each(files)('formats %s exactly as the repository does', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(`${formatJson(JSON.parse(text))}\n`).toBe(text);
  });

  it('formats nested arrays and long number lists like Prettier', () => {
    expect(
      formatJson({
        line: [
          [46.1, 39.2],
          [46.3, 39.4],
        ],
        one: [[1, 2]],
      }),
    ).toBe('{\n  "line": [\n    [46.1, 39.2],\n    [46.3, 39.4]\n  ],\n  "one": [[1, 2]]\n}');
    const long = formatJson({ numbers: Array.from({ length: 40 }, (_, i) => i * 1000) });
    expect(long.split('\n').length).toBe(7); // {, key, three filled lines, ], }
    expect(long.split('\n').every((line) => line.length <= 110)).toBe(true);
  });

  it('adds the offline layer right after its source and leaves every other byte alone', () => {
    const local = offlineLayer(layer('s2-2016'), FACTS);
    const { text, replaced } = upsertLayer(CATALOG, local, 's2-2016');
    expect(replaced).toBe(false);
    const before = JSON.parse(CATALOG) as { layers: JsonObject[] };
    const after = JSON.parse(text) as { layers: JsonObject[] };
    expect(after.layers.map((l) => l['id'])).toEqual([
      's2-2016',
      's2-2016-local',
      ...before.layers.slice(1).map((l) => l['id']),
    ]);
    expect(after.layers[1]).toEqual(local);
    // The new text is the old text with one block inserted.
    const insertedAt = CATALOG.indexOf('\n    {\n      "id": "s2-2018"') - 1;
    expect(text.slice(0, insertedAt)).toBe(CATALOG.slice(0, insertedAt));
    expect(text.endsWith(CATALOG.slice(insertedAt))).toBe(true);
    // Formatted like the rest of the file.
    expect(text).toBe(`${formatJson(after)}\n`);
    expect(text).toContain('      "bounds": [46.9, 39.45, 47.4, 39.75],\n');
    const validated = validateImagery(text, 'imagery.json');
    expect(validated.issues).toEqual([]);
    expect(validated.value.layers.find((l) => l.id === 's2-2016-local')?.type).toBe('pmtiles');
  });

  it('replaces an existing offline layer in place (a re-run changes nothing else)', () => {
    const first = upsertLayer(CATALOG, offlineLayer(layer('s2-2016'), FACTS), 's2-2016').text;
    const again = upsertLayer(first, offlineLayer(layer('s2-2016'), FACTS), 's2-2016');
    expect(again).toEqual({ text: first, replaced: true });
    const wider = upsertLayer(first, offlineLayer(layer('s2-2016'), { ...FACTS, maxZoom: 15 }), 's2-2016');
    expect(wider.replaced).toBe(true);
    expect((JSON.parse(wider.text) as { layers: JsonObject[] }).layers[1]?.['maxzoom']).toBe(15);
    expect(wider.text).toBe(`${formatJson(JSON.parse(wider.text))}\n`);
  });

  it('appends after the last layer (no trailing comma) and fills an empty list', () => {
    const local = offlineLayer(layer('wayback-2025-12-18'), FACTS);
    const { text } = upsertLayer(CATALOG, local, 'wayback-2025-12-18');
    expect(text).toBe(`${formatJson(JSON.parse(text))}\n`);
    const empty = '{\n  "defaultPair": { "before": "a", "after": "b" },\n  "layers": []\n}\n';
    const filled = upsertLayer(empty, { id: 'x-local', minzoom: 1 }, 'x').text;
    expect(filled).toBe(
      '{\n  "defaultPair": { "before": "a", "after": "b" },\n  "layers": [\n    {\n      "id": "x-local",\n      "minzoom": 1\n    }\n  ]\n}\n',
    );
  });

  it('keeps a hand-formatted catalogue as it is outside the inserted layer', () => {
    const fixture = readFileSync(join(ROOT, 'tests/fixtures/data/imagery.json'), 'utf8');
    const first = findLayer(fixture, 'fixture-before');
    if (!first) throw new Error('fixture layer');
    const { text } = upsertLayer(fixture, offlineLayer(first, FACTS), 'fixture-before');
    const added = text.length - fixture.length;
    const start = [...fixture].findIndex((char, i) => char !== text[i]);
    expect(text.slice(0, start)).toBe(fixture.slice(0, start));
    expect(text.slice(start + added)).toBe(fixture.slice(start));
    expect(text).toContain('"defaultPair": { "before": "fixture-before", "after": "fixture-after" },');
    expect(validateImagery(text, 'imagery.json').issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('refuses text that is not JSON', () => {
    expect(() => upsertLayer('{"layers": [', { id: 'x' }, 'y')).toThrow(/not valid JSON/);
    expect(() => upsertLayer('{"items": []}', { id: 'x' }, 'y')).toThrow(/layers/);
  });
});
