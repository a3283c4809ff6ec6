/** The few geometry helpers the app needs, wrapping turf where it already does the job. */
import { area, bbox, booleanPointInPolygon, centroid, distance, pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export type Area = Feature<Polygon | MultiPolygon>;
export type BBox = [number, number, number, number];

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM;

export function bboxOf(feature: Feature): BBox {
  return bbox(feature) as BBox;
}

export function areaKm2(feature: Area): number {
  return area(feature) / 1e6;
}

/** A point guaranteed to lie on the polygon (the centroid may fall outside a crescent-shaped district). */
export function labelPoint(feature: Area): Position {
  const inside = pointOnFeature(feature).geometry.coordinates;
  const centre = centroid(feature).geometry.coordinates;
  return booleanPointInPolygon(centre, feature) ? centre : inside;
}

export function containsPoint(feature: Area, point: Position): boolean {
  return booleanPointInPolygon(point, feature);
}

function rings(feature: Area): Position[][] {
  return feature.geometry.type === 'Polygon'
    ? feature.geometry.coordinates
    : feature.geometry.coordinates.flat();
}

/**
 * Distance in km from a point to the nearest edge of a polygon. An equirectangular projection around the
 * point is accurate to well under 1 % at the few-km scale this is used for (tolerance checks), and is far
 * cheaper than geodesic segment distances for 10 000 features.
 */
export function distanceToEdgeKm(feature: Area, point: Position): number {
  const [lon0 = 0, lat0 = 0] = point;
  const cosLat = Math.cos((lat0 * Math.PI) / 180);
  let best = Infinity;
  for (const ring of rings(feature)) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1];
      const b = ring[i];
      if (!a || !b) continue;
      const ax = ((a[0] ?? 0) - lon0) * cosLat;
      const ay = (a[1] ?? 0) - lat0;
      const bx = ((b[0] ?? 0) - lon0) * cosLat;
      const by = (b[1] ?? 0) - lat0;
      const dx = bx - ax;
      const dy = by - ay;
      const lengthSquared = dx * dx + dy * dy;
      const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
      const x = ax + t * dx;
      const y = ay + t * dy;
      best = Math.min(best, Math.hypot(x, y));
    }
  }
  return best * KM_PER_DEGREE;
}

export function bboxContains([west, south, east, north]: BBox, [lon = NaN, lat = NaN]: Position): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/** Grows a bbox by `km` on every side (used to skip polygons that cannot be within a tolerance). */
export function padBBox([west, south, east, north]: BBox, km: number): BBox {
  const dLat = km / KM_PER_DEGREE;
  const dLon = dLat / Math.cos((((south + north) / 2) * Math.PI) / 180);
  return [west - dLon, south - dLat, east + dLon, north + dLat];
}

/** Great-circle distance in km between two positions (turf's haversine). */
export function distanceKm(a: Position, b: Position): number {
  return distance(a, b, { units: 'kilometers' });
}
