import { pointToPolygonDistance } from '@turf/turf';
import { describe, expect, it, vi } from 'vitest';
import { fixtureText } from '../../tests/fixture-files.ts';
import { distanceToEdgeKm, type Area } from '../lib/geo.ts';
import {
  checkDistrictPlacement,
  checkInRegion,
  checkRouteDensity,
  DISTRICT_TOLERANCE_KM,
  indexDistricts,
  SCHEMATIC_SEGMENT_MAX_KM,
} from './geo-checks.ts';
import { IssueList } from './issues.ts';
import { parseJsonSource } from './json-source.ts';
import { REGION_BOUNDS, type DistrictFeature, type ProjectFeature } from './schema.ts';
import { validateDistricts } from './validate.ts';

/** A position as the project schema types it. */
type Position = [number, number] | [number, number, number];

/** Kilometres per degree of latitude (and of longitude at the equator), as src/lib/geo.ts uses. */
const KM_PER_DEGREE = (Math.PI / 180) * 6371.0088;
const lonKm = (lat: number) => KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);

function square(
  id: string,
  en: string,
  [west, south, east, north]: [number, number, number, number],
): DistrictFeature {
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ] satisfies Position[];
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties: {
      name: { az: en, en, ru: en },
      region: 'karabakh',
      source: { title: 'Fixture', url: 'https://example.org/', license: 'CC0 1.0' },
    },
  };
}

// Two squares side by side; Aaa's north edge is 39.4 N, the shared edge is 47.0 E.
const AAA = square('AZ-AAA', 'Aaa', [46.8, 39.2, 47.0, 39.4]);
const BBB = square('AZ-BBB', 'Bbb', [47.0, 39.2, 47.2, 39.4]);
const INDEX = indexDistricts([AAA, BBB]);
const northOfAaa = (km: number): Position => [46.9, 39.4 + km / KM_PER_DEGREE];
const eastOfSharedEdge = (km: number): Position => [47.0 + km / lonKm(39.3), 39.3];

function project(
  districts: string[],
  geometry: ProjectFeature['geometry'],
  precision: ProjectFeature['properties']['precision'] = 'exact',
): ProjectFeature {
  const text = { az: 'Sınaq', en: 'Test', ru: 'Тест' };
  return {
    type: 'Feature',
    id: 'test-project',
    geometry,
    properties: {
      name: text,
      summary: text,
      category: 'housing',
      status: 'planned',
      statusAsOf: '2025',
      districts,
      precision,
      sources: [{ title: 'Fixture', url: 'https://example.org/' }],
    },
  };
}

const at = (...path: (string | number)[]) => ['features', 0, ...path];

function place(districts: string[], coordinates: Position | Position[]) {
  const issues = new IssueList('projects.geojson', undefined);
  const error = vi.spyOn(issues, 'error');
  const warn = vi.spyOn(issues, 'warn');
  const geometry: ProjectFeature['geometry'] =
    typeof coordinates[0] === 'number'
      ? { type: 'Point', coordinates: coordinates as Position }
      : { type: 'LineString', coordinates: coordinates as Position[] };
  checkDistrictPlacement(issues, INDEX, project(districts, geometry), at, 'project "test-project"');
  return { issues: issues.items, error, warn };
}

