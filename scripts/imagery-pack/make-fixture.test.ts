import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TileType, type Header } from 'pmtiles';
import { FIXTURE_BBOX, FIXTURE_COLOURS, FIXTURE_DIR, makeFixtures } from './make-fixture.ts';
import { openArchive } from './memory-source.ts';
import { firstPixel, hexToRgb } from './png.ts';
import { tileRange, tileRanges, tilesIn } from './tiles.ts';

/** Header fields that do not depend on how many bytes the compressed parts take. */
const HEADER_FACTS = [
  'specVersion',
  'minZoom',
  'maxZoom',
  'tileType',
  'minLon',
  'minLat',
  'maxLon',
  'maxLat',
  'centerZoom',
  'centerLon',
  'centerLat',
  'clustered',
  'numAddressedTiles',
  'numTileEntries',
  'numTileContents',
] as const satisfies ReadonlyArray<keyof Header>;

describe('browser-test fixture archives', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fixture-tiles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const summaries = makeFixtures(dir);

  // Compared by content, not bytes: another zlib (Node version, OS) may compress the same data differently.
  it.each(['before', 'after'] as const)(
    'fixture-%s.pmtiles is up to date in tests/fixtures/tiles',
    async (side) => {
      const made = readFileSync(join(dir, `fixture-${side}.pmtiles`));
      const committed = readFileSync(join(FIXTURE_DIR, `fixture-${side}.pmtiles`));
      // Larger than PMTiles' first 16 KiB read, as real archives are (see make-fixture.ts).
      expect(committed.length).toBeGreaterThan(16_384);
      expect(committed.length).toBeLessThan(200_000);
      expect(summaries[side]?.totalBytes).toBe(made.length);
      // Nearly every tile is its own content (the marks are random; a few may coincide).
      expect(summaries[side]?.tileContents).toBeGreaterThan(40);
      const fresh = openArchive(new Uint8Array(made));
      const stored = openArchive(new Uint8Array(committed));
      const facts = (h: Header) => Object.fromEntries(HEADER_FACTS.map((name) => [name, h[name]]));
      expect(facts(await stored.getHeader())).toEqual(facts(await fresh.getHeader()));
      expect(await stored.getMetadata()).toEqual(await fresh.getMetadata());
      for (const tile of tilesIn(tileRanges(FIXTURE_BBOX, 6, 12))) {
        const got = await stored.getZxy(tile.z, tile.x, tile.y);
        expect(firstPixel(new Uint8Array(got?.data ?? new ArrayBuffer(0)))).toEqual(
          hexToRgb(FIXTURE_COLOURS[side]),
        );
      }
    },
  );

  it.each(['before', 'after'] as const)(
    'fixture-%s.pmtiles has the bounds, zooms and colour',
    async (side) => {
      const reader = openArchive(new Uint8Array(readFileSync(join(FIXTURE_DIR, `fixture-${side}.pmtiles`))));
      const header = await reader.getHeader();
      expect(header.numTileContents).toBeGreaterThan(40);
      expect(header).toMatchObject({
        minZoom: 6,
        maxZoom: 12,
        minLon: 46.9,
        minLat: 39.45,
        maxLon: 47.4,
        maxLat: 39.75,
        centerLon: 47.15,
        centerLat: 39.6,
        centerZoom: 8,
        tileType: TileType.Png,
        numAddressedTiles: [...tilesIn(tileRanges(FIXTURE_BBOX, 6, 12))].length,
      });
      const { minX, minY, maxX, maxY } = tileRange(FIXTURE_BBOX, 12);
      for (const [x, y] of [
        [minX, minY],
        [maxX, maxY],
      ] as const) {
        const tile = await reader.getZxy(12, x, y);
        expect(firstPixel(new Uint8Array(tile?.data ?? new ArrayBuffer(0)))).toEqual(
          hexToRgb(FIXTURE_COLOURS[side]),
        );
      }
      expect(await reader.getZxy(12, maxX + 1, maxY)).toBeUndefined();
      expect(await reader.getZxy(13, 5168, 3112)).toBeUndefined();
    },
  );
});
