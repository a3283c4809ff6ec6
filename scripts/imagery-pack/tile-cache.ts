/**
 * The resumable part of a pack: every answer is kept in `<out>.parts/z/x/y.<ext>` (a tile) or `y.none`
 * (the server has no tile there), written atomically, so an interrupted run loses nothing and a re-run
 * asks the server only for what is not there yet.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PmtilesTileType } from './pmtiles-writer.ts';
import { TILE_EXTENSION, typeOfExtension } from './tile-type.ts';
import type { Tile } from './tiles.ts';

export type CacheEntry = { kind: 'tile'; type: PmtilesTileType } | { kind: 'missing' };

const MISSING = 'none';

export class TileCache {
  readonly dir: string;
  /** Listing of each z/x folder, read once. */
  private readonly listings = new Map<string, Map<number, CacheEntry>>();

  constructor(dir: string) {
    this.dir = dir;
  }

  private listing(z: number, x: number): Map<number, CacheEntry> {
    const key = `${z}/${x}`;
    let listing = this.listings.get(key);
    if (listing) return listing;
    listing = new Map();
    let names: string[] = [];
    try {
      names = readdirSync(join(this.dir, String(z), String(x)));
    } catch {
      // No folder yet: nothing cached for this column.
    }
    for (const name of names) {
      const match = /^(\d+)\.([a-z]+)$/.exec(name);
      if (!match?.[1] || !match[2]) continue; // temporary files of an interrupted write
      const y = Number(match[1]);
      if (match[2] === MISSING) {
        listing.set(y, { kind: 'missing' });
      } else {
        const type = typeOfExtension(match[2]);
        if (type) listing.set(y, { kind: 'tile', type });
      }
    }
    this.listings.set(key, listing);
    return listing;
  }

  get(tile: Tile): CacheEntry | undefined {
    return this.listing(tile.z, tile.x).get(tile.y);
  }

  private path(tile: Tile, ext: string): string {
    return join(this.dir, String(tile.z), String(tile.x), `${tile.y}.${ext}`);
  }

  private write(tile: Tile, ext: string, data: Uint8Array): void {
    const path = this.path(tile, ext);
    mkdirSync(join(this.dir, String(tile.z), String(tile.x)), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  }

  putTile(tile: Tile, type: PmtilesTileType, data: Uint8Array): void {
    this.write(tile, TILE_EXTENSION[type], data);
    this.listing(tile.z, tile.x).set(tile.y, { kind: 'tile', type });
  }

  putMissing(tile: Tile): void {
    this.write(tile, MISSING, new Uint8Array(0));
    this.listing(tile.z, tile.x).set(tile.y, { kind: 'missing' });
  }

  read(tile: Tile): Uint8Array {
    const entry = this.get(tile);
    if (entry?.kind !== 'tile') throw new Error(`tile ${tile.z}/${tile.x}/${tile.y} is not cached`);
    return new Uint8Array(readFileSync(this.path(tile, TILE_EXTENSION[entry.type])));
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
    this.listings.clear();
  }
}
