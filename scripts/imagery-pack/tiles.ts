/** Web Mercator tile arithmetic (the XYZ / "GoogleMapsCompatible" grid, y = 0 at the top). */

export type Bbox = readonly [west: number, south: number, east: number, north: number];

export interface TileRange {
  z: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export interface Tile {
  z: number;
  x: number;
  y: number;
}

/** The latitude limit of the square Web Mercator world. */
export const MAX_LATITUDE = 85.0511287798066;

/** Fractional tile column of a longitude at zoom z. */
export function lonToTileX(lon: number, z: number): number {
  return ((lon + 180) / 360) * 2 ** z;
}

/** Fractional tile row of a latitude at zoom z (clamped to the Mercator limit). */
export function latToTileY(lat: number, z: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const rad = (clamped * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z;
}

/** Longitude / latitude of a tile's north-west corner. */
export function tileToLonLat(x: number, y: number, z: number): [number, number] {
  const n = 2 ** z;
  const lon = (x / n) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n))) * 180) / Math.PI;
  return [lon, lat];
}

/** Parses "W,S,E,N" (degrees). West must be less than east: a box across the antimeridian is refused. */
export function parseBbox(text: string): Bbox {
  const parts = text.split(',').map((part) => part.trim());
  const values = parts.map(Number);
  if (parts.length !== 4 || parts.some((part) => part === '') || values.some((v) => !Number.isFinite(v))) {
    throw new Error(`--bbox must be four numbers W,S,E,N (got "${text}")`);
  }
  const [west = 0, south = 0, east = 0, north = 0] = values;
  if (west < -180 || east > 180 || south < -90 || north > 90) {
    throw new Error(`--bbox is outside -180..180 / -90..90: ${text}`);
  }
  if (west >= east || south >= north) {
    throw new Error(`--bbox needs west < east and south < north (W,S,E,N order): ${text}`);
  }
  return [west, south, east, north];
}

/** Parses "8-14" or "12". */
export function parseZoomRange(text: string): [number, number] {
  const match = /^\s*(\d{1,2})\s*(?:-\s*(\d{1,2})\s*)?$/.exec(text);
  if (!match?.[1]) throw new Error(`--zoom must be a level or a range such as 8-14 (got "${text}")`);
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  if (min > max) throw new Error(`--zoom: ${min} is greater than ${max}`);
  if (max > 24) throw new Error(`--zoom: ${max} is beyond level 24`);
  return [min, max];
}

/**
 * The tiles that intersect the box at zoom z. A box edge lying exactly on a tile edge does not pull in the
 * neighbouring tile.
 */
export function tileRange(bbox: Bbox, z: number): TileRange {
  const [west, south, east, north] = bbox;
  const last = 2 ** z - 1;
  const clamp = (v: number) => Math.max(0, Math.min(last, v));
  const minX = clamp(Math.floor(lonToTileX(west, z)));
  const maxX = clamp(Math.max(minX, Math.ceil(lonToTileX(east, z)) - 1));
  const minY = clamp(Math.floor(latToTileY(north, z)));
  const maxY = clamp(Math.max(minY, Math.ceil(latToTileY(south, z)) - 1));
  return { z, minX, maxX, minY, maxY };
}

export function rangeSize(range: TileRange): number {
  return (range.maxX - range.minX + 1) * (range.maxY - range.minY + 1);
}

export function tileRanges(bbox: Bbox, minZoom: number, maxZoom: number): TileRange[] {
  const ranges: TileRange[] = [];
  for (let z = minZoom; z <= maxZoom; z++) ranges.push(tileRange(bbox, z));
  return ranges;
}

export function* tilesIn(ranges: readonly TileRange[]): Generator<Tile> {
  for (const { z, minX, maxX, minY, maxY } of ranges) {
    for (let x = minX; x <= maxX; x++) for (let y = minY; y <= maxY; y++) yield { z, x, y };
  }
}

/**
 * The zooms to fetch: the requested range clamped to what the layer serves. Throws when they do not overlap.
 */
export function clampZooms(
  requested: readonly [number, number],
  layer: { minzoom: number; maxzoom: number },
): { minZoom: number; maxZoom: number; clamped: boolean } {
  const minZoom = Math.max(requested[0], layer.minzoom);
  const maxZoom = Math.min(requested[1], layer.maxzoom);
  if (minZoom > maxZoom) {
    throw new Error(
      `zooms ${requested[0]}-${requested[1]} do not overlap the layer's zooms ${layer.minzoom}-${layer.maxzoom}`,
    );
  }
  return { minZoom, maxZoom, clamped: minZoom !== requested[0] || maxZoom !== requested[1] };
}

/** Where the map opens the archive: the box centre, a couple of levels in (never past the max zoom). */
export function packCenter(bbox: Bbox, minZoom: number, maxZoom: number): [number, number, number] {
  const [west, south, east, north] = bbox;
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return [round((west + east) / 2), round((south + north) / 2), Math.min(minZoom + 2, maxZoom)];
}
