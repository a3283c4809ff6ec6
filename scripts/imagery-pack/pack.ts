/**
 * A whole pack: read the layer from the catalogue, fetch the tiles of a box (resumable), write the PMTiles
 * archive, and optionally add the `ID-local` layer to the catalogue. The CLI (scripts/imagery-pack.ts) is a
 * thin wrapper; tests call `runPack` directly.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { imageryLayer, type ImageryLayer } from '../../src/data/imagery-schema.ts';
import { DEFAULT_RETRY, type RetryPolicy } from './backoff.ts';
import {
  archiveUrl,
  checkLicence,
  findLayer,
  offlineLayer,
  upsertLayer,
  type JsonObject,
  type PackFacts,
} from './catalog.ts';
import { DEFAULT_USER_AGENT, FatalHttpError, TileFetcher, type FetchLike } from './fetcher.ts';
import { writePmtilesFile, type PmtilesSummary, type PmtilesTileType } from './pmtiles-writer.ts';
import { ProgressReporter, rate, type ProgressOutput, type ProgressState } from './progress.ts';
import { checkTemplate, expandTemplate } from './template.ts';
import { TileCache } from './tile-cache.ts';
import { describeBytes, detectTileType } from './tile-type.ts';
import { clampZooms, packCenter, rangeSize, tileRanges, tilesIn, type Bbox, type Tile } from './tiles.ts';

export interface PackOptions {
  layerId: string;
  bbox: Bbox;
  /** Requested zooms; clamped to the layer's minzoom/maxzoom. */
  zooms: readonly [number, number];
  out: string;
  catalog: string;
  concurrency: number;
  addToCatalog: boolean;
  userAgent: string;
  /** Folder served as the app's root (an archive under it gets a page-relative URL). */
  publicDir: string;
  /** URL for the catalogue instead of the one derived from `out` and `publicDir`. */
  catalogUrl?: string;
  /** Keep `<out>.parts` after a successful pack (by default it is removed: under public/ it would ship). */
  keepParts: boolean;
  /** Refuse packs with more tiles than this (a typo in --bbox should not start a 10-million-tile crawl). */
  maxTiles: number;
  retry: RetryPolicy;
  timeoutMs: number;
  /** Mostly for tests. */
  fetch?: FetchLike;
  random?: () => number;
  signal?: AbortSignal;
  /** Progress and messages (stderr in the CLI). */
  log?: ProgressOutput;
  /** Today's date for the provenance note (YYYY-MM-DD). */
  today?: string;
}

export const PACK_DEFAULTS = {
  catalog: 'data/imagery.json',
  concurrency: 6,
  addToCatalog: false,
  userAgent: DEFAULT_USER_AGENT,
  publicDir: 'public',
  keepParts: false,
  maxTiles: 100_000,
  retry: DEFAULT_RETRY,
  timeoutMs: 30_000,
} as const;

export interface PackResult {
  layer: string;
  out: string;
  minZoom: number;
  maxZoom: number;
  bbox: Bbox;
  tileType: PmtilesTileType;
  /** Tiles the box covers at the packed zooms. */
  planned: number;
  /** Tiles downloaded in this run. */
  fetched: number;
  /** Tiles (or known gaps) already in the cache when the run started. */
  cached: number;
  /** Tiles the server does not have (404 / 204), left out of the archive. */
  missing: number;
  requests: number;
  retries: number;
  bytesDownloaded: number;
  fetchSeconds: number;
  tilesPerSecond: number;
  archive: PmtilesSummary;
  catalogLayer?: JsonObject;
  warnings: string[];
}

/** Pack stopped because tiles failed or the run was interrupted; the cache keeps what was fetched. */
export class PackIncompleteError extends Error {
  readonly failures: string[];
  constructor(message: string, failures: string[] = []) {
    super(message);
    this.failures = failures;
  }
}

function say(log: ProgressOutput | undefined, message: string): void {
  log?.write(`${message}\n`);
}

function readLayer(
  catalogText: string,
  id: string,
  catalogPath: string,
): { raw: JsonObject; layer: ImageryLayer } {
  const raw = findLayer(catalogText, id);
  if (!raw) {
    const parsed = JSON.parse(catalogText) as { layers?: Array<{ id?: unknown }> };
    const ids = (parsed.layers ?? []).map((layer) => String(layer.id)).join(', ');
    throw new Error(`no layer "${id}" in ${catalogPath} (layers: ${ids})`);
  }
  const result = imageryLayer.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`layer "${id}" in ${catalogPath} is not valid: ${issues} (run npm run check-data)`);
  }
  return { raw, layer: result.data };
}

