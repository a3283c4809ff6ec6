import { describe, expect, it } from 'vitest';
import { DISTRICT_TOLERANCE_KM } from '../../src/data/geo-checks.ts';
import { readInputs, townOffsets } from './town-offsets.ts';

describe('district polygons measured on gazetteer positions', () => {
  const { places, districts } = readInputs();
  const offsets = townOffsets(places, districts);

  it('keeps every gazetteer place within the district tolerance of its own district', () => {
    const beyond = offsets.filter((o) => o.km > DISTRICT_TOLERANCE_KM).map((o) => o.name);
    expect(beyond).toEqual([]);
  });

  it('matches the table of places outside their polygon in scripts/districts/README.md', () => {
    // A rebuilt districts.geojson that moves a boundary changes these figures: update the README table
    // (npx tsx scripts/districts/town-offsets.ts) and the tolerance if needed.
    const outside = offsets
      .filter((o) => o.km > 0)
      .map((o) => `${o.name}: ${o.km.toFixed(1)} km, in ${o.liesIn ?? 'none'}`)
      .sort();
    expect(outside).toEqual([
      'Bartaz (settlement): 1.8 km, in none',
      'Giz Galasi dam: 1.6 km, in none',
      'Jabrayil (town): 0.5 km, in AZ-XVD',
      'Khudafarin (Khoda Afarin) dam: 0.1 km, in none',
      'Lachin (town): 1.7 km, in AZ-SUS',
      'Shukurbayli: 1.0 km, in none',
      'Tazakand: 3.4 km, in AZ-TAR',
    ]);
  });

  it('names a district for every place that is in districts.geojson', () => {
    const ids = new Set(districts.map((d) => d.id));
    expect(places.filter((p) => !ids.has(p.district))).toEqual([]);
  });
});
