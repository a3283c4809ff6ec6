/** Pure pixel arithmetic for map screenshots (no Playwright here). */
import { PNG } from 'pngjs';

export interface Image {
  width: number;
  height: number;
  data: Uint8Array;
}
export type Rgb = [number, number, number];

export function decodePng(buffer: Buffer): Image {
  const png = PNG.sync.read(buffer);
  return { width: png.width, height: png.height, data: png.data };
}

export function solidPng(width: number, height: number, [r, g, b]: Rgb): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) {
    png.data[i * 4] = r;
    png.data[i * 4 + 1] = g;
    png.data[i * 4 + 2] = b;
    png.data[i * 4 + 3] = 255;
  }
  return PNG.sync.write(png);
}

export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function pixelAt(image: Image, x: number, y: number): Rgb {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  return [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0];
}

export function distance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How many pixels are within `tolerance` of a colour (Euclidean in RGB), in the whole image or a box. */
export function countNear(image: Image, colour: Rgb, tolerance = 30, box?: Box): number {
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (box) {
      const x = (i / 4) % image.width;
      const y = Math.floor(i / 4 / image.width);
      if (x < box.x || y < box.y || x >= box.x + box.width || y >= box.y + box.height) continue;
    }
    const d = Math.hypot(
      (image.data[i] ?? 0) - colour[0],
      (image.data[i + 1] ?? 0) - colour[1],
      (image.data[i + 2] ?? 0) - colour[2],
    );
    if (d <= tolerance) count++;
  }
  return count;
}

/** The most common colour in a small square around a point (robust to anti-aliasing and outlines). */
export function dominantAround(image: Image, x: number, y: number, radius = 3): Rgb {
  const counts = new Map<string, { colour: Rgb; n: number }>();
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const colour = pixelAt(
        image,
        Math.min(image.width - 1, Math.max(0, x + dx)),
        Math.min(image.height - 1, Math.max(0, y + dy)),
      );
      const key = colour.map((c) => c >> 3).join(',');
      const entry = counts.get(key) ?? { colour, n: 0 };
      entry.n++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.colour ?? [0, 0, 0];
}

/** Colours of the fixture imagery tiles and archives: distinct from everything the app draws itself. */
export const FIXTURE_TILE_COLOURS = { after: '#2f6f4f', before: '#b0622c', default: '#2f6f4f' } as const;

export type Side = 'before' | 'after' | 'neither';

/**
 * Which fixture layer shows at a point of an image given as fractions of its width and height (the fixture
 * tiles have one colour per side): `neither` when the colour there is far from both.
 */
export function sideIn(image: Image, fx: number, fy: number): Side {
  const colour = dominantAround(image, Math.round(image.width * fx), Math.round(image.height * fy), 4);
  const before = distance(colour, hexToRgb(FIXTURE_TILE_COLOURS.before));
  const after = distance(colour, hexToRgb(FIXTURE_TILE_COLOURS.after));
  if (Math.min(before, after) > 60) return 'neither';
  return before < after ? 'before' : 'after';
}

/** Sample points of the map area away from the toolbar, the labels, the attribution and the divider. */
export const LEFT = [0.15, 0.45] as const;
export const RIGHT = [0.85, 0.45] as const;