function intersect(a: Bbox, b: Bbox | undefined): Bbox | undefined {
  if (!b) return a;
  const box: Bbox = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return box[0] < box[2] && box[1] < box[3] ? box : undefined;
}

const key = (tile: Tile) => `${tile.z}/${tile.x}/${tile.y}`;

export async function runPack(options: PackOptions): Promise<PackResult> {
  const { log } = options;
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    say(log, `warning: ${message}`);
  };

  // 1. The layer, its licence, its URL template.
  const catalogText = readFileSync(options.catalog, 'utf8');
  const { raw, layer } = readLayer(catalogText, options.layerId, options.catalog);
  if (layer.type === 'pmtiles') throw new Error(`layer "${layer.id}" is already a PMTiles archive`);
  const licence = checkLicence(layer);
  if (licence.refused) throw new Error(`refused: ${licence.refused}`);
  licence.warnings.forEach(warn);
  checkTemplate(layer.url);

  // 2. What to fetch.
  const zooms = clampZooms(options.zooms, layer);
  if (zooms.clamped) {
    warn(`zooms ${options.zooms.join('-')} clamped to ${zooms.minZoom}-${zooms.maxZoom} (the layer's range)`);
  }
  const bbox = intersect(options.bbox, layer.bounds);
  if (!bbox) throw new Error(`--bbox ${options.bbox.join(',')} is outside the layer's bounds`);
  const ranges = tileRanges(bbox, zooms.minZoom, zooms.maxZoom);
  const planned = ranges.reduce((sum, range) => sum + rangeSize(range), 0);
  if (planned > options.maxTiles) {
    throw new Error(
      `${planned} tiles is more than --max-tiles ${options.maxTiles}: check --bbox / --zoom, or raise --max-tiles`,
    );
  }
  say(
    log,
    `${layer.id}: ${planned} tiles at zooms ${zooms.minZoom}-${zooms.maxZoom} over ${bbox.join(',')} ` +
      `(${ranges.map((range) => `z${range.z}: ${rangeSize(range)}`).join(', ')})`,
  );

  // 3. Resume: what the cache already has.
  mkdirSync(dirname(options.out), { recursive: true });
  const cache = new TileCache(`${options.out}.parts`);
  const all = [...tilesIn(ranges)];
  const pending = all.filter((tile) => cache.get(tile) === undefined);
  const cached = all.length - pending.length;
  if (cached > 0) say(log, `resuming: ${cached} tiles already in ${cache.dir}`);

  // 4. Fetch.
  const fetcher = new TileFetcher({
    userAgent: options.userAgent,
    policy: options.retry,
    timeoutMs: options.timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  const state: ProgressState = {
    done: cached,
    total: all.length,
    fetched: 0,
    cached,
    missing: 0,
    failed: 0,
    elapsedMs: 0,
  };
  const progress = new ProgressReporter(log ?? { write: () => undefined });
  const started = performance.now();
  const failures: string[] = [];
  let fatal: unknown;
  let consecutiveFailures = 0;
  const giveUpAfter = Math.max(20, options.concurrency * 3);
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  let next = 0;

  const worker = async () => {
    while (!signal.aborted && next < pending.length) {
      const tile = pending[next++];
      if (!tile) break;
      const url = expandTemplate(layer.url, tile);
      try {
        const answer = await fetcher.get(url, signal);
        if (answer.kind === 'missing') {
          cache.putMissing(tile);
          state.missing += 1;
        } else {
          const type = detectTileType(answer.data);
          if (!type) throw new Error(`${url}: not a JPEG, PNG or WebP tile (${describeBytes(answer.data)})`);
          cache.putTile(tile, type, answer.data);
          state.fetched += 1;
        }
        consecutiveFailures = 0;
      } catch (error) {
        if (signal.aborted) break;
        if (error instanceof FatalHttpError) {
          fatal = error;
          stop.abort();
          break;
        }
        const message = error instanceof Error ? error.message : String(error);
        failures.push(`${key(tile)}: ${message}`);
        state.failed += 1;
        consecutiveFailures += 1;
        if (consecutiveFailures >= giveUpAfter) {
          fatal = new Error(
            `${consecutiveFailures} tiles in a row failed, stopped. The last one: ${message}.`,
          );
          stop.abort();
          break;
        }
      }
      state.done += 1;
      state.elapsedMs = performance.now() - started;
      progress.update(state);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, 64)) }, worker));
  const fetchSeconds = (performance.now() - started) / 1000;
  state.elapsedMs = fetchSeconds * 1000;
  if (pending.length > 0) progress.finish(state);

  const resumeHint = `The ${state.done - state.failed} tiles done so far are kept in ${cache.dir}: run the same command again to resume.`;
  if (fatal)
    throw new PackIncompleteError(`${fatal instanceof Error ? fatal.message : String(fatal)} ${resumeHint}`);
  if (options.signal?.aborted) throw new PackIncompleteError(`interrupted. ${resumeHint}`);
  if (failures.length > 0) {
    throw new PackIncompleteError(
      `${failures.length} tiles failed after ${options.retry.retries} retries; no archive written. ${resumeHint}\n  ` +
        failures.slice(0, 10).join('\n  ') +
        (failures.length > 10 ? `\n  … and ${failures.length - 10} more` : ''),
      failures,
    );
  }

  // 5. The archive.
  const present = all.filter((tile) => cache.get(tile)?.kind === 'tile');
  const missing = all.length - present.length;
  if (present.length === 0) throw new Error(`the server has none of the ${all.length} tiles (all 404/204)`);
  const types = new Map<PmtilesTileType, number>();
  for (const tile of present) {
    const entry = cache.get(tile);
    if (entry?.kind === 'tile') types.set(entry.type, (types.get(entry.type) ?? 0) + 1);
  }
  if (types.size > 1) {
    throw new Error(
      `the tiles mix image types (${[...types].map(([t, n]) => `${n} ${t}`).join(', ')}); a PMTiles archive holds one`,
    );
  }
  const tileType = [...types.keys()][0] ?? 'jpeg';
  const title = layer.title.en;
  const archive = writePmtilesFile(
    options.out,
    present.map((tile) => ({ ...tile, read: () => cache.read(tile) })),
    {
      tileType,
      bounds: bbox,
      minZoom: zooms.minZoom,
      maxZoom: zooms.maxZoom,
      center: packCenter(bbox, zooms.minZoom, zooms.maxZoom),
      metadata: {
        name: `${title} (offline)`,
        description:
          `Offline pack of imagery layer "${layer.id}" (${title}, ${layer.date}) for the Revival Atlas kiosk. ` +
          `Licence: ${layer.license} (${layer.licenseUrl}).`,
        attribution: layer.attribution,
        license: layer.license,
        licenseUrl: layer.licenseUrl,
        layer: layer.id,
        source: layer.source,
        date: layer.date,
        type: 'baselayer',
        format: tileType === 'jpeg' ? 'jpg' : tileType,
        tileSize: layer.tileSize,
        generator: 'revival-atlas scripts/imagery-pack.ts',
        packedOn: options.today ?? new Date().toISOString().slice(0, 10),
      },
    },
  );
  say(
    log,
    `wrote ${options.out}: ${archive.totalBytes} bytes, ${archive.addressedTiles} tiles ` +
      `(${archive.tileContents} distinct, ${missing} not on the server)`,
  );

  // 6. The catalogue.
  let catalogLayer: JsonObject | undefined;
  if (options.addToCatalog) {
    let url = options.catalogUrl ?? archiveUrl(options.out, options.publicDir);
    if (!url) {
      url = `pmtiles://./tiles/${basename(options.out)}`;
      warn(
        `${options.out} is not under ${options.publicDir}/: the catalogue says ${url}; copy the archive there ` +
          '(or pass --url)',
      );
    }
    const facts: PackFacts = {
      url,
      minZoom: zooms.minZoom,
      maxZoom: zooms.maxZoom,
      bounds: bbox,
      packedOn: options.today ?? new Date().toISOString().slice(0, 10),
    };
    catalogLayer = offlineLayer(raw, facts);
    const current = readFileSync(options.catalog, 'utf8');
    const updated = upsertLayer(current, catalogLayer, layer.id);
    const temporary = `${options.catalog}.${process.pid}.tmp`;
    writeFileSync(temporary, updated.text);
    renameSync(temporary, options.catalog);
    say(
      log,
      `${updated.replaced ? 'replaced' : 'added'} layer "${String(catalogLayer['id'])}" in ${options.catalog}`,
    );
  }

  if (!options.keepParts) cache.remove();

  return {
    layer: layer.id,
    out: options.out,
    minZoom: zooms.minZoom,
    maxZoom: zooms.maxZoom,
    bbox,
    tileType,
    planned: all.length,
    fetched: state.fetched,
    cached,
    missing,
    requests: fetcher.stats.requests,
    retries: fetcher.stats.retries,
    bytesDownloaded: fetcher.stats.bytes,
    fetchSeconds,
    tilesPerSecond: rate(state),
    archive,
    ...(catalogLayer ? { catalogLayer } : {}),
    warnings,
  };
}
