/** The time contract: imagery families, Great Return series, time-lapse scenes and dated captions. */
import { describe, expect, it } from 'vitest';
import type { DataIssue } from './issues.ts';
import { validateImagery, validateProjects, validateScenes } from './validate.ts';
import { validateFiles } from './validate-files.ts';

const codes = (issues: readonly DataIssue[]) => issues.map((issue) => `${issue.severity} ${issue.code}`);
const json = (value: unknown) => JSON.stringify(value, null, 2);
const text = { az: 'Mətn', en: 'Text', ru: 'Текст', tr: 'Metin', ar: 'نص' };
const source = {
  title: 'A report',
  url: 'https://example.org/report',
  publisher: 'Example',
  date: '2024-05-11',
};

// ---------------------------------------------------------------------------------------------------------
// Imagery

const layer = (id: string, date: string, extra: object = {}) => ({
  id,
  source: 'test',
  title: text,
  date,
  type: 'xyz',
  url: `https://tiles.example/${id}/{z}/{x}/{y}.png`,
  attribution: 'Test',
  license: 'CC0 1.0',
  licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
  ...extra,
});
const catalog = (...layers: object[]) => json({ defaultPair: { before: 'y2019', after: 'y2021' }, layers });
const yearly = (year: number) => layer(`y${year}`, String(year), { family: 'yearly', dateKind: 'capture' });