describe('indexDistricts', () => {
  it('indexes districts by id with their English name and bounding box', () => {
    expect([...INDEX.keys()]).toEqual(['AZ-AAA', 'AZ-BBB']);
    const entry = INDEX.get('AZ-AAA');
    expect(entry?.id).toBe('AZ-AAA');
    expect(entry?.name).toBe('Aaa');
    expect(entry?.bbox).toEqual([46.8, 39.2, 47.0, 39.4]);
    expect(entry?.area.geometry).toEqual(AAA.geometry);
  });

  it('pads the bounding box by the tolerance on every side', () => {
    const entry = INDEX.get('AZ-AAA');
    if (!entry) throw new Error('AZ-AAA is not indexed');
    const [west, south, east, north] = entry.padded;
    expect((39.2 - south) * KM_PER_DEGREE).toBeCloseTo(DISTRICT_TOLERANCE_KM, 6);
    expect((north - 39.4) * KM_PER_DEGREE).toBeCloseTo(DISTRICT_TOLERANCE_KM, 6);
    expect((46.8 - west) * lonKm(39.3)).toBeCloseTo(DISTRICT_TOLERANCE_KM, 6);
    expect((east - 47.0) * lonKm(39.3)).toBeCloseTo(DISTRICT_TOLERANCE_KM, 6);
  });

  it('indexes the fixture districts, MultiPolygons included', () => {
    const districts = validateDistricts(fixtureText('districts.geojson'), 'districts.geojson').value;
    const index = indexDistricts(districts);
    expect(index.size).toBe(districts.length);
    expect(index.get('AZ-SUS')?.name).toBe('Shusha');
    const multi = {
      ...AAA,
      id: 'AZ-MUL',
      geometry: {
        type: 'MultiPolygon' as const,
        coordinates: [AAA.geometry.coordinates, BBB.geometry.coordinates],
      },
    } as DistrictFeature;
    expect(indexDistricts([multi]).get('AZ-MUL')?.bbox).toEqual([46.8, 39.2, 47.2, 39.4]);
  });
});

describe('distanceToEdgeKm', () => {
  const aaa: Area = { type: 'Feature', geometry: AAA.geometry, properties: {} };

  it.each([0.5, 1, 1.9, 2.1, 5])('measures %s km north of an edge', (km) => {
    expect(distanceToEdgeKm(aaa, northOfAaa(km))).toBeCloseTo(km, 6);
  });

  it.each([0.5, 1.9, 2.1, 5])('measures %s km east of an edge at 39.3 N', (km) => {
    expect(distanceToEdgeKm(aaa, [47.0 + km / lonKm(39.3), 39.3])).toBeCloseTo(km, 3);
  });

  it('agrees with turf within 1 % near the fixture districts', () => {
    const districts = validateDistricts(fixtureText('districts.geojson'), 'districts.geojson').value;
    const fuzuli = districts.find((district) => district.id === 'AZ-FUZ');
    if (!fuzuli) throw new Error('AZ-FUZ is missing from the fixture');
    const area: Area = { type: 'Feature', geometry: fuzuli.geometry, properties: {} };
    for (const point of [
      [47.3, 39.45],
      [47.0, 39.4],
      [47.7, 39.6],
      [47.2, 39.594],
    ]) {
      const turfKm = Math.abs(pointToPolygonDistance(point, area, { units: 'kilometers' }));
      expect(Math.abs(distanceToEdgeKm(area, point) - turfKm) / turfKm).toBeLessThan(0.01);
    }
  });
});

