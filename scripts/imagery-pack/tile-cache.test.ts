import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TileCache } from './tile-cache.ts';

describe('TileCache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tile-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 1, 2]);

  it('stores tiles as z/x/y.<ext> and gaps as z/x/y.none, and a new instance finds them', () => {
    const cache = new TileCache(join(dir, 'a.pmtiles.parts'));
    expect(cache.get({ z: 8, x: 161, y: 97 })).toBeUndefined();
    cache.putTile({ z: 8, x: 161, y: 97 }, 'jpeg', jpeg);
    cache.putMissing({ z: 8, x: 161, y: 98 });
    expect(readdirSync(join(dir, 'a.pmtiles.parts', '8', '161')).sort()).toEqual(['97.jpg', '98.none']);

    const again = new TileCache(join(dir, 'a.pmtiles.parts'));
    expect(again.get({ z: 8, x: 161, y: 97 })).toEqual({ kind: 'tile', type: 'jpeg' });
    expect(again.get({ z: 8, x: 161, y: 98 })).toEqual({ kind: 'missing' });
    expect(again.get({ z: 8, x: 161, y: 99 })).toBeUndefined();
    expect(again.read({ z: 8, x: 161, y: 97 })).toEqual(jpeg);
    expect(() => again.read({ z: 8, x: 161, y: 98 })).toThrow(/not cached/);
  });

  it('ignores the temporary file of an interrupted write', () => {
    const parts = join(dir, 'b.pmtiles.parts');
    mkdirSync(join(parts, '9', '1'), { recursive: true });
    writeFileSync(join(parts, '9', '1', '5.png.1234.tmp'), 'half a tile');
    expect(new TileCache(parts).get({ z: 9, x: 1, y: 5 })).toBeUndefined();
  });

  it('removes itself', () => {
    const cache = new TileCache(join(dir, 'c.pmtiles.parts'));
    cache.putTile({ z: 1, x: 0, y: 0 }, 'png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47]));
    cache.remove();
    expect(readdirSync(dir)).not.toContain('c.pmtiles.parts');
    expect(cache.get({ z: 1, x: 0, y: 0 })).toBeUndefined();
  });
});
