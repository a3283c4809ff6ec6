/** Command-line arguments of scripts/imagery-pack.ts → PackOptions. */
import { parseArgs } from 'node:util';
import { PACK_DEFAULTS, type PackOptions } from './pack.ts';
import { parseBbox, parseZoomRange } from './tiles.ts';

export const USAGE = `Offline imagery pack: fetch a layer's tiles over a box and write a PMTiles archive.

Usage:
  npx tsx scripts/imagery-pack.ts --layer ID --bbox W,S,E,N --zoom 8-14 --out public/tiles/ID.pmtiles [options]

Required:
  --layer ID            layer id in the catalogue (e.g. s2-2016)
  --bbox W,S,E,N        box in degrees (west,south,east,north)
  --zoom MIN-MAX        zoom levels, e.g. 8-14 (clamped to the layer's minzoom/maxzoom)
  --out FILE            archive to write (the app serves public/tiles/ID.pmtiles as ./tiles/ID.pmtiles)

Options:
  --catalog FILE        imagery catalogue (default ${PACK_DEFAULTS.catalog})
  --concurrency N       parallel requests (default ${PACK_DEFAULTS.concurrency})
  --add-to-catalog      add or replace the layer "ID-local" (type pmtiles) in the catalogue
  --url URL             URL for that layer (default: pmtiles://./<path of --out under --public-dir>)
  --public-dir DIR      the folder the app serves from its root (default ${PACK_DEFAULTS.publicDir})
  --user-agent TEXT     User-Agent header (default: "${PACK_DEFAULTS.userAgent}")
  --keep-parts          keep the tile cache <out>.parts after a successful pack
  --max-tiles N         refuse bigger packs (default ${PACK_DEFAULTS.maxTiles})
  --retries N           retries per tile on network errors, 5xx and 429 (default ${PACK_DEFAULTS.retry.retries})
  --retry-base-ms MS    first back-off delay, doubled per retry, with jitter (default ${PACK_DEFAULTS.retry.baseDelayMs})
  --timeout-ms MS       timeout of one request (default ${PACK_DEFAULTS.timeoutMs})
  -h, --help            this text

Tiles are cached in <out>.parts/z/x/y.<ext> as they arrive: an interrupted or failed run resumes where it
stopped when run again. Layers whose terms forbid bulk download (Esri Wayback) are refused.`;

export type CliCommand = { help: true } | { help: false; options: PackOptions };

function integer(name: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max} (got "${text}")`);
  }
  return value;
}

export function parseCli(argv: readonly string[]): CliCommand {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      layer: { type: 'string' },
      bbox: { type: 'string' },
      zoom: { type: 'string' },
      out: { type: 'string' },
      catalog: { type: 'string' },
      concurrency: { type: 'string' },
      'add-to-catalog': { type: 'boolean' },
      url: { type: 'string' },
      'public-dir': { type: 'string' },
      'user-agent': { type: 'string' },
      'keep-parts': { type: 'boolean' },
      'max-tiles': { type: 'string' },
      retries: { type: 'string' },
      'retry-base-ms': { type: 'string' },
      'timeout-ms': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { help: true };
  if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"`);
  const missing = (['layer', 'bbox', 'zoom', 'out'] as const).filter((name) => !values[name]);
  if (missing.length > 0) throw new Error(`missing ${missing.map((name) => `--${name}`).join(', ')}`);
  const { layer = '', bbox = '', zoom = '', out = '' } = values;
  if (values.url !== undefined && !values.url.startsWith('pmtiles://')) {
    throw new Error(`--url must start with pmtiles:// (got "${values.url}")`);
  }
  const retry = {
    ...PACK_DEFAULTS.retry,
    retries: integer('retries', values.retries, 0, 20) ?? PACK_DEFAULTS.retry.retries,
    baseDelayMs:
      integer('retry-base-ms', values['retry-base-ms'], 0, 60_000) ?? PACK_DEFAULTS.retry.baseDelayMs,
  };
  const userAgent = values['user-agent']?.trim();
  if (userAgent === '') throw new Error('--user-agent must not be empty');
  return {
    help: false,
    options: {
      layerId: layer,
      bbox: parseBbox(bbox),
      zooms: parseZoomRange(zoom),
      out,
      catalog: values.catalog ?? PACK_DEFAULTS.catalog,
      concurrency: integer('concurrency', values.concurrency, 1, 32) ?? PACK_DEFAULTS.concurrency,
      addToCatalog: values['add-to-catalog'] ?? false,
      userAgent: userAgent ?? PACK_DEFAULTS.userAgent,
      publicDir: values['public-dir'] ?? PACK_DEFAULTS.publicDir,
      ...(values.url ? { catalogUrl: values.url } : {}),
      keepParts: values['keep-parts'] ?? false,
      maxTiles: integer('max-tiles', values['max-tiles'], 1, 10_000_000) ?? PACK_DEFAULTS.maxTiles,
      retry,
      timeoutMs: integer('timeout-ms', values['timeout-ms'], 1, 600_000) ?? PACK_DEFAULTS.timeoutMs,
    },
  };
}
