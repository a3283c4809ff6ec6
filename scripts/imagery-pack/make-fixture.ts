/**
 * The browser tests' offline imagery: tests/fixtures/tiles/fixture-before.pmtiles and fixture-after.pmtiles,
 * solid-colour 256-px PNG tiles (the colours of FIXTURE_TILE_COLOURS in tests/e2e/pixels.ts) at zooms 6–12
 * over the Fuzuli area. Each tile carries a faint mark of its own, so an archive holds one content per
 * tile and is larger than PMTiles' first 16 KiB read, like real archives (a service worker's range
 * handling does not clamp a range past the end of a smaller file).
 *
 *   npx tsx scripts/imagery-pack/make-fixture.ts [output folder]
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hexToRgb, markedPng } from './png.ts';
import { writePmtilesFile, type PmtilesSummary } from './pmtiles-writer.ts';
import { packCenter, tileRanges, tilesIn, type Bbox } from './tiles.ts';

export const FIXTURE_BBOX: Bbox = [46.9, 39.45, 47.4, 39.75];
export const FIXTURE_ZOOMS = [6, 12] as const;
export const FIXTURE_COLOURS = { before: '#b0622c', after: '#2f6f4f' } as const;

export const FIXTURE_DIR = join(
  fileURLToPath(new URL('.', import.meta.url)),
  '..',
  '..',
  'tests',
  'fixtures',
  'tiles',
);

export function makeFixtures(
  dir: string = FIXTURE_DIR,
): Record<keyof typeof FIXTURE_COLOURS, PmtilesSummary> {
  mkdirSync(dir, { recursive: true });
  const [minZoom, maxZoom] = FIXTURE_ZOOMS;
  const tiles = [...tilesIn(tileRanges(FIXTURE_BBOX, minZoom, maxZoom))];
  const write = (side: keyof typeof FIXTURE_COLOURS) => {
    const colour = hexToRgb(FIXTURE_COLOURS[side]);
    return writePmtilesFile(
      join(dir, `fixture-${side}.pmtiles`),
      tiles.map((tile, i) => ({ ...tile, read: () => markedPng(256, colour, i) })),
      {
        tileType: 'png',
        bounds: FIXTURE_BBOX,
        minZoom,
        maxZoom,
        center: packCenter(FIXTURE_BBOX, minZoom, maxZoom),
        metadata: {
          name: `Revival Atlas test fixture (${side})`,
          description: `Solid ${FIXTURE_COLOURS[side]} tiles for the browser tests; not imagery.`,
          attribution: 'Revival Atlas test fixture',
          license: 'CC0-1.0',
          layer: `fixture-${side}`,
          type: 'baselayer',
          format: 'png',
          tileSize: 256,
          generator: 'revival-atlas scripts/imagery-pack/make-fixture.ts',
        },
      },
    );
  };
  return { before: write('before'), after: write('after') };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? FIXTURE_DIR;
  const written = makeFixtures(dir);
  for (const [side, summary] of Object.entries(written)) {
    const file = relative(process.cwd(), join(dir, `fixture-${side}.pmtiles`));
    console.log(
      `${file}: ${summary.totalBytes} bytes, ${summary.addressedTiles} tiles, ${summary.tileEntries} entries, ` +
        `${summary.tileContents} content`,
    );
  }
}