describe('checkInRegion', () => {
  const check = (coordinates: unknown, type = 'Point') => {
    const issues = new IssueList('x.geojson', undefined);
    const error = vi.spyOn(issues, 'error');
    const inside = checkInRegion(issues, { type, coordinates }, ['coordinates'], 'project "p"');
    return { inside, issues: issues.items, error };
  };

  it('accepts positions inside the region, edges included', () => {
    const { west, south, east, north } = REGION_BOUNDS;
    for (const position of [
      [46.75, 39.65],
      [west, south],
      [east, north],
      [west, north],
      [46.75, 39.65, 1200],
    ]) {
      expect(check(position)).toMatchObject({ inside: true, issues: [] });
    }
  });

  it('reports a position outside the region', () => {
    const { inside, issues, error } = check([44.51, 40.18]);
    expect(inside).toBe(false);
    expect(issues).toHaveLength(1);
    expect(error).toHaveBeenCalledWith(
      'outside-region',
      'position [44.51, 40.18] is outside the region (45.4–47.7 E, 38.8–40.6 N) in project "p"',
      ['coordinates'],
      undefined,
    );
  });

  it('hints that longitude and latitude look swapped', () => {
    const { inside, error } = check([39.7, 46.75]);
    expect(inside).toBe(false);
    expect(error).toHaveBeenCalledWith(
      'outside-region',
      'position [39.7, 46.75] is outside the region (45.4–47.7 E, 38.8–40.6 N) in project "p": ' +
        'longitude and latitude look swapped (GeoJSON is [longitude, latitude])',
      ['coordinates'],
      {
        key: 'swapCoordinates',
        params: {},
        text: 'the coordinates look like [latitude, longitude]; GeoJSON wants [longitude, latitude] — swap them',
      },
    );
  });

  it('reports only the first vertex outside, at its path', () => {
    const text = '{\n  "coordinates": [[47.1, 39.6], [47.2, 39.6],\n    [48.1, 39.6], [48.2, 39.6]]\n}';
    const issues = new IssueList('x.geojson', parseJsonSource(text));
    const coordinates = (JSON.parse(text) as { coordinates: Position[] }).coordinates;
    expect(checkInRegion(issues, { type: 'LineString', coordinates }, ['coordinates'], 'project "p"')).toBe(
      false,
    );
    expect(issues.items).toHaveLength(1);
    expect(issues.items[0]).toMatchObject({ line: 3, column: 5, code: 'outside-region' });
    expect(issues.items[0]?.message).toContain('[48.1, 39.6]');
  });
});

describe('checkDistrictPlacement', () => {
  const tolerated = (km: string, where: string) =>
    `lies ${km} km outside Aaa (AZ-AAA), in ${where}; the district boundaries are generalised, up to about 3.5 km ` +
    `off, so positions within 4 km are accepted in project "test-project"`;

  it('uses the measured boundary error as its tolerance', () => {
    // The largest measured offset of a gazetteer position (Tazakand, 3.4 km) plus a margin.
    expect(DISTRICT_TOLERANCE_KM).toBe(4);
  });

  it('accepts a position inside a named district without a word', () => {
    expect(place(['AZ-AAA'], [46.9, 39.3]).issues).toEqual([]);
  });

  it.each([
    [0.5, '0.5'],
    [1, '1.0'],
    [1.8, '1.8'],
    [2.4, '2.4'],
    [3.9, '3.9'],
  ])('warns, naming the distance, about a position %s km outside its district', (km, shown) => {
    const position = northOfAaa(km);
    const { issues, error, warn } = place(['AZ-AAA'], position);
    expect(error).not.toHaveBeenCalled();
    expect(issues).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(
      'near-district',
      `position [${position.join(', ')}] ${tolerated(shown, 'no district')}`,
      ['features', 0, 'geometry', 'coordinates'],
      expect.objectContaining({ key: 'nearDistrict' }),
    );
  });

  it.each([
    [4.1, '4.1'],
    [5, '5.0'],
  ])('reports a position %s km outside its district as an error', (km, shown) => {
    const position = northOfAaa(km);
    const { issues, error } = place(['AZ-AAA'], position);
    expect(issues).toHaveLength(1);
    expect(error).toHaveBeenCalledWith(
      'outside-district',
      `position [${position.join(', ')}] is not within 4 km of Aaa (AZ-AAA) (${shown} km away) in project "test-project"`,
      ['features', 0, 'geometry', 'coordinates'],
    );
  });

  it('names the district a position actually lies in', () => {
    const { issues } = place(['AZ-AAA'], eastOfSharedEdge(5));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe('outside-district');
    expect(issues[0]?.message).toContain(
      'is not within 4 km of Aaa (AZ-AAA) (5.0 km away); it lies in Bbb (AZ-BBB)',
    );
  });

  it('warns about a position in a neighbouring district within the tolerance of the named one', () => {
    const position = eastOfSharedEdge(1);
    const { issues, warn } = place(['AZ-AAA'], position);
    expect(issues).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(
      'near-district',
      `position [${position.join(', ')}] ${tolerated('1.0', 'Bbb (AZ-BBB)')}`,
      ['features', 0, 'geometry', 'coordinates'],
      expect.objectContaining({ key: 'nearDistrict' }),
    );
  });

  it('accepts a position inside any one of the named districts', () => {
    expect(place(['AZ-AAA', 'AZ-BBB'], eastOfSharedEdge(5)).issues).toEqual([]);
  });

  it('gives the distance to the nearest named district, however far', () => {
    const { issues } = place(['AZ-AAA', 'AZ-BBB'], [45.6, 39.3]);
    expect(issues).toHaveLength(1);
    const km = ((46.8 - 45.6) * lonKm(39.3)).toFixed(1);
    expect(issues[0]?.message).toBe(
      `position [45.6, 39.3] is not within 4 km of Aaa (AZ-AAA), Bbb (AZ-BBB) (${km} km away) in project "test-project"`,
    );
  });

  it('reports an unknown district at its place in the list and still checks the known one', () => {
    const { issues, error } = place(['AZ-AAA', 'AZ-QQQ'], eastOfSharedEdge(5));
    expect(error).toHaveBeenCalledWith(
      'unknown-district',
      'district "AZ-QQQ" is not in districts.geojson in project "test-project"',
      ['features', 0, 'properties', 'districts', 1],
    );
    expect(issues.map((issue) => issue.code)).toEqual(['unknown-district', 'outside-district']);
  });

  it('checks every vertex of a line and reports the first one beyond the tolerance', () => {
    const line: Position[] = [[46.9, 39.3], northOfAaa(1), northOfAaa(5), northOfAaa(7)];
    const { issues, error } = place(['AZ-AAA'], line);
    expect(issues).toHaveLength(1);
    expect(error).toHaveBeenCalledWith(
      'outside-district',
      expect.stringContaining(`position [${northOfAaa(5).join(', ')}]`),
      ['features', 0, 'geometry', 'coordinates', 2],
    );
  });

  it('warns once for a line, at its vertex farthest outside within the tolerance', () => {
    const line: Position[] = [northOfAaa(0.5), [46.9, 39.3], northOfAaa(2), northOfAaa(1)];
    const { issues, warn } = place(['AZ-AAA'], line);
    expect(issues).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(
      'near-district',
      `position [${northOfAaa(2).join(', ')}] ${tolerated('2.0', 'no district')}`,
      ['features', 0, 'geometry', 'coordinates', 2],
      expect.objectContaining({ key: 'nearDistrict' }),
    );
  });
});

