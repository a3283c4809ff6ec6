/** Position checks: inside the region, inside the districts a feature names (within a tolerance). */
import type { Position } from 'geojson';
import {
  bboxContains,
  bboxOf,
  containsPoint,
  distanceKm,
  distanceToEdgeKm,
  padBBox,
  type Area,
  type BBox,
} from '../lib/geo.ts';
import { hint } from './hints.ts';
import type { IssueList } from './issues.ts';
import type { JsonPath } from './json-source.ts';
import { REGION_BOUNDS, type DistrictFeature, type ProjectFeature } from './schema.ts';

/**
 * Natural Earth's district boundaries are generalised. Measured on gazetteer positions (the table in
 * scripts/districts/README.md, checked by scripts/districts/town-offsets.test.ts) they are up to 3.4 km off:
 * Tazakand (Aghdam) 3.4 km, Bartaz (Zangilan) 1.8 km, Lachin town 1.7 km, the Giz Galasi dam 1.6 km. A position
 * outside a district it names but within this distance is a warning that gives the distance; further away it
 * is an error.
 */
export const DISTRICT_TOLERANCE_KM = 4;

/** A schematic route needs a vertex at least this often, so that it follows the towns and passes it links. */
export const SCHEMATIC_SEGMENT_MAX_KM = 5;

export interface DistrictEntry {
  id: string;
  name: string;
  area: Area;
  bbox: BBox;
  padded: BBox;
}
export type DistrictIndex = ReadonlyMap<string, DistrictEntry>;

export function indexDistricts(districts: readonly DistrictFeature[]): DistrictIndex {
  return new Map(
    districts.map((district) => {
      const area: Area = { type: 'Feature', geometry: district.geometry, properties: {} };
      const bbox = bboxOf(area);
      return [
        district.id,
        {
          id: district.id,
          name: district.properties.name.en,
          area,
          bbox,
          padded: padBBox(bbox, DISTRICT_TOLERANCE_KM),
        },
      ];
    }),
  );
}

type Geometry = { type: 'Point'; coordinates: Position } | { type: string; coordinates: unknown };

function positionsOf(geometry: Geometry): { position: Position; path: number[] }[] {
  const out: { position: Position; path: number[] }[] = [];
  const walk = (value: unknown, path: number[]) => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') {
      out.push({ position: value as Position, path });
      return;
    }
    value.forEach((child, i) => walk(child, [...path, i]));
  };
  walk(geometry.coordinates, []);
  return out;
}

const inRegion = ([lon = NaN, lat = NaN]: Position) =>
  lon >= REGION_BOUNDS.west &&
  lon <= REGION_BOUNDS.east &&
  lat >= REGION_BOUNDS.south &&
  lat <= REGION_BOUNDS.north;

/** Reports the first position outside the region; returns whether all positions are inside. */
export function checkInRegion(
  issues: IssueList,
  geometry: Geometry,
  path: JsonPath,
  subject: string,
): boolean {
  const outside = positionsOf(geometry).find(({ position }) => !inRegion(position));
  if (!outside) return true;
  const [lon, lat] = outside.position;
  const swapped = inRegion([lat ?? NaN, lon ?? NaN]);
  const { west, east, south, north } = REGION_BOUNDS;
  issues.error(
    'outside-region',
    `position [${lon}, ${lat}] is outside the region (${west}–${east} E, ${south}–${north} N) in ${subject}` +
      (swapped ? ': longitude and latitude look swapped (GeoJSON is [longitude, latitude])' : ''),
    [...path, ...outside.path],
    swapped ? hint('swapCoordinates') : undefined,
  );
  return false;
}

function distanceToDistrictKm(entry: DistrictEntry, position: Position): number {
  if (!bboxContains(entry.padded, position)) return Infinity;
  if (bboxContains(entry.bbox, position) && containsPoint(entry.area, position)) return 0;
  return distanceToEdgeKm(entry.area, position);
}

function districtContaining(index: DistrictIndex, position: Position): DistrictEntry | undefined {
  for (const entry of index.values()) {
    if (bboxContains(entry.bbox, position) && containsPoint(entry.area, position)) return entry;
  }
  return undefined;
}

const where = (actual: DistrictEntry | undefined) =>
  actual ? `${actual.name} (${actual.id})` : 'no district';

