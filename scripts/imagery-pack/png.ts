/** Solid-colour PNG tiles for tests and the browser-test fixture archives (pngjs is a dev dependency). */
import { PNG } from 'pngjs';

export type Rgb = readonly [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** An opaque RGB PNG of one colour (a 256-px tile is about 100 bytes). */
export function solidPng(size: number, [r, g, b]: Rgb): Uint8Array {
  const png = new PNG({ width: size, height: size, colorType: 2, inputHasAlpha: true });
  for (let i = 0; i < size * size; i++) {
    png.data[i * 4] = r;
    png.data[i * 4 + 1] = g;
    png.data[i * 4 + 2] = b;
    png.data[i * 4 + 3] = 255;
  }
  return new Uint8Array(PNG.sync.write(png, { colorType: 2, deflateLevel: 9 }));
}

/**
 * A tile of one colour with a faint per-tile mark in a corner (noise seeded by `seed`), so that every
 * tile of a fixture is a distinct content, as in real imagery, and archives have a realistic size.
 */
export function markedPng(size: number, rgb: Rgb, seed: number): Uint8Array {
  const png = new PNG({ width: size, height: size, colorType: 2, inputHasAlpha: true });
  const [r, g, b] = rgb;
  let state = (seed + 1) * 2654435761;
  for (let i = 0; i < size * size; i++) {
    // A 32 × 32 bottom-right corner of faint noise (±2 in blue): unique per tile, invisible to a colour check.
    const corner = i % size >= size - 32 && i >= size * (size - 32);
    state = (state * 1103515245 + 12345) >>> 0;
    png.data[i * 4] = r;
    png.data[i * 4 + 1] = g;
    png.data[i * 4 + 2] = corner ? Math.min(255, Math.max(0, b - 2 + (state % 5))) : b;
    png.data[i * 4 + 3] = 255;
  }
  return new Uint8Array(PNG.sync.write(png, { colorType: 2, deflateLevel: 9 }));
}

/** The colour of a PNG's top-left pixel (to check a tile read back from an archive). */
export function firstPixel(bytes: Uint8Array): Rgb {
  const png = PNG.sync.read(Buffer.from(bytes));
  return [png.data[0] ?? 0, png.data[1] ?? 0, png.data[2] ?? 0];
}