describe('checkRouteDensity', () => {
  const KM = 1 / KM_PER_DEGREE;
  const route = (precision: ProjectFeature['properties']['precision'], steps: number[]) => {
    let lat = 39.3;
    const coordinates: Position[] = [[46.9, lat]];
    for (const km of steps) {
      lat += km * KM;
      coordinates.push([46.9, lat]);
    }
    const issues = new IssueList('projects.geojson', undefined);
    const warn = vi.spyOn(issues, 'warn');
    checkRouteDensity(
      issues,
      project(['AZ-AAA'], { type: 'LineString', coordinates }, precision),
      at,
      'project "test-project"',
    );
    return { issues: issues.items, warn };
  };

  it('accepts a schematic route with a vertex at least every 5 km', () => {
    expect(SCHEMATIC_SEGMENT_MAX_KM).toBe(5);
    expect(route('schematic', [4.9, 1, 4.99]).issues).toEqual([]);
  });

  it('warns at the longest segment of a sparse schematic route', () => {
    const { issues, warn } = route('schematic', [6, 2, 12.5, 3]);
    expect(issues).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(
      'sparse-route',
      'the segment ending at vertex 3 is 12.5 km long; a schematic route needs a vertex at least every 5 km ' +
        '(at the towns and passes it links) in project "test-project"',
      ['features', 0, 'geometry', 'coordinates', 3],
      expect.objectContaining({ key: 'sparseRoute' }),
    );
  });

  it('leaves exact and approximate lines alone', () => {
    expect(route('exact', [20]).issues).toEqual([]);
    expect(route('approximate', [20]).issues).toEqual([]);
  });
});
