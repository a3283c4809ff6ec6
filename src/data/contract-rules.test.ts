// Rules added for trustworthy data: schematic routes, a place's current district, sources on scenes.
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../tests/fixture-files.ts';
import { indexDistricts } from './geo-checks.ts';
import type { DataIssue } from './issues.ts';
import { validateDistricts, validateProjects, validateScenes } from './validate.ts';

type Json = Record<string, unknown>;

const districts = indexDistricts(validateDistricts(fixtureText('districts.geojson'), 'd').value);
const codes = (issues: readonly DataIssue[]) => issues.map((issue) => issue.code);
const errorsOf = (issues: readonly DataIssue[]) => issues.filter((issue) => issue.severity === 'error');
/** Every issue but the fixtures' missing ar/tr translations. */
const notices = (issues: readonly DataIssue[]) =>
  issues.filter((issue) => issue.code !== 'missing-translation');

/** The fixture projects with one feature's properties (or geometry) changed. */
function projectsWith(id: string, change: (feature: { geometry: Json; properties: Json }) => void) {
  const doc = JSON.parse(fixtureText('projects.geojson')) as { features: Json[] };
  const feature = doc.features.find((f) => f.id === id) as { geometry: Json; properties: Json };
  change(feature);
  const result = validateProjects(JSON.stringify(doc, null, 2), 'projects.geojson', { districts });
  return { ...result, ids: result.value.map((p) => p.id) };
}

describe('precision "schematic"', () => {
  it('is accepted for a route and kept on the feature', () => {
    const result = projectsWith('fixture-road', (f) => {
      f.properties.precision = 'schematic';
      f.geometry.coordinates = [
        [47.25, 39.62],
        [47.21, 39.61],
        [47.17, 39.6],
        [47.13, 39.59],
        [47.09, 39.58],
        [47.04, 39.57],
      ];
    });
    expect(notices(result.issues)).toEqual([]);
    expect(result.value.find((p) => p.id === 'fixture-road')?.properties.precision).toBe('schematic');
  });

  it('is an error on a Point, which leaves the project out', () => {
    const result = projectsWith('fixture-airport', (f) => {
      f.properties.precision = 'schematic';
    });
    const errors = errorsOf(result.issues);
    expect(codes(errors)).toEqual(['invalid-precision']);
    expect(errors[0]?.message).toBe(
      'properties.precision "schematic": a Point cannot be schematic (use "exact" or "approximate"; ' +
        '"schematic" is for routes) in project "fixture-airport"',
    );
    expect(result.ids).not.toContain('fixture-airport');
  });

  it('warns when a schematic route has a segment longer than 5 km, and keeps it', () => {
    const result = projectsWith('fixture-road', (f) => {
      f.properties.precision = 'schematic';
    });
    expect(codes(notices(result.issues))).toEqual(['sparse-route']);
    expect(notices(result.issues)[0]?.message).toMatch(/^the segment ending at vertex 1 is 8\.\d km long/);
    expect(result.ids).toContain('fixture-road');
  });
});

describe('currentDistrict', () => {
  const aghdara = () => ({
    name: { az: 'Ağdərə', en: 'Aghdara', ru: 'Агдере', tr: 'Ağdere' },
    since: '2023-12-26',
    sources: [{ title: 'Law', url: 'https://example.org/law', publisher: 'Fixture', date: '2023-12-26' }],
  });
  const withCurrent = (value: unknown) =>
    projectsWith('fixture-village', (f) => {
      f.properties.currentDistrict = value;
    });

  it('is optional and, when given, kept as written', () => {
    const result = withCurrent(aghdara());
    expect(notices(result.issues)).toEqual([]);
    expect(result.value.find((p) => p.id === 'fixture-village')?.properties.currentDistrict).toEqual(
      aghdara(),
    );
  });

  it.each([
    ['a missing name.en', (c: Json) => delete (c.name as Json).en, 'missing-en'],
    ['a missing since', (c: Json) => delete c.since, 'missing-since'],
    ['a since that is no date', (c: Json) => (c.since = '26.12.2023'), 'invalid-since'],
    ['no sources', (c: Json) => delete c.sources, 'missing-sources'],
    ['an empty list of sources', (c: Json) => (c.sources = []), 'invalid-sources'],
    [
      'an http source',
      (c: Json) => (c.sources = [{ title: 'Law', url: 'http://example.org/' }]),
      'invalid-url',
    ],
    ['an unknown field', (c: Json) => (c.polygon = 'AZ-TAR'), 'unknown-field'],
  ])('reports %s as an error and leaves the project out', (_, change, code) => {
    const value = aghdara() as Json;
    change(value);
    const result = withCurrent(value);
    expect(codes(errorsOf(result.issues))).toEqual([code]);
    expect(result.ids).not.toContain('fixture-village');
  });
});

describe('scene sources', () => {
  const scenesWith = (change: (scene: Json) => void) => {
    const doc = JSON.parse(fixtureText('scenes.json')) as { scenes: Json[] };
    change(doc.scenes[0] as Json);
    return validateScenes(JSON.stringify(doc, null, 2), 'scenes.json');
  };

  it('are kept with the scene', () => {
    const result = scenesWith(() => undefined);
    expect(notices(result.issues)).toEqual([]);
    expect(result.value[0]?.sources[0]).toMatchObject({ url: 'https://example.org/fixture-source' });
  });

  it.each([
    [
      'missing',
      (s: Json) => delete s.sources,
      'missing-sources',
      'sources is required in scene "fixture-fuzuli"',
    ],
    [
      'an empty list',
      (s: Json) => (s.sources = []),
      'invalid-sources',
      'sources []: needs at least one source in scene "fixture-fuzuli"',
    ],
    [
      'an http address',
      (s: Json) => (s.sources = [{ title: 'T', url: 'http://example.org/' }]),
      'invalid-url',
      'sources[0].url "http://example.org/": must be an https:// URL in scene "fixture-fuzuli"',
    ],
    [
      'a source without a title',
      (s: Json) => (s.sources = [{ url: 'https://example.org/' }]),
      'missing-title',
      'sources[0].title is required in scene "fixture-fuzuli"',
    ],
  ])('are required: %s is an error and leaves the scene out', (_, change, code, message) => {
    const result = scenesWith(change);
    expect(notices(result.issues).map(({ code, message }) => ({ code, message }))).toEqual([
      { code, message },
    ]);
    expect(result.value).toEqual([]);
  });
});
