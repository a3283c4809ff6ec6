import { along, length, lineSlice, nearestPointOnLine, point } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { fixtureFetch, fixtureText } from '../../tests/fixture-files.ts';
import { loadData } from '../data/load.ts';
import { indexProjects } from '../data/project-index.ts';
import type { DistrictFeature, ProjectFeature } from '../data/schema.ts';
import { validateProjects } from '../data/validate.ts';
import { CSV_COLUMNS, representativePoint, toCsv, toGeoJson } from './export.ts';

type Properties = ProjectFeature['properties'];

function project(
  id: string,
  properties: Partial<Properties> = {},
  geometry?: ProjectFeature['geometry'],
): ProjectFeature {
  return {
    type: 'Feature',
    id,
    geometry: geometry ?? { type: 'Point', coordinates: [46.766, 39.174] },
    properties: {
      name: { az: `${id} az`, en: `${id} en`, ru: `${id} ru` },
      summary: { az: 'Test.', en: 'Test.', ru: 'Тест.' },
      category: 'housing',
      status: 'completed',
      statusAsOf: '2024-05',
      districts: ['AZ-ZAN'],
      precision: 'exact',
      sources: [{ title: 'Source', url: 'https://example.org/source' }],
      ...properties,
    },
  };
}

function district(id: string, az: string, en: string): DistrictFeature {
  return {
    type: 'Feature',
    id,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [46.5, 39],
          [47, 39],
          [47, 39.5],
          [46.5, 39],
        ],
      ],
    },
    properties: {
      name: { az, en, ru: en },
      region: 'east-zangezur',
      source: { title: 'Test', url: 'https://example.org/districts', license: 'Public domain' },
    },
  } as DistrictFeature;
}

const districtsById = new Map([
  ['AZ-ZAN', district('AZ-ZAN', 'Zəngilan', 'Zangilan')],
  ['AZ-CAB', district('AZ-CAB', 'Cəbrayıl', 'Jabrayil')],
]);

/** A strict RFC 4180 reader: records of fields, CRLF between records, quoted fields may hold anything. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (char === '"') {
        quoted = false;
        i++;
      } else {
        field += char;
        i++;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      i++;
    } else if (char === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      if (char === '"' || char === '\r' || char === '\n')
        throw new Error(`unquoted ${JSON.stringify(char)} at ${i}`);
      field += char;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || record.length > 0) throw new Error('the last record has no CRLF');
  return records;
}

/** The CSV's rows as objects by column name (the BOM removed). */
function readCsv(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  expect(header).toEqual([...CSV_COLUMNS]);
  for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  return rows.map((row) => Object.fromEntries(row.map((cell, i) => [CSV_COLUMNS[i], cell])));
}

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv(indexProjects([project('one'), project('two')]), 'en', districtsById);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[0]).toMatch(/^id,name,category,status,status_as_of,start,end,districts,lon,lat,/);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes a header only when nothing is listed', () => {
    expect(toCsv([], 'en', districtsById)).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('writes every column', () => {
    const [row] = readCsv(
      toCsv(
        indexProjects([
          project('aghali', {
            start: '2021-04',
            end: '2022-05',
            districts: ['AZ-ZAN', 'AZ-CAB'],
            resettlement: { families: 175, residents: 871, date: '2023-11-26' },
            sources: [
              { title: 'A', url: 'https://example.org/a' },
              { title: 'B', url: 'https://example.org/b' },
            ],
          }),
        ]),
        'en',
        districtsById,
      ),
    );
    expect(row).toEqual({
      id: 'aghali',
      name: 'aghali en',
      category: 'housing',
      status: 'completed',
      status_as_of: '2024-05',
      start: '2021-04',
      end: '2022-05',
      districts: 'Zangilan; Jabrayil',
      lon: '46.766',
      lat: '39.174',
      geometry: 'Point',
      precision: 'exact',
      families: '175',
      residents: '871',
      sources: 'https://example.org/a https://example.org/b',
    });
  });

  it('leaves missing values empty', () => {
    const [row] = readCsv(toCsv(indexProjects([project('bare')]), 'en', districtsById));
    expect(row).toMatchObject({ start: '', end: '', families: '', residents: '' });
  });

  it('writes names and districts in the chosen language, falling back to English', () => {
    const withTurkish = project('tr', {
      name: { az: 'Ağalı kəndi', en: 'Aghali village', ru: 'Село Агалы', tr: 'Ağalı köyü' },
    });
    const csv = (lang: 'az' | 'en' | 'ru' | 'ar' | 'tr') =>
      readCsv(toCsv(indexProjects([withTurkish]), lang, districtsById))[0];
    expect(csv('az')).toMatchObject({ name: 'Ağalı kəndi', districts: 'Zəngilan' });
    expect(csv('ru')).toMatchObject({ name: 'Село Агалы' });
    expect(csv('tr')).toMatchObject({ name: 'Ağalı köyü' });
    expect(csv('ar')).toMatchObject({ name: 'Aghali village', districts: 'Zangilan' });
  });

  it('names an unknown district by its id', () => {
    const [row] = readCsv(
      toCsv(indexProjects([project('x', { districts: ['AZ-QQQ'] })]), 'en', districtsById),
    );
    expect(row?.districts).toBe('AZ-QQQ');
  });

  it('quotes commas, quotes and line breaks', () => {
    const tricky = project('tricky', {
      name: { az: 'a', en: 'School "No. 1", Zangilan', ru: 'р' },
      sources: [{ title: 'S', url: 'https://example.org/?a=1,2' }],
    });
    const multiline = project('multiline', {
      name: { az: 'a', en: 'First line\nsecond line\r\nthird', ru: 'р' },
    });
    const csv = toCsv(indexProjects([tricky, multiline]), 'en', districtsById);
    expect(csv).toContain(',"School ""No. 1"", Zangilan",');
    expect(csv).toContain(',"https://example.org/?a=1,2"\r\n');
    const rows = readCsv(csv);
    expect(rows.map((row) => row.name)).toEqual([
      'School "No. 1", Zangilan',
      'First line\nsecond line\r\nthird',
    ]);
    expect(rows[0]?.sources).toBe('https://example.org/?a=1,2');
  });

  it.each(['=HYPERLINK("https://evil.example","click")', '+1+1', '-2+3', '@SUM(A1:A2)'])(
    'keeps spreadsheets from running %s as a formula',
    (name) => {
      const csv = toCsv(
        indexProjects([project('formula', { name: { az: name, en: name, ru: name } })]),
        'en',
        districtsById,
      );
      const [row] = readCsv(csv);
      expect(row?.name).toBe(`'${name}`);
      // Every cell starts with something other than a formula trigger.
      for (const line of parseCsv(csv.slice(1)))
        for (const cell of line) expect(cell).not.toMatch(/^[=+\-@]/);
    },
  );

  it('leaves ordinary text alone', () => {
    const name = 'Horadiz–Aghband highway (Zangezur corridor) - phase 2';
    const [row] = readCsv(
      toCsv(
        indexProjects([project('plain', { name: { az: name, en: name, ru: name } })]),
        'en',
        districtsById,
      ),
    );
    expect(row?.name).toBe(name);
  });

  it('keeps the order it is given', () => {
    const rows = readCsv(
      toCsv(indexProjects([project('b'), project('a'), project('c')]), 'en', districtsById),
    );
    expect(rows.map((row) => row.id)).toEqual(['b', 'a', 'c']);
  });

  it('puts the middle of a route in the lon/lat columns', () => {
    const route = project(
      'route',
      {},
      {
        type: 'LineString',
        coordinates: [
          [47.25, 39.62],
          [47.15, 39.6],
          [47.08, 39.58],
          [47.04, 39.57],
        ],
      },
    );
    const [row] = readCsv(toCsv(indexProjects([route]), 'en', districtsById));
    expect(row?.geometry).toBe('LineString');
    expect(row?.lon).toBe(String(representativePoint(route)[0]));
    expect(row?.lat).toBe(String(representativePoint(route)[1]));
  });
});