describe('imagery families', () => {
  it('accepts layers with a family and a date kind, and layers without either', () => {
    const { value, issues } = validateImagery(
      catalog(
        yearly(2019),
        yearly(2021),
        layer('release', '2023-12-07', { family: 'wb', dateKind: 'release' }),
        layer('plain', '2020'),
      ),
      'imagery.json',
    );
    expect(issues).toEqual([]);
    expect(value.layers.map((l) => [l.id, l.family, l.dateKind])).toEqual([
      ['y2019', 'yearly', 'capture'],
      ['y2021', 'yearly', 'capture'],
      ['release', 'wb', 'release'],
      ['plain', undefined, undefined],
    ]);
  });
  it('needs the date kind of a family member, a known date kind and a kebab-case family', () => {
    const { value, issues } = validateImagery(
      catalog(
        yearly(2019),
        yearly(2021),
        layer('a', '2022', { family: 'yearly' }),
        layer('b', '2023', { family: 'yearly', dateKind: 'published' }),
        layer('c', '2024', { family: 'Yearly', dateKind: 'capture' }),
      ),
      'imagery.json',
    );
    expect(codes(issues)).toEqual([
      'error missing-dateKind',
      'error unknown-dateKind',
      'error invalid-family',
    ]);
    expect(value.layers.map((l) => l.id)).toEqual(['y2019', 'y2021']);
  });
  it('allows one layer per date in a family', () => {
    const { value, issues } = validateImagery(
      catalog(yearly(2019), yearly(2021), layer('again', '2021', { family: 'yearly', dateKind: 'capture' })),
      'imagery.json',
    );
    expect(codes(issues)).toEqual(['error duplicate-date']);
    expect(issues[0]?.message).toContain('family "yearly"');
    expect(value.layers.map((l) => l.id)).toEqual(['y2019', 'y2021']);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Projects: resettlement series and status dates

const feature = (properties: object) => ({
  type: 'Feature',
  id: 'test-village',
  geometry: { type: 'Point', coordinates: [46.76, 39.18] },
  properties: {
    name: text,
    summary: text,
    category: 'housing',
    status: 'completed',
    statusAsOf: '2024-09-05',
    districts: ['AZ-ZAN'],
    start: '2022',
    end: '2024-05',
    sources: [source],
    ...properties,
  },
});
const projects = (properties: object) =>
  validateProjects(json({ type: 'FeatureCollection', features: [feature(properties)] }), 'projects.geojson');
const point = (date: string, families?: number, residents?: number) => ({
  date,
  families,
  residents,
  sources: [source],
});

describe('Great Return figures', () => {
  it('keep one figure valid, as before', () => {
    const { value, issues } = projects({ resettlement: { families: 20, residents: 88, date: '2024-05-10' } });
    expect(issues).toEqual([]);
    expect(value[0]?.properties.resettlement).toEqual({ families: 20, residents: 88, date: '2024-05-10' });
  });
  it('accept a series and carry its latest figure as the figure of today', () => {
    const series = [point('2024-05-10', 20, 88), point('2024-05-14', 58), point('2024-09-05', 177, 672)];
    const { value, issues } = projects({ resettlement: { series } });
    expect(issues).toEqual([]);
    expect(value[0]?.properties.resettlement).toEqual({
      families: 177,
      residents: 672,
      date: '2024-09-05',
      series,
    });
    const sparse = projects({ resettlement: { series: [point('2024-05', 20, 88), point('2024-06', 40)] } });
    expect(sparse.value[0]?.properties.resettlement).toMatchObject({ families: 40, date: '2024-06' });
    expect(sparse.value[0]?.properties.resettlement?.residents).toBeUndefined();
  });
  it('need a date for one figure, and either one figure or a series', () => {
    expect(codes(projects({ resettlement: { families: 20 } }).issues)).toEqual(['error missing-date']);
    expect(codes(projects({ resettlement: { date: '2024', series: [point('2024', 1)] } }).issues)).toEqual([
      'error invalid-series',
    ]);
    expect(codes(projects({ resettlement: { series: [] } }).issues)).toEqual(['error invalid-series']);
  });
  it('need a source and a number for every point of a series', () => {
    const unsourced = { date: '2024-05', families: 20, sources: [] };
    expect(codes(projects({ resettlement: { series: [unsourced] } }).issues)).toEqual([
      'error invalid-sources',
    ]);
    const { value, issues } = projects({ resettlement: { series: [point('2024-05'), point('2024-06', 1)] } });
    expect(codes(issues)).toEqual(['error missing-figures']);
    expect(value).toEqual([]);
  });
  it('need dates in order, one figure per date', () => {
    const { issues } = projects({
      resettlement: {
        series: [point('2024-06', 20), point('2024-05-14', 58), point('2024-05-14', 60), point('2024', 70)],
      },
    });
    expect(codes(issues)).toEqual([
      'error resettlement-order',
      'error resettlement-order',
      'error resettlement-order',
    ]);
  });
  it('warn, and only warn, when a cumulative figure goes down', () => {
    const { value, issues } = projects({
      resettlement: { series: [point('2024-05', 20, 90), point('2024-06', 18), point('2024-07', 30, 88)] },
    });
    expect(codes(issues)).toEqual(['warning resettlement-decrease', 'warning resettlement-decrease']);
    expect(issues.map((issue) => issue.message.split(' ')[0])).toEqual([
      'resettlement.series[1].families',
      'resettlement.series[2].residents',
    ]);
    expect(value).toHaveLength(1);
  });
});

describe('status dates', () => {
  it('warn when a completed project ends after the source that confirmed it', () => {
    expect(codes(projects({ end: '2024-09-06' }).issues)).toEqual(['warning end-after-status-date']);
    expect(codes(projects({ end: '2024-09' }).issues)).toEqual([]);
    expect(codes(projects({ status: 'under-construction', end: '2026' }).issues)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Scenes

const IMAGERY = catalog(yearly(2019), yearly(2020), yearly(2021), layer('plain', '2020'));
const layers = validateImagery(IMAGERY, 'imagery.json').value.layers;
const scene = (extra: object) => ({
  id: 'test-scene',
  title: text,
  caption: text,
  camera: { center: [46.76, 39.18], zoom: 13 },
  sources: [source],
  ...extra,
});
const timeLapse = (extra: object = {}, timing: object = {}) =>
  scene({
    kind: 'time-lapse',
    timeLapse: { family: 'yearly', from: '2019', to: '2021', ...timing },
    ...extra,
  });
const scenes = (...items: object[]) =>
  validateScenes(json({ scenes: items }), 'scenes.json', {
    imageryIds: new Set(layers.map((l) => l.id)),
    imageryLayers: layers,
  });

describe('time-lapse scenes', () => {
  it('accept a family, a date range and dated captions; a scene without kind compares', () => {
    const { value, issues } = scenes(
      timeLapse({
        captions: [
          { from: '2020', caption: text },
          { from: '2021', caption: text },
        ],
      }),
      scene({ id: 'compare', imagery: { before: 'y2019', after: 'plain' } }),
    );
    expect(issues).toEqual([]);
    expect(value.map((s) => s.kind)).toEqual(['time-lapse', 'compare']);
    expect(value[0]).toMatchObject({ timeLapse: { secondsPerFrame: 3 } });
    expect(value[1]).toMatchObject({ seconds: 20 });
  });
  it('need a family of the catalog, "from" not after "to", and two dates in range', () => {
    expect(codes(scenes(timeLapse({}, { family: 'monthly' })).issues)).toEqual(['error unknown-family']);
    expect(codes(scenes(timeLapse({}, { from: '2021', to: '2019' })).issues)).toEqual([
      'error to-before-from',
    ]);
    expect(codes(scenes(timeLapse({}, { from: '2020-06', to: '2020' })).issues)).toEqual([
      'error too-few-frames',
    ]);
    expect(codes(scenes(timeLapse({}, { from: '2022', to: '2025' })).issues)).toEqual([
      'error too-few-frames',
    ]);
    expect(scenes(timeLapse({}, { from: '2020', to: '2021' })).issues).toEqual([]);
  });
  it('need captions in date order, and warn about captions outside the range or without tr/ar', () => {
    const { en, az, ru } = text;
    const { value, issues } = scenes(
      timeLapse({
        captions: [
          { from: '2018', caption: text },
          { from: '2020', caption: { az, en, ru } },
          { from: '2020', caption: text },
        ],
      }),
    );
    expect(codes(issues)).toEqual([
      'warning caption-outside-range',
      'warning missing-translation',
      'error captions-not-ascending',
    ]);
    expect(value).toEqual([]);
  });
  it('keep the two kinds apart', () => {
    expect(codes(scenes(timeLapse({ imagery: { before: 'y2019', after: 'y2021' } })).issues)).toEqual([
      'error unknown-field',
    ]);
    expect(
      codes(scenes(scene({ imagery: { before: 'y2019', after: 'y2021' }, captions: [] })).issues),
    ).toEqual(['error unknown-field']);
    expect(codes(scenes(scene({ kind: 'time-lapse' })).issues)).toEqual(['error missing-timeLapse']);
    const unknown = scenes(scene({ kind: 'slideshow' })).issues;
    expect(codes(unknown)).toEqual(['error unknown-kind']);
    expect(unknown[0]?.message).toContain('allowed: compare, time-lapse');
  });
});

describe('validateFiles', () => {
  it('checks a time-lapse against the catalog of the same set, in the CLI and the app alike', () => {
    const files = {
      'data/imagery.json': IMAGERY,
      'data/scenes.json': json({ scenes: [timeLapse(), timeLapse({ id: 'other' }, { family: 'monthly' })] }),
    };
    const { data, issues } = validateFiles(files);
    expect(data.scenes.map((s) => s.id)).toEqual(['test-scene']);
    expect(codes(issues)).toEqual(['error unknown-family']);
  });
});
