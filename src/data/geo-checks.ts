/** Position checks: inside the region, inside the districts a feature names (within a tolerance). */
import type { Position } from 'geojson';
import {
  bboxContains,
  bboxOf,
  containsPoint,
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
 * Natural Earth's district boundaries are generalised and 1–2 km off in places (Lachin town falls just
 * outside its polygon), so a position counts as inside a district when it is within this distance.
 */
export const DISTRICT_TOLERANCE_KM = 2;

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

/** Every position of a project must be within the tolerance of one of the districts it names. */
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
  for (const { position, path } of positionsOf(project.geometry)) {
    const nearest = Math.min(...named.map((entry) => distanceToDistrictKm(entry, position)));
    if (nearest <= DISTRICT_TOLERANCE_KM) continue;
    const actual = districtContaining(index, position);
    const names = named.map((entry) => `${entry.name} (${entry.id})`).join(', ');
    const hint = actual ? `; it lies in ${actual.name} (${actual.id})` : '';
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
}
