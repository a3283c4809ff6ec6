import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bytesToHeader, PMTiles, readVarint, TileType, zxyToTileId } from 'pmtiles';
import { MemorySource, openArchive } from './memory-source.ts';
import { firstPixel, solidPng, type Rgb } from './png.ts';
import {
  buildDirectories,
  HEADER_SIZE,
  ROOT_LIMIT,
  serializeDirectory,
  summarizePmtiles,
  writePmtiles,
  writePmtilesFile,
  writeVarint,
  type DirectoryEntry,
  type PmtilesOptions,
  type TileInput,
} from './pmtiles-writer.ts';

const BOUNDS = [46.9, 39.45, 47.4, 39.75] as const;

function* allTiles(minZoom: number, maxZoom: number): Generator<[number, number, number]> {
  for (let z = minZoom; z <= maxZoom; z++) {
    for (let x = 0; x < 2 ** z; x++) for (let y = 0; y < 2 ** z; y++) yield [z, x, y];
  }
}

/** z0–4 (341 tiles): z4 tiles share three colours, the others are unique (a colour from their id). */
function pngTiles(): TileInput[] {
  const palette: Rgb[] = [
    [176, 98, 44],
    [47, 111, 79],
    [20, 40, 200],
  ];
  const shared = palette.map((colour) => solidPng(8, colour));
  return [...allTiles(0, 4)].map(([z, x, y]) => {
    const id = zxyToTileId(z, x, y);
    const data = z === 4 ? shared[(x + y) % 3] : solidPng(8, [id % 256, (id * 7) % 256, z * 40]);
    if (!data) throw new Error('palette');
    return { z, x, y, data };
  });
}

const options = (overrides: Partial<PmtilesOptions> = {}): PmtilesOptions => ({
  tileType: 'png',
  bounds: BOUNDS,
  minZoom: 0,
  maxZoom: 4,
  center: [47.15, 39.6, 2],
  metadata: { name: 'Test', attribution: 'Test attribution', description: 'CC0', layer: 'test-layer' },
  ...overrides,
});

/** Deterministic pseudo-random bytes (xorshift), so the big archive is the same on every run. */
function noise(seed: number, length: number): Uint8Array {
  let s = seed * 2654435761 + 1;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s & 255;
  }
  return out;
}

describe('varints and directories', () => {
  it('writes varints the pmtiles reader decodes, up to 2^53', () => {
    const values = [
      0,
      1,
      127,
      128,
      300,
      2 ** 31 - 1,
      2 ** 31,
      2 ** 32 + 5,
      2 ** 40 + 12345,
      Number.MAX_SAFE_INTEGER,
    ];
    const out: number[] = [];
    for (const value of values) writeVarint(out, value);
    const position = { buf: Uint8Array.from(out), pos: 0 };
    expect(values.map(() => readVarint(position))).toEqual(values);
    expect(position.pos).toBe(out.length);
    expect(() => writeVarint([], -1)).toThrow(RangeError);
    expect(() => writeVarint([], 1.5)).toThrow(RangeError);
  });

  it('encodes a directory as the spec describes (delta ids, columns, offset 0 = contiguous)', () => {
    const entries: DirectoryEntry[] = [
      { tileId: 5, offset: 0, length: 10, runLength: 1 },
      { tileId: 6, offset: 10, length: 20, runLength: 3 },
      { tileId: 200, offset: 0, length: 10, runLength: 1 },
    ];
    expect([...serializeDirectory(entries)]).toEqual([3, 5, 1, 194, 1, 1, 3, 1, 10, 20, 10, 1, 0, 1]);
  });

  it('splits a directory into leaves only when the root would not fit', () => {
    const entries = Array.from({ length: 30_000 }, (_, i) => ({
      tileId: i * 3,
      offset: i * 1000,
      length: 1 + ((i * 7919) % 997),
      runLength: 1,
    }));
    const small = buildDirectories(entries.slice(0, 100), 'gzip');
    expect(small.leafCount).toBe(0);
    const big = buildDirectories(entries, 'none');
    expect(big.leafCount).toBeGreaterThan(1);
    expect(big.root.length).toBeLessThanOrEqual(ROOT_LIMIT - HEADER_SIZE);
  });
});

