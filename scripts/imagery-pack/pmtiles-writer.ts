/**
 * A small PMTiles v3 writer (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md), checked
 * against the `pmtiles` reader: a 127-byte header, a root directory in the first 16 KiB, the JSON metadata,
 * optional leaf directories, then the tile data ordered by Hilbert tile id ("clustered").
 *
 * Identical tile contents are stored once (same bytes → same offset), and consecutive tile ids with the same
 * content share one run-length entry, so a solid-colour or all-sea pack stays tiny.
 *
 * Two outputs share one layout: `writePmtiles` builds the archive in memory (tests, fixtures), and
 * `writePmtilesFile` streams it to disk, reading each tile twice through a callback (hash pass, then write
 * pass) so that a pack of several hundred megabytes never sits in memory.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export const HEADER_SIZE = 127;
/** The header and the root directory must fit in the first 16 KiB (one HTTP request opens the archive). */
export const ROOT_LIMIT = 16_384;

export type PmtilesTileType = 'png' | 'jpeg' | 'webp';
export type InternalCompression = 'gzip' | 'none';

/** Numeric codes of the v3 header (same values as the `pmtiles` package's enums). */
export const TILE_TYPE_CODE: Record<PmtilesTileType, number> = { png: 2, jpeg: 3, webp: 4 };
const COMPRESSION_CODE: Record<InternalCompression, number> = { none: 1, gzip: 2 };

