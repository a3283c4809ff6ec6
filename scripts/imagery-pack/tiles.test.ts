import { describe, expect, it } from 'vitest';
import {
  clampZooms,
  latToTileY,
  lonToTileX,
  packCenter,
  parseBbox,
  parseZoomRange,
  rangeSize,
  tileRange,
  tileRanges,
  tilesIn,
  tileToLonLat,
  type Bbox,
} from './tiles.ts';

const FUZULI: Bbox = [46.9, 39.45, 47.4, 39.75];

describe('Web Mercator tiles', () => {
  it('maps lon/lat to the standard XYZ grid', () => {
    expect(lonToTileX(0, 1)).toBe(1);
    expect(latToTileY(0, 1)).toBeCloseTo(1, 12);
    expect(lonToTileX(-180, 3)).toBe(0);
    expect(latToTileY(85.0511287798066, 3)).toBeCloseTo(0, 9);
    expect(latToTileY(89.9, 3)).toBeCloseTo(0, 9); // clamped to the Mercator limit
    // Fuzuli, 47.15 E 39.6 N, is in tile 12/2584/1556 (x = 227.15 / 360 × 4096 = 2584.5; y = 1556.6).
    expect(Math.floor(lonToTileX(47.15, 12))).toBe(2584);
    expect(Math.floor(latToTileY(39.6, 12))).toBe(1556);
    const [lon, lat] = tileToLonLat(2584, 1556, 12);
    expect(lon).toBeLessThanOrEqual(47.15);
    expect(lat).toBeGreaterThanOrEqual(39.6);
  });

  it('covers the box with the fewest tiles at every zoom', () => {
    for (let z = 0; z <= 16; z++) {
      const { minX, maxX, minY, maxY } = tileRange(FUZULI, z);
      const [west, north] = tileToLonLat(minX, minY, z);
      const [east, south] = tileToLonLat(maxX + 1, maxY + 1, z);
      expect(west).toBeLessThanOrEqual(46.9);
      expect(north).toBeGreaterThanOrEqual(39.75);
      expect(east).toBeGreaterThanOrEqual(47.4);
      expect(south).toBeLessThanOrEqual(39.45);
      // One tile fewer on any side would leave part of the box out.
      expect(tileToLonLat(minX + 1, 0, z)[0]).toBeGreaterThan(46.9);
      expect(tileToLonLat(maxX, 0, z)[0]).toBeLessThan(47.4);
      expect(tileToLonLat(0, minY + 1, z)[1]).toBeLessThan(39.75);
      expect(tileToLonLat(0, maxY, z)[1]).toBeGreaterThan(39.45);
    }
  });

  it('does not pull in the neighbour tile when an edge lies on a tile edge', () => {
    expect(tileRange([0, 0, 90, 66.51326044311186], 2)).toEqual({ z: 2, minX: 2, maxX: 2, minY: 0, maxY: 1 });
    expect(tileRange([-180, -85.0511287798066, 180, 85.0511287798066], 3)).toEqual({
      z: 3,
      minX: 0,
      maxX: 7,
      minY: 0,
      maxY: 7,
    });
  });

  it('lists and counts the tiles of several zooms', () => {
    const ranges = tileRanges(FUZULI, 8, 10);
    expect(ranges.map((range) => range.z)).toEqual([8, 9, 10]);
    const tiles = [...tilesIn(ranges)];
    expect(tiles.length).toBe(ranges.reduce((sum, range) => sum + rangeSize(range), 0));
    expect(new Set(tiles.map((t) => `${t.z}/${t.x}/${t.y}`)).size).toBe(tiles.length);
    expect(tiles[0]).toEqual({ z: 8, x: 161, y: 97 });
  });
});

describe('arguments', () => {
  it('parses a box', () => {
    expect(parseBbox('46.9,39.45,47.4,39.75')).toEqual([46.9, 39.45, 47.4, 39.75]);
    expect(parseBbox(' 46.9 , 39.45, 47.4,39.75 ')).toEqual([46.9, 39.45, 47.4, 39.75]);
    expect(() => parseBbox('46.9,39.45,47.4')).toThrow(/four numbers/);
    expect(() => parseBbox('46.9,39.45,47.4,abc')).toThrow(/four numbers/);
    expect(() => parseBbox('46.9,39.45,,39.75')).toThrow(/four numbers/);
    expect(() => parseBbox('47.4,39.45,46.9,39.75')).toThrow(/west < east/);
    expect(() => parseBbox('39.45,46.9,39.75,47.4')).not.toThrow(); // lat/lon swapped is still a valid box…
    expect(() => parseBbox('46.9,39.75,47.4,39.45')).toThrow(/south < north/);
    expect(() => parseBbox('170,0,190,10')).toThrow(/outside/);
  });

  it('parses a zoom range', () => {
    expect(parseZoomRange('8-14')).toEqual([8, 14]);
    expect(parseZoomRange('12')).toEqual([12, 12]);
    expect(parseZoomRange(' 8 - 14 ')).toEqual([8, 14]);
    expect(() => parseZoomRange('14-8')).toThrow(/greater/);
    expect(() => parseZoomRange('8-30')).toThrow(/24/);
    expect(() => parseZoomRange('eight')).toThrow(/range/);
  });

  it('clamps zooms to the layer', () => {
    expect(clampZooms([8, 14], { minzoom: 0, maxzoom: 15 })).toEqual({
      minZoom: 8,
      maxZoom: 14,
      clamped: false,
    });
    expect(clampZooms([8, 16], { minzoom: 0, maxzoom: 12 })).toEqual({
      minZoom: 8,
      maxZoom: 12,
      clamped: true,
    });
    expect(clampZooms([2, 9], { minzoom: 5, maxzoom: 12 })).toEqual({
      minZoom: 5,
      maxZoom: 9,
      clamped: true,
    });
    expect(() => clampZooms([13, 14], { minzoom: 0, maxzoom: 12 })).toThrow(/overlap/);
  });

  it('centres the archive on the box, two levels in', () => {
    expect(packCenter(FUZULI, 8, 14)).toEqual([47.15, 39.6, 10]);
    expect(packCenter(FUZULI, 8, 9)).toEqual([47.15, 39.6, 9]);
  });
});
