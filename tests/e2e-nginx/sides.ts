/** Which fixture imagery shows where on the map (the fixture tiles and archives have one colour per side). */
import type { AtlasDriver } from '../e2e/driver.ts';
import { FIXTURE_TILE_COLOURS } from '../e2e/helper.ts';
import { distance, dominantAround, hexToRgb } from '../e2e/pixels.ts';

export async function sideAt(
  atlas: AtlasDriver,
  fx: number,
  fy: number,
): Promise<'before' | 'after' | 'neither'> {
  const { image } = await atlas.mapPixels();
  const colour = dominantAround(image, Math.round(image.width * fx), Math.round(image.height * fy), 4);
  const before = distance(colour, hexToRgb(FIXTURE_TILE_COLOURS.before));
  const after = distance(colour, hexToRgb(FIXTURE_TILE_COLOURS.after));
  if (Math.min(before, after) > 60) return 'neither';
  return before < after ? 'before' : 'after';
}

/** Sample points away from the toolbar, the labels, the attribution and the divider. */
export const LEFT = [0.15, 0.45] as const;
export const RIGHT = [0.85, 0.45] as const;
/** Inside the fixture archives' bounds, at a zoom they hold. */
export const ARCHIVE_VIEW = 'map=10.00/39.6000/47.1500';