describe('writePmtiles', () => {
  const tiles = pngTiles();
  const archive = writePmtiles(tiles, options());

  it('writes a header the pmtiles reader understands', async () => {
    const header = await openArchive(archive).getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      minZoom: 0,
      maxZoom: 4,
      minLon: 46.9,
      minLat: 39.45,
      maxLon: 47.4,
      maxLat: 39.75,
      centerLon: 47.15,
      centerLat: 39.6,
      centerZoom: 2,
      tileType: TileType.Png,
      tileCompression: 1,
      internalCompression: 2,
      clustered: true,
      numAddressedTiles: 341,
      rootDirectoryOffset: HEADER_SIZE,
    });
    expect(header.leafDirectoryLength).toBe(0);
    expect(header.tileDataOffset + (header.tileDataLength ?? 0)).toBe(archive.length);
    expect(new TextDecoder().decode(archive.subarray(0, 7))).toBe('PMTiles');
  });

  it('stores identical contents once and merges runs of identical tiles', async () => {
    const header = await openArchive(archive).getHeader();
    // 85 unique tiles below z4 plus 3 shared z4 colours.
    expect(header.numTileContents).toBe(85 + 3);
    expect(header.numTileContents).toBeLessThan(header.numAddressedTiles);
    expect(header.numTileEntries).toBeLessThanOrEqual(header.numAddressedTiles);
    const solid = writePmtiles(
      [...allTiles(5, 5)].map(([z, x, y]) => ({ z, x, y, data: solidPng(8, [1, 2, 3]) })),
      options({ minZoom: 5, maxZoom: 5, center: undefined }),
    );
    const solidHeader = bytesToHeader(solid.slice(0, HEADER_SIZE).buffer);
    expect(solidHeader).toMatchObject({ numAddressedTiles: 1024, numTileEntries: 1, numTileContents: 1 });
  });

  it('round-trips every tile byte for byte', async () => {
    const reader = openArchive(archive);
    for (const tile of tiles) {
      const got = await reader.getZxy(tile.z, tile.x, tile.y);
      expect(got, `${tile.z}/${tile.x}/${tile.y}`).toBeDefined();
      expect(new Uint8Array(got?.data ?? new ArrayBuffer(0))).toEqual(tile.data);
    }
    const red = await reader.getZxy(4, 0, 0);
    expect(firstPixel(new Uint8Array(red?.data ?? new ArrayBuffer(0)))).toEqual([176, 98, 44]);
  });

  it('answers undefined for a tile that is not in the archive', async () => {
    const partial = writePmtiles(
      tiles.filter((tile) => !(tile.z === 3 && tile.x === 2 && tile.y === 5)),
      options(),
    );
    const reader = openArchive(partial);
    expect(await reader.getZxy(3, 2, 5)).toBeUndefined();
    expect(await reader.getZxy(3, 2, 4)).toBeDefined();
    expect(await reader.getZxy(5, 0, 0)).toBeUndefined(); // past maxZoom
  });

  it('writes the metadata JSON', async () => {
    expect(await openArchive(archive).getMetadata()).toEqual({
      name: 'Test',
      attribution: 'Test attribution',
      description: 'CC0',
      layer: 'test-layer',
    });
  });

  it('does not depend on the order tiles come in', () => {
    const reversed = writePmtiles([...tiles].reverse(), options());
    expect(reversed).toEqual(archive);
  });

  it('defaults the centre to the middle of the bounds at the minimum zoom', () => {
    const bytes = writePmtiles(tiles, options({ center: undefined }));
    const header = bytesToHeader(bytes.slice(0, HEADER_SIZE).buffer);
    expect(header.centerLon).toBeCloseTo(47.15, 6);
    expect(header.centerLat).toBeCloseTo(39.6, 6);
    expect(header.centerZoom).toBe(0);
  });

  it('writes uncompressed directories when asked', async () => {
    const bytes = writePmtiles(tiles, options({ internalCompression: 'none' }));
    const reader = openArchive(bytes);
    expect((await reader.getHeader()).internalCompression).toBe(1);
    const got = await reader.getZxy(2, 1, 3);
    expect(new Uint8Array(got?.data ?? new ArrayBuffer(0))).toEqual(
      tiles.find((t) => t.z === 2 && t.x === 1 && t.y === 3)?.data,
    );
  });

  it('rejects bad input', () => {
    const one = [{ z: 0, x: 0, y: 0, data: new Uint8Array([1]) }];
    expect(() => writePmtiles([...one, ...one], options())).toThrow(/duplicate/);
    expect(() => writePmtiles([{ z: 5, x: 0, y: 0, data: new Uint8Array([1]) }], options())).toThrow(
      /outside zooms/,
    );
    expect(() => writePmtiles([{ z: 2, x: 4, y: 0, data: new Uint8Array([1]) }], options())).toThrow();
    expect(() => writePmtiles(one, options({ bounds: [47.4, 39.45, 46.9, 39.75] }))).toThrow(/west < east/);
    expect(() => writePmtiles(one, options({ bounds: [46.9, 39.45, 200, 39.75] }))).toThrow(/out of range/);
    expect(() => writePmtiles(one, options({ minZoom: 3, maxZoom: 2 }))).toThrow(/zoom/);
  });
});