/**
 * Every position of a project must lie inside one of the districts it names. A position outside them but
 * within the tolerance is accepted with a warning that names the distance (the farthest such position of a
 * line); beyond the tolerance it is an error (the first such position).
 */
export function checkDistrictPlacement(
  issues: IssueList,
  index: DistrictIndex,
  project: ProjectFeature,
  at: (...path: (string | number)[]) => JsonPath,
  subject: string,
): void {
  const named: DistrictEntry[] = [];
  project.properties.districts.forEach((id, i) => {
    const entry = index.get(id);
    if (entry) named.push(entry);
    else
      issues.error(
        'unknown-district',
        `district "${id}" is not in districts.geojson in ${subject}`,
        at('properties', 'districts', i),
      );
  });
  if (named.length === 0) return;
  const names = named.map((entry) => `${entry.name} (${entry.id})`).join(', ');
  let farthest: { position: Position; path: number[]; km: number } | undefined;
  for (const { position, path } of positionsOf(project.geometry)) {
    const distances = named.map((entry) => distanceToDistrictKm(entry, position));
    const nearest = Math.min(...distances);
    if (nearest === 0) continue;
    if (nearest <= DISTRICT_TOLERANCE_KM) {
      if (!farthest || nearest > farthest.km) farthest = { position, path, km: nearest };
      continue;
    }
    const actual = districtContaining(index, position);
    const hint = actual ? `; it lies in ${where(actual)}` : '';
    // The quick check gives up beyond the padded box: measure the real distance, for errors only.
    const away = Math.min(...named.map((entry) => distanceToEdgeKm(entry.area, position)));
    const distance = Number.isFinite(away) ? ` (${away.toFixed(1)} km away)` : '';
    issues.error(
      'outside-district',
      `position [${position.join(', ')}] is not within ${DISTRICT_TOLERANCE_KM} km of ${names}${distance}${hint} in ${subject}`,
      [...at('geometry', 'coordinates'), ...path],
    );
    return;
  }
  if (!farthest) return;
  const nearestEntry = named.reduce((best, entry) =>
    distanceToDistrictKm(entry, farthest.position) < distanceToDistrictKm(best, farthest.position)
      ? entry
      : best,
  );
  issues.warn(
    'near-district',
    `position [${farthest.position.join(', ')}] lies ${farthest.km.toFixed(1)} km outside ` +
      `${nearestEntry.name} (${nearestEntry.id}), in ${where(districtContaining(index, farthest.position))}; ` +
      `the district boundaries are generalised, up to about 3.5 km off, so positions within ` +
      `${DISTRICT_TOLERANCE_KM} km are accepted in ${subject}`,
    [...at('geometry', 'coordinates'), ...farthest.path],
    hint('nearDistrict', { km: farthest.km.toFixed(1), district: nearestEntry.id }),
  );
}

/**
 * A schematic route (precision "schematic") must have a vertex at least every SCHEMATIC_SEGMENT_MAX_KM, so
 * that it follows the towns and passes it links rather than cutting across them. Warns at the longest
 * segment.
 */
export function checkRouteDensity(
  issues: IssueList,
  project: ProjectFeature,
  at: (...path: (string | number)[]) => JsonPath,
  subject: string,
): void {
  const { geometry, properties } = project;
  if (geometry.type !== 'LineString' || properties.precision !== 'schematic') return;
  let longest = { index: 0, km: 0 };
  for (let i = 1; i < geometry.coordinates.length; i++) {
    const a = geometry.coordinates[i - 1];
    const b = geometry.coordinates[i];
    if (!a || !b) continue;
    const km = distanceKm(a, b);
    if (km > longest.km) longest = { index: i, km };
  }
  if (longest.km <= SCHEMATIC_SEGMENT_MAX_KM) return;
  issues.warn(
    'sparse-route',
    `the segment ending at vertex ${longest.index} is ${longest.km.toFixed(1)} km long; a schematic route ` +
      `needs a vertex at least every ${SCHEMATIC_SEGMENT_MAX_KM} km (at the towns and passes it links) in ${subject}`,
    at('geometry', 'coordinates', longest.index),
    hint('sparseRoute', { from: longest.index - 1, to: longest.index, max: SCHEMATIC_SEGMENT_MAX_KM }),
  );
}