export interface TileInput {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

/** A tile whose bytes are read on demand (from a cache folder): read() may be called twice. */
export interface LazyTileInput {
  z: number;
  x: number;
  y: number;
  read: () => Uint8Array;
}

export interface PmtilesOptions {
  tileType: PmtilesTileType;
  /** [west, south, east, north] in degrees. */
  bounds: readonly [number, number, number, number];
  minZoom: number;
  maxZoom: number;
  /** [lon, lat, zoom]; default: the centre of the bounds at minZoom. */
  center?: readonly [number, number, number];
  /** JSON metadata (TileJSON-like: name, attribution, description, …). */
  metadata: Record<string, unknown>;
  /** Compression of directories and metadata. Default gzip. */
  internalCompression?: InternalCompression;
}

/** One directory entry (the spec's names): runLength 0 marks a pointer to a leaf directory. */
export interface DirectoryEntry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

export interface PmtilesSummary {
  addressedTiles: number;
  tileEntries: number;
  tileContents: number;
  rootDirectoryBytes: number;
  leafDirectoryBytes: number;
  leafDirectories: number;
  metadataBytes: number;
  tileDataBytes: number;
  totalBytes: number;
}

// ---------------------------------------------------------------------------------------------------------
// Encoding

/** Unsigned LEB128 varint, exact for integers up to 2^53 (JS numbers, not bit operations past 2^31). */
export function writeVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint out of range: ${value}`);
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

/** The spec's directory encoding: count, then columns of tile id deltas, run lengths, lengths, offsets. */
export function serializeDirectory(entries: readonly DirectoryEntry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const entry of entries) {
    writeVarint(out, entry.tileId - lastId);
    lastId = entry.tileId;
  }
  for (const entry of entries) writeVarint(out, entry.runLength);
  for (const entry of entries) writeVarint(out, entry.length);
  let previous: DirectoryEntry | undefined;
  for (const entry of entries) {
    // 0 means "right after the previous entry's data"; otherwise offset + 1.
    if (previous && entry.offset === previous.offset + previous.length) writeVarint(out, 0);
    else writeVarint(out, entry.offset + 1);
    previous = entry;
  }
  return Uint8Array.from(out);
}

function compress(bytes: Uint8Array, compression: InternalCompression): Uint8Array {
  return compression === 'gzip' ? new Uint8Array(gzipSync(bytes, { level: 9 })) : bytes;
}

function setUint64(view: DataView, offset: number, value: number): void {
  view.setUint32(offset, value % 2 ** 32, true);
  view.setUint32(offset + 4, Math.floor(value / 2 ** 32), true);
}

const e7 = (degrees: number) => Math.round(degrees * 1e7);

interface HeaderFields {
  rootOffset: number;
  rootLength: number;
  metadataOffset: number;
  metadataLength: number;
  leafOffset: number;
  leafLength: number;
  tileDataOffset: number;
  tileDataLength: number;
  addressedTiles: number;
  tileEntries: number;
  tileContents: number;
  internalCompression: InternalCompression;
  tileType: PmtilesTileType;
  minZoom: number;
  maxZoom: number;
  bounds: readonly [number, number, number, number];
  center: readonly [number, number, number];
}

export function serializeHeader(h: HeaderFields): Uint8Array {
  const bytes = new Uint8Array(HEADER_SIZE);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  const view = new DataView(bytes.buffer);
  view.setUint8(7, 3);
  setUint64(view, 8, h.rootOffset);
  setUint64(view, 16, h.rootLength);
  setUint64(view, 24, h.metadataOffset);
  setUint64(view, 32, h.metadataLength);
  setUint64(view, 40, h.leafOffset);
  setUint64(view, 48, h.leafLength);
  setUint64(view, 56, h.tileDataOffset);
  setUint64(view, 64, h.tileDataLength);
  setUint64(view, 72, h.addressedTiles);
  setUint64(view, 80, h.tileEntries);
  setUint64(view, 88, h.tileContents);
  view.setUint8(96, 1); // clustered: tile contents are in tile id order
  view.setUint8(97, COMPRESSION_CODE[h.internalCompression]);
  view.setUint8(98, 1); // tile compression: none (images are already compressed)
  view.setUint8(99, TILE_TYPE_CODE[h.tileType]);
  view.setUint8(100, h.minZoom);
  view.setUint8(101, h.maxZoom);
  const [west, south, east, north] = h.bounds;
  view.setInt32(102, e7(west), true);
  view.setInt32(106, e7(south), true);
  view.setInt32(110, e7(east), true);
  view.setInt32(114, e7(north), true);
  const [lon, lat, zoom] = h.center;
  view.setUint8(118, zoom);
  view.setInt32(119, e7(lon), true);
  view.setInt32(123, e7(lat), true);
  return bytes;
}

// ---------------------------------------------------------------------------------------------------------
// Directories

export interface Directories {
  root: Uint8Array;
  leaves: Uint8Array;
  leafCount: number;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function rootAndLeaves(
  entries: readonly DirectoryEntry[],
  leafSize: number,
  compression: InternalCompression,
): Directories {
  const rootEntries: DirectoryEntry[] = [];
  const leaves: Uint8Array[] = [];
  let offset = 0;
  for (let start = 0; start < entries.length; start += leafSize) {
    const chunk = entries.slice(start, start + leafSize);
    const first = chunk[0];
    if (!first) break;
    const leaf = compress(serializeDirectory(chunk), compression);
    rootEntries.push({ tileId: first.tileId, offset, length: leaf.length, runLength: 0 });
    leaves.push(leaf);
    offset += leaf.length;
  }
  return {
    root: compress(serializeDirectory(rootEntries), compression),
    leaves: concat(leaves),
    leafCount: leaves.length,
  };
}

/**
 * The root directory alone when it fits in the first 16 KiB, else a root of pointers to leaf directories
 * (leaves of at least 4096 entries, grown until the root fits: the strategy of the reference go-pmtiles).
 */
export function buildDirectories(
  entries: readonly DirectoryEntry[],
  compression: InternalCompression,
  rootLimit = ROOT_LIMIT - HEADER_SIZE,
): Directories {
  const root = compress(serializeDirectory(entries), compression);
  if (root.length <= rootLimit) return { root, leaves: new Uint8Array(0), leafCount: 0 };
  let leafSize = Math.max(4096, Math.ceil(entries.length / 3500));
  for (;;) {
    const built = rootAndLeaves(entries, leafSize, compression);
    if (built.root.length <= rootLimit) return built;
    leafSize = Math.ceil(leafSize * 1.2);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Layout

interface SortedTile {
  tileId: number;
  read: () => Uint8Array;
}

interface Layout {
  prefix: Uint8Array;
  /** Indexes (into the sorted tiles) of the first tile of each distinct content, in data order. */
  contentTiles: number[];
  contentLengths: number[];
  summary: PmtilesSummary;
}

function checkOptions(options: PmtilesOptions): readonly [number, number, number] {
  const [west, south, east, north] = options.bounds;
  const inRange = (v: number, limit: number) => Number.isFinite(v) && v >= -limit && v <= limit;
  if (!inRange(west, 180) || !inRange(east, 180) || !inRange(south, 90) || !inRange(north, 90)) {
    throw new RangeError(`bounds out of range: ${options.bounds.join(',')}`);
  }
  if (west >= east || south >= north) {
    throw new RangeError(`bounds must be west < east and south < north: ${options.bounds.join(',')}`);
  }
  const zoomOk = (z: number) => Number.isInteger(z) && z >= 0 && z <= 26;
  if (!zoomOk(options.minZoom) || !zoomOk(options.maxZoom) || options.minZoom > options.maxZoom) {
    throw new RangeError(`bad zoom range ${options.minZoom}-${options.maxZoom}`);
  }
  if (!(options.tileType in TILE_TYPE_CODE))
    throw new RangeError(`unsupported tile type ${options.tileType}`);
  const center = options.center ?? [(west + east) / 2, (south + north) / 2, options.minZoom];
  const [lon, lat, zoom] = center;
  if (!inRange(lon, 180) || !inRange(lat, 90) || !zoomOk(zoom)) {
    throw new RangeError(`bad center ${center.join(',')}`);
  }
  return center;
}

function sortTiles(tiles: Iterable<LazyTileInput>, options: PmtilesOptions): SortedTile[] {
  const sorted: SortedTile[] = [];
  for (const tile of tiles) {
    if (tile.z < options.minZoom || tile.z > options.maxZoom) {
      throw new RangeError(
        `tile ${tile.z}/${tile.x}/${tile.y} is outside zooms ${options.minZoom}-${options.maxZoom}`,
      );
    }
    sorted.push({ tileId: zxyToTileId(tile.z, tile.x, tile.y), read: tile.read });
  }
  sorted.sort((a, b) => a.tileId - b.tileId);
  for (let i = 1; i < sorted.length; i++) {
    const tile = sorted[i];
    if (tile && tile.tileId === sorted[i - 1]?.tileId)
      throw new Error(`duplicate tile (tile id ${tile.tileId})`);
  }
  return sorted;
}

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64');

function layout(sorted: readonly SortedTile[], options: PmtilesOptions): Layout {
  const center = checkOptions(options);
  const compression = options.internalCompression ?? 'gzip';
  const entries: DirectoryEntry[] = [];
  const byHash = new Map<string, { offset: number; length: number }>();
  const contentTiles: number[] = [];
  const contentLengths: number[] = [];
  let tileDataLength = 0;

  sorted.forEach((tile, index) => {
    const data = tile.read();
    const hash = digest(data);
    let content = byHash.get(hash);
    if (!content) {
      content = { offset: tileDataLength, length: data.length };
      byHash.set(hash, content);
      contentTiles.push(index);
      contentLengths.push(data.length);
      tileDataLength += data.length;
    }
    const last = entries.at(-1);
    if (last && last.offset === content.offset && last.tileId + last.runLength === tile.tileId) {
      last.runLength += 1;
    } else {
      entries.push({ tileId: tile.tileId, offset: content.offset, length: content.length, runLength: 1 });
    }
  });

  const directories = buildDirectories(entries, compression);
  const metadata = compress(new TextEncoder().encode(JSON.stringify(options.metadata)), compression);
  const rootOffset = HEADER_SIZE;
  const metadataOffset = rootOffset + directories.root.length;
  const leafOffset = metadataOffset + metadata.length;
  const tileDataOffset = leafOffset + directories.leaves.length;
  const header = serializeHeader({
    rootOffset,
    rootLength: directories.root.length,
    metadataOffset,
    metadataLength: metadata.length,
    leafOffset,
    leafLength: directories.leaves.length,
    tileDataOffset,
    tileDataLength,
    addressedTiles: sorted.length,
    tileEntries: entries.length,
    tileContents: contentTiles.length,
    internalCompression: compression,
    tileType: options.tileType,
    minZoom: options.minZoom,
    maxZoom: options.maxZoom,
    bounds: options.bounds,
    center,
  });
  return {
    prefix: concat([header, directories.root, metadata, directories.leaves]),
    contentTiles,
    contentLengths,
    summary: {
      addressedTiles: sorted.length,
      tileEntries: entries.length,
      tileContents: contentTiles.length,
      rootDirectoryBytes: directories.root.length,
      leafDirectoryBytes: directories.leaves.length,
      leafDirectories: directories.leafCount,
      metadataBytes: metadata.length,
      tileDataBytes: tileDataLength,
      totalBytes: tileDataOffset + tileDataLength,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Outputs

/** Builds a whole archive in memory. Tiles may come in any order; a tile given twice is an error. */
export function writePmtiles(tiles: Iterable<TileInput>, options: PmtilesOptions): Uint8Array {
  const lazy = (function* () {
    for (const tile of tiles) yield { z: tile.z, x: tile.x, y: tile.y, read: () => tile.data };
  })();
  const sorted = sortTiles(lazy, options);
  const plan = layout(sorted, options);
  const out = new Uint8Array(plan.summary.totalBytes);
  out.set(plan.prefix, 0);
  let at = plan.prefix.length;
  for (const index of plan.contentTiles) {
    const data = sorted[index]?.read() ?? new Uint8Array(0);
    out.set(data, at);
    at += data.length;
  }
  return out;
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let at = 0;
  while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** Like `writePmtiles`, but streams to `path` (through a temporary file renamed at the end). */
export function writePmtilesFile(
  path: string,
  tiles: Iterable<LazyTileInput>,
  options: PmtilesOptions,
): PmtilesSummary {
  const sorted = sortTiles(tiles, options);
  const plan = layout(sorted, options);
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeAll(fd, plan.prefix);
    plan.contentTiles.forEach((index, n) => {
      const data = sorted[index]?.read() ?? new Uint8Array(0);
      if (data.length !== plan.contentLengths[n]) {
        throw new Error(`a tile changed while the archive was written (tile id ${sorted[index]?.tileId})`);
      }
      writeAll(fd, data);
    });
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
  return plan.summary;
}

/** Layout numbers without writing anything (what `writePmtilesFile` returns). */
export function summarizePmtiles(tiles: Iterable<TileInput>, options: PmtilesOptions): PmtilesSummary {
  const lazy = [...tiles].map((tile) => ({ z: tile.z, x: tile.x, y: tile.y, read: () => tile.data }));
  return layout(sortTiles(lazy, options), options).summary;
}
