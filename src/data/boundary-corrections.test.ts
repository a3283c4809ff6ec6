import { readFileSync } from 'node:fs';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../scripts/check-data/check-files.ts';
import {
  applyBoundaryCorrections,
  BOUNDARY_CORRECTIONS_FILE,
  type BoundaryCorrection,
  type DistrictArea,
  validateBoundaryCorrections,
} from './boundary-corrections.ts';

const DISTRICTS = 'data/districts.geojson';
const shipped = readFileSync(DISTRICTS, 'utf8');
const districts = () => (JSON.parse(shipped) as { features: DistrictArea[] }).features;
const polygonOf = (id: string) => districts().find((f) => f.id === id)?.geometry as Polygon;

const key = ([x, y]: Position) => `${x},${y}`;
/** The index of a vertex of `id`'s outer ring that no other district has (a border with no neighbour). */
function ownVertex(id: string): number {
  const others = new Set(
    districts()
      .filter((f) => f.id !== id)
      .flatMap((f) =>
        (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()).flat(),
      )
      .map(key),
  );
  const ring = polygonOf(id).coordinates[0] ?? [];
  const index = ring.findIndex((position, i) => i > 0 && i < ring.length - 1 && !others.has(key(position)));
  if (index < 0) throw new Error(`${id} has no vertex of its own`);
  return index;
}
/** `id`'s boundary with vertex `index` of the outer ring moved by (dx, dy). */
function moved(id: string, index: number, dx: number, dy: number): Polygon {
  const polygon = structuredClone(polygonOf(id));
  const ring = polygon.coordinates[0] ?? [];
  const [x = 0, y = 0] = ring[index] ?? [];
  ring[index] = [Number((x + dx).toFixed(5)), Number((y + dy).toFixed(5))];
  return polygon;
}

const correction = (district: string, geometry: Polygon): BoundaryCorrection => ({
  district,
  date: '2026-12-03',
  note: 'Western edge traced on the imagery.',
  precision: 'About 100 m, traced on the 2024 Sentinel-2 mosaic.',
  sources: [{ title: 'Sentinel-2 cloudless 2024', url: 'https://s2maps.eu/' }],
  geometry: geometry as BoundaryCorrection['geometry'],
});
const fileOf = (...entries: unknown[]) => `${JSON.stringify({ corrections: entries }, null, 2)}\n`;
const validate = (text: string, requireApplied = false) =>
  validateBoundaryCorrections(text, BOUNDARY_CORRECTIONS_FILE, { districts: districts(), requireApplied });

describe('applying boundary corrections', () => {
  it('puts each correction’s geometry in place of its district’s and leaves the others as they were', () => {
    const geometry = moved('AZ-LAC', ownVertex('AZ-LAC'), -0.01, 0);
    const before = districts();
    const { features, problems } = applyBoundaryCorrections(before, [correction('AZ-LAC', geometry)]);
    expect(problems).toEqual([]);
    expect(features.find((f) => f.id === 'AZ-LAC')?.geometry).toEqual(geometry);
    expect(features.filter((f) => f.id !== 'AZ-LAC')).toEqual(before.filter((f) => f.id !== 'AZ-LAC'));
  });

  it('is idempotent: applied to districts that already show it, nothing changes', () => {
    const geometry = moved('AZ-LAC', ownVertex('AZ-LAC'), -0.01, 0);
    const once = applyBoundaryCorrections(districts(), [correction('AZ-LAC', geometry)]).features;
    expect(applyBoundaryCorrections(once, [correction('AZ-LAC', geometry)]).features).toEqual(once);
  });

  it('names an unknown district and a district corrected twice, at the entry’s district', () => {
    const geometry = polygonOf('AZ-LAC');
    const { problems } = applyBoundaryCorrections(districts(), [
      correction('AZ-XX', geometry),
      correction('AZ-LAC', geometry),
      correction('AZ-LAC', geometry),
    ]);
    expect(problems.map(({ index, field, code }) => [index, field, code])).toEqual([
      [0, 'district', 'unknown-district'],
      [2, 'district', 'duplicate-district'],
    ]);
  });
});

describe('the boundary corrections file, as check-data sees it', () => {
  it('accepts the shipped file', () => {
    const text = readFileSync(BOUNDARY_CORRECTIONS_FILE, 'utf8');
    expect(validate(text, true).issues).toEqual([]);
  });

  it('accepts a valid correction, and names each missing or wrong field at its line', () => {
    const good = correction('AZ-LAC', moved('AZ-LAC', ownVertex('AZ-LAC'), -0.01, 0));
    expect(validate(fileOf(good)).issues).toEqual([]);
    const bad = { ...good, date: '2026-13', sources: [], precision: ' ' };
    const issues = validate(fileOf(bad)).issues;
    expect(issues.map((issue) => [issue.code, issue.message.split(/[ :]/)[0]])).toEqual([
      ['invalid-date', 'date'],
      ['invalid-precision', 'precision'],
      ['invalid-sources', 'sources'],
    ]);
    expect(issues.every((issue) => issue.line > 1)).toBe(true);
  });

  it('names a correction whose boundary crosses itself or overlaps a neighbour', () => {
    const ring = polygonOf('AZ-SUS').coordinates[0] ?? [];
    // Two neighbouring vertices swapped: the ring crosses itself between them.
    const crossed: Polygon = {
      type: 'Polygon',
      coordinates: [[ring[0] ?? [], ring[2] ?? [], ring[1] ?? [], ...ring.slice(3)]],
    };
    const [kink] = validate(fileOf(correction('AZ-SUS', crossed))).issues;
    expect(kink?.code).toBe('self-intersection');
    expect(kink?.message).toMatch(/crosses itself .* in boundary correction #1 \("AZ-SUS"\)$/);
    const overlap = validate(fileOf(correction('AZ-SUS', polygonOf('AZ-XCI')))).issues;
    expect(overlap.map((issue) => issue.code)).toEqual(['district-overlap']);
    expect(overlap[0]?.message).toMatch(/overlaps district "AZ-XCI"/);
  });

  it('asks for the pipeline to run when districts.geojson does not show a correction yet', () => {
    const text = fileOf(correction('AZ-LAC', moved('AZ-LAC', ownVertex('AZ-LAC'), -0.01, 0)));
    expect(validate(text).issues).toEqual([]);
    expect(validate(text, true).issues.map((issue) => issue.code)).toEqual(['boundary-not-applied']);
  });

  it('is part of npm run check-data (not a file it skips)', () => {
    const text = fileOf(correction('AZ-XX', polygonOf('AZ-LAC')));
    const checked = checkFiles([{ path: BOUNDARY_CORRECTIONS_FILE, text }], {
      dataDir: 'data',
      readFile: (path) => readFileSync(path, 'utf8'),
    });
    expect(checked.unknown).toEqual([]);
    expect(checked.issues.map((issue) => issue.code)).toContain('unknown-district');
  });
});
