/**
 * Geometry checks of district boundaries: a ring that crosses itself, two districts that overlap. The districts
 * pipeline (`npm run data:districts`), `npm run check-data` and the curator's boundary editing all run these,
 * so a boundary the pipeline would refuse is refused everywhere. They are not part of `validateFiles`, which
 * the app runs on every start: the overlap test costs about 0.1 s on the shipped districts (over 1 s before
 * the JIT warms up), and an overlap does not stop the map from drawing.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { area, bbox, featureCollection, intersect, kinks } from '@turf/turf';
import { IssueList, sortIssues, type DataIssue } from './issues.ts';
import { parseJsonSource } from './json-source.ts';
import type { FileTexts } from './validate-files.ts';
import { kindOfFile } from './validate-files.ts';

type AreaFeature = Feature<Polygon | MultiPolygon>;

/**
 * Neighbours share their borders exactly after the pipeline's topology step; anything above rounding noise
 * (0.001 km², a tenth of a hectare) is a real overlap.
 */
export const MAX_OVERLAP_KM2 = 0.001;

/** Where a boundary crosses itself (turf `kinks`): each crossing's position. */
export function findKinks(feature: AreaFeature): Position[] {
  return kinks(feature).features.map((point) => point.geometry.coordinates);
}

export interface Overlap {
  a: string;
  b: string;
  km2: number;
}

function boxesMeet(a: AreaFeature, b: AreaFeature): boolean {
  const [aw = 0, as = 0, ae = 0, an = 0] = bbox(a);
  const [bw = 0, bs = 0, be = 0, bn = 0] = bbox(b);
  return aw <= be && bw <= ae && as <= bn && bs <= an;
}

/**
 * Overlaps larger than `MAX_OVERLAP_KM2` between two districts; with `only`, just the pairs that include
 * one of those ids (what an edit of one boundary can change). A pair whose overlap turf cannot compute (a
 * ring that crosses itself) is left to the kinks check.
 */
export function findOverlaps(
  features: readonly (AreaFeature & { id?: string | number })[],
  only?: ReadonlySet<string>,
): Overlap[] {
  const overlaps: Overlap[] = [];
  features.forEach((a, i) => {
    for (const b of features.slice(i + 1)) {
      const ids = [String(a.id), String(b.id)] as const;
      if (only && !only.has(ids[0]) && !only.has(ids[1])) continue;
      if (!boxesMeet(a, b)) continue;
      let km2 = 0;
      try {
        const shared = intersect(featureCollection([a, b]));
        km2 = shared ? area(shared) / 1e6 : 0;
      } catch {
        continue;
      }
      if (km2 > MAX_OVERLAP_KM2) overlaps.push({ a: ids[0], b: ids[1], km2 });
    }
  });
  return overlaps;
}

interface RawDistrict {
  id?: unknown;
  geometry?: { type?: unknown; coordinates?: unknown };
}

/** The features of a districts file whose geometry has the shape of an area (others are the schema's to report). */
function areasOf(text: string): { feature: AreaFeature & { id: string }; index: number }[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const features = (parsed as { features?: unknown }).features;
  if (!Array.isArray(features)) return [];
  return (features as RawDistrict[]).flatMap((raw, index) => {
    const type = raw.geometry?.type;
    if (typeof raw.id !== 'string' || (type !== 'Polygon' && type !== 'MultiPolygon')) return [];
    if (!Array.isArray(raw.geometry?.coordinates)) return [];
    return [{ feature: { ...(raw as AreaFeature), id: raw.id }, index }];
  });
}

const km2Text = (km2: number) => (km2 < 0.1 ? km2.toFixed(3) : km2.toFixed(2));

/** One finding of the geometry checks, as data: the checker writes it as an issue, the workbench in words. */
export type BoundaryFinding =
  | { kind: 'self-intersection'; id: string; at: Position[] }
  | { kind: 'overlap'; id: string; other: string; km2: number };

/**
 * The geometry findings of a set of districts; with `only`, those of these districts (an overlap is found at
 * each of its two districts that `only` names).
 */
export function boundaryFindings(
  features: readonly (AreaFeature & { id: string })[],
  only?: ReadonlySet<string>,
): BoundaryFinding[] {
  const findings: BoundaryFinding[] = [];
  for (const feature of features) {
    if (only && !only.has(feature.id)) continue;
    let crossings: Position[];
    try {
      crossings = findKinks(feature);
    } catch {
      continue; // Malformed rings are the schema's to report.
    }
    if (crossings.length > 0) findings.push({ kind: 'self-intersection', id: feature.id, at: crossings });
  }
  for (const { a, b, km2 } of findOverlaps(features, only)) {
    for (const [id, other] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!only || only.has(id)) findings.push({ kind: 'overlap', id, other, km2 });
    }
  }
  return findings;
}

/** A finding in the checker's words (English, as every message of `npm run check-data`). */
export function findingMessage(finding: BoundaryFinding): string {
  if (finding.kind === 'overlap') {
    return `geometry: overlaps district "${finding.other}" by ${km2Text(finding.km2)} km² in district "${finding.id}"`;
  }
  const [first, ...more] = finding.at;
  return (
    `geometry: the boundary crosses itself at ${(first ?? []).map((n) => n.toFixed(5)).join(', ')}` +
    `${more.length > 0 ? ` and ${more.length} more place(s)` : ''} in district "${finding.id}"`
  );
}

export const findingCode = (finding: BoundaryFinding) =>
  finding.kind === 'overlap' ? 'district-overlap' : 'self-intersection';

/** The geometry issues of one districts file, at each district's geometry (line and column of the file). */
export function districtGeometryIssues(text: string, file: string, only?: ReadonlySet<string>): DataIssue[] {
  const issues = new IssueList(file, parseJsonSource(text));
  const areas = areasOf(text);
  const indexOf = new Map(areas.map(({ feature, index }) => [feature.id, index]));
  for (const finding of boundaryFindings(
    areas.map(({ feature }) => feature),
    only,
  )) {
    issues.error(findingCode(finding), findingMessage(finding), [
      'features',
      indexOf.get(finding.id) ?? 0,
      'geometry',
      'coordinates',
    ]);
  }
  return issues.items;
}

/** The geometry issues of every districts file of a set (what `npm run check-data` adds to `validateFiles`). */
export function geometryIssuesOf(files: FileTexts): DataIssue[] {
  return sortIssues(
    Object.entries(files).flatMap(([name, text]) =>
      kindOfFile(name) === 'districts' ? districtGeometryIssues(text, name) : [],
    ),
  );
}
