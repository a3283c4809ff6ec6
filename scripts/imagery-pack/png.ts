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

/** The colour of a PNG's top-left pixel (to check a tile read back from an archive). */
export function firstPixel(bytes: Uint8Array): Rgb {
  const png = PNG.sync.read(Buffer.from(bytes));
  return [png.data[0] ?? 0, png.data[1] ?? 0, png.data[2] ?? 0];
}
