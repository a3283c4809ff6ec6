import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../scripts/check-data/check-files.ts';
import { districtGeometryIssues, geometryIssuesOf } from './district-geometry.ts';

const FILE = 'data/districts.geojson';
const shipped = readFileSync(FILE, 'utf8');

interface Collection {
  features: { id: string; geometry: { type: string; coordinates: Position[][] } }[];
}
/** The shipped districts with one district's geometry replaced, written as the file is (2-space JSON). */
function withGeometry(id: string, coordinates: (original: Collection) => Position[][]): string {
  const collection = JSON.parse(shipped) as Collection;
  const replaced = coordinates(collection);
  const feature = collection.features.find((candidate) => candidate.id === id);
  if (!feature) throw new Error(id);
  feature.geometry = { type: 'Polygon', coordinates: replaced };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
/** The line of a district's `coordinates` in a file, where its geometry issues point. */
function coordinatesLine(text: string, id: string): number {
  const at = text.indexOf('"coordinates"', text.indexOf(`"id": "${id}"`));
  return text.slice(0, at).split('\n').length;
}
const bowTie = ([x, y]: [number, number]): Position[][] => [
  [
    [x - 0.01, y - 0.01],
    [x + 0.01, y + 0.01],
    [x + 0.01, y - 0.01],
    [x - 0.01, y + 0.01],
    [x - 0.01, y - 0.01],
  ],
];
const geometryOf = (collection: Collection, id: string) =>
  collection.features.find((feature) => feature.id === id)?.geometry.coordinates ?? [];

describe('district boundary geometry', () => {
  it('finds nothing wrong with the shipped districts', () => {
    expect(districtGeometryIssues(shipped, FILE)).toEqual([]);
  });

  it('names a boundary that crosses itself, at the district and where it crosses', () => {
    const text = withGeometry('AZ-SUS', () => bowTie([46.75, 39.75]));
    expect(districtGeometryIssues(text, FILE)).toEqual([
      {
        file: FILE,
        line: coordinatesLine(text, 'AZ-SUS'),
        column: expect.any(Number) as number,
        severity: 'error',
        code: 'self-intersection',
        message: 'geometry: the boundary crosses itself at 46.75000, 39.75000 in district "AZ-SUS"',
      },
    ]);
  });

  it('names both districts of an overlap, with its area', () => {
    const text = withGeometry('AZ-SUS', (collection) => geometryOf(collection, 'AZ-XCI'));
    const issues = districtGeometryIssues(text, FILE);
    expect(issues.map((issue) => [issue.code, issue.line])).toEqual([
      ['district-overlap', coordinatesLine(text, 'AZ-SUS')],
      ['district-overlap', coordinatesLine(text, 'AZ-XCI')],
    ]);
    expect(issues[0]?.message).toMatch(
      /^geometry: overlaps district "AZ-XCI" by \d+\.\d\d km² in district "AZ-SUS"$/,
    );
  });

  it('checks only the pairs of the district being edited when asked', () => {
    const text = withGeometry('AZ-SUS', (collection) => geometryOf(collection, 'AZ-XCI'));
    const issues = districtGeometryIssues(text, FILE, new Set(['AZ-SUS']));
    expect(issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/overlaps district "AZ-XCI" .* in district "AZ-SUS"$/) as string,
    ]);
    expect(districtGeometryIssues(text, FILE, new Set(['AZ-LAC']))).toEqual([]);
  });

  it('is part of npm run check-data, and only for districts files', () => {
    const text = withGeometry('AZ-SUS', () => bowTie([46.75, 39.75]));
    expect(geometryIssuesOf({ 'data/projects.geojson': text })).toEqual([]);
    const checked = checkFiles([{ path: FILE, text }], {
      dataDir: 'data',
      readFile: (path) => readFileSync(path, 'utf8'),
    });
    expect(checked.issues.filter((issue) => issue.code === 'self-intersection')).toHaveLength(1);
  });
});
