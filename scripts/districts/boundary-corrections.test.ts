import { readFileSync } from 'node:fs';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { applyCorrectionsFile } from './boundary-corrections.ts';
import type { DistrictFeature } from './transform.ts';

// districts.geojson is what the pipeline builds from Natural Earth (it differs only in `metadata.generated`),
// so it stands in for the build's output here: the pipeline's last step needs no 95 MB download to be tested.
const FILE = 'data/boundary-corrections.json';
const built = () =>
  (JSON.parse(readFileSync('data/districts.geojson', 'utf8')) as { features: DistrictFeature[] }).features;
const polygonOf = (id: string) => built().find((f) => f.id === id)?.geometry as Polygon;

/** Lachin with the first vertex of its outer ring that no neighbour shares moved 0.01° west. */
function lachinMoved(): Polygon {
  const shared = new Set(
    built()
      .filter((f) => f.id !== 'AZ-LAC')
      .flatMap((f) => JSON.stringify(f.geometry.coordinates).match(/\[[-\d.]+,[-\d.]+\]/g) ?? []),
  );
  const polygon = structuredClone(polygonOf('AZ-LAC'));
  const ring = polygon.coordinates[0] ?? [];
  const index = ring.findIndex((p, i) => i > 0 && !shared.has(JSON.stringify(p)));
  const [x = 0, y = 0] = ring[index] ?? [];
  ring[index] = [Number((x - 0.01).toFixed(5)), y];
  return polygon;
}

const entry = (district: string, geometry: Polygon) => ({
  district,
  date: '2026-12-03',
  note: 'Western edge traced on the imagery.',
  precision: 'About 100 m.',
  sources: [{ title: 'Sentinel-2 cloudless 2024', url: 'https://s2maps.eu/' }],
  geometry,
});
const file = (...entries: unknown[]) => JSON.stringify({ corrections: entries });
const apply = (text: string) => applyCorrectionsFile(built(), text, FILE, 5);

describe('npm run data:districts applies the boundary corrections', () => {
  it('puts the corrected boundary in place and says so in the district’s source note', () => {
    const geometry = lachinMoved();
    const { features, applied } = apply(file(entry('AZ-LAC', geometry)));
    expect(applied).toBe(1);
    const lachin = features.find((f) => f.id === 'AZ-LAC');
    expect(lachin?.geometry).toEqual(geometry);
    expect(lachin?.properties.source.note).toMatch(
      /Boundary corrected 2026-12-03: Western edge traced on the imagery\. Precision: About 100 m\.$/,
    );
    const others = (list: DistrictFeature[]) => list.filter((f) => f.id !== 'AZ-LAC');
    expect(others(features)).toEqual(others(built()));
  });

  it('changes nothing with the shipped file (no corrections yet)', () => {
    expect(apply(readFileSync(FILE, 'utf8')).features).toEqual(built());
  });

  it('stops on a correction that no longer applies, naming the file, the entry and the field', () => {
    expect(() => apply(file(entry('AZ-LAC', lachinMoved()), entry('AZ-ZZZ', lachinMoved())))).toThrow(
      `${FILE}: correction #2 ("AZ-ZZZ") district: "AZ-ZZZ" is not a district of districts.geojson`,
    );
    // Suslu's outer ring drawn the other way round: valid GeoJSON, but not the file's RFC 7946 winding.
    const reversed = structuredClone(polygonOf('AZ-SUS'));
    reversed.coordinates[0]?.reverse();
    expect(() => apply(file(entry('AZ-SUS', reversed)))).toThrow(
      /correction #1 \("AZ-SUS"\) geometry: AZ-SUS polygon 0 ring 0: exterior ring is not counter-clockwise/,
    );
    expect(() => apply(file(entry('AZ-SUS', polygonOf('AZ-XCI'))))).toThrow(
      /correction #1 \("AZ-SUS"\) geometry: overlaps district "AZ-XCI"/,
    );
  });

  it('names a field the schema refuses', () => {
    expect(() => apply(file({ ...entry('AZ-LAC', lachinMoved()), sources: [] }))).toThrow(
      `${FILE}: correction #1 sources: needs at least one source`,
    );
  });
});