describe('large archives', () => {
  // z0–7 is 21 845 tiles with distinct contents of random lengths: far more than a 16 KiB root can address.
  const tiles: TileInput[] = [...allTiles(0, 7)].map(([z, x, y], i) => ({
    z,
    x,
    y,
    // Three bytes of index make every content distinct; random lengths make the directory hard to compress.
    data: Uint8Array.from([i & 255, (i >> 8) & 255, i >> 16, ...noise(i + 1, noise(i + 7, 1)[0] ?? 0)]),
  }));

  it.each(['gzip', 'none'] as const)(
    'splits into leaf directories (%s) and still reads back',
    async (compression) => {
      const opts = options({ minZoom: 0, maxZoom: 7, internalCompression: compression });
      const bytes = writePmtiles(tiles, opts);
      const source = new MemorySource(bytes);
      const reader = new PMTiles(source);
      const header = await reader.getHeader();
      expect(header.numAddressedTiles).toBe(21_845);
      expect(header.numTileContents).toBe(21_845);
      expect(header.leafDirectoryLength).toBeGreaterThan(0);
      expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(ROOT_LIMIT);
      expect(summarizePmtiles(tiles, opts).leafDirectories).toBeGreaterThan(1);
      // Every 7th tile plus the first and last ones of the curve.
      const sample = tiles.filter((_, i) => i % 7 === 0 || i === tiles.length - 1);
      for (const tile of sample) {
        const got = await reader.getZxy(tile.z, tile.x, tile.y);
        expect(new Uint8Array(got?.data ?? new ArrayBuffer(0))).toEqual(tile.data);
      }
      // The reader went through the leaf directories.
      const leafStart = header.leafDirectoryOffset;
      const leafEnd = leafStart + (header.leafDirectoryLength ?? 0);
      expect(source.requests.some(([offset]) => offset >= leafStart && offset < leafEnd)).toBe(true);
    },
    60_000,
  );
});

describe('writePmtilesFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmtiles-writer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams the same bytes as the in-memory writer, reading each tile through a callback', () => {
    const tiles = pngTiles();
    const reads = new Map<string, number>();
    const lazy = tiles.map((tile) => ({
      z: tile.z,
      x: tile.x,
      y: tile.y,
      read: () => {
        const key = `${tile.z}/${tile.x}/${tile.y}`;
        reads.set(key, (reads.get(key) ?? 0) + 1);
        return tile.data;
      },
    }));
    const path = join(dir, 'out.pmtiles');
    const summary = writePmtilesFile(path, lazy, options());
    const bytes = new Uint8Array(readFileSync(path));
    expect(bytes).toEqual(writePmtiles(tiles, options()));
    expect(summary).toMatchObject({ addressedTiles: 341, tileContents: 88, totalBytes: bytes.length });
    expect(Math.max(...reads.values())).toBeLessThanOrEqual(2);
  });

  it('fails (and leaves no file) when a tile changes between the two passes', () => {
    let calls = 0;
    const lazy = [{ z: 0, x: 0, y: 0, read: () => new Uint8Array(++calls) }];
    const path = join(dir, 'changed.pmtiles');
    expect(() => writePmtilesFile(path, lazy, options())).toThrow(/changed/);
    expect(() => readFileSync(path)).toThrow();
  });
});