describe('representativePoint', () => {
  it('is the point itself for a point', () => {
    expect(representativePoint(project('p'))).toEqual([46.766, 39.174]);
  });

  it('drops an altitude', () => {
    expect(representativePoint(project('p', {}, { type: 'Point', coordinates: [46.7, 39.1, 850] }))).toEqual([
      46.7, 39.1,
    ]);
  });

  it('is the middle of a route, by distance along it', async () => {
    const { projects } = await loadData('/', fixtureFetch());
    const road = projects.find((p) => p.id === 'fixture-road');
    expect(road?.geometry.type).toBe('LineString');
    if (road?.geometry.type !== 'LineString') return;
    const line = { type: 'Feature' as const, geometry: road.geometry, properties: {} };
    const [lon, lat] = representativePoint(road);
    const middle = point([lon, lat]);
    // On the route (within the 5-decimal rounding, about a metre)…
    expect(nearestPointOnLine(line, middle).properties.dist).toBeLessThan(0.002);
    // …with as much of the route before it as after it…
    const total = length(line);
    const before = length(lineSlice(point(road.geometry.coordinates[0] ?? [0, 0]), middle, line));
    expect(before).toBeCloseTo(total / 2, 2);
    // …which here is on the second segment, not the middle vertex or the average of the vertices.
    expect(lon).toBeLessThan(47.15);
    expect(lon).toBeGreaterThan(47.08);
    expect([lon, lat]).not.toEqual([47.08, 39.58]);
    const [expectedLon = NaN, expectedLat = NaN] = along(line, total / 2).geometry.coordinates;
    expect(lon).toBeCloseTo(expectedLon, 5);
    expect(lat).toBeCloseTo(expectedLat, 5);
  });

  it('rounds to 5 decimals (about a metre)', () => {
    const [lon, lat] = representativePoint(
      project(
        'r',
        {},
        {
          type: 'LineString',
          coordinates: [
            [46.123456789, 39.1],
            [46.2, 39.187654321],
          ],
        },
      ),
    );
    expect(String(lon).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(5);
    expect(String(lat).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(5);
  });
});

describe('toGeoJson', () => {
  it('writes the listed projects as a FeatureCollection, as curated', async () => {
    const { projects } = await loadData('/', fixtureFetch());
    const entries = indexProjects(projects).filter((entry) => entry.status === 'completed');
    const text = toGeoJson(entries);
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({
      type: 'FeatureCollection',
      features: entries.map((entry) => entry.project),
    });
  });

  it('round-trips through the data validator', async () => {
    const { projects } = await loadData('/', fixtureFetch());
    const text = toGeoJson(indexProjects(projects));
    const { value, issues } = validateProjects(text, 'export.geojson');
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(value).toEqual(projects);
  });

  it('keeps the curated file readable: the same projects as the fixture file', async () => {
    const { projects } = await loadData('/', fixtureFetch());
    const original = JSON.parse(fixtureText('projects.geojson')) as { features: { id: string }[] };
    const exported = JSON.parse(toGeoJson(indexProjects(projects))) as { features: { id: string }[] };
    expect(exported.features.map((f) => f.id)).toEqual(original.features.map((f) => f.id));
  });

  it('writes an empty collection when nothing is listed', () => {
    expect(JSON.parse(toGeoJson([]))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
