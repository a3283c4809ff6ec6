/**
 * The whole pack against a local tile server (node:http on port 0): EOX-style `/tiles/{z}/{y}/{x}.png`,
 * with first-time 500s, 404s and one 429 (Retry-After: 0). Nothing leaves the machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TileType, type PMTiles } from 'pmtiles';
import { validateImagery } from '../../src/data/validate.ts';
import { formatJson, type JsonObject } from './catalog.ts';
import { openArchive } from './memory-source.ts';
import { PACK_DEFAULTS, PackIncompleteError, runPack, type PackOptions } from './pack.ts';
import { solidPng, type Rgb } from './png.ts';
import { tileRanges, tilesIn, type Bbox, type Tile } from './tiles.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BBOX: Bbox = [46.0, 39.0, 47.8, 40.3];
const LAYER = 'local-test';

// --- the tile server -------------------------------------------------------------------------------------

const key = ({ z, x, y }: Tile) => `${z}/${x}/${y}`;
/** No tile here (404), like the sea or the edge of a mosaic. */
const isGap = ({ z, x, y }: Tile) => z === 10 && (x + y) % 7 === 0;
/** 500 on the first request, a tile on the next. */
const isFlaky = ({ z, x, y }: Tile) => (x * 3 + y + z) % 5 === 0;

const pngs = new Map<string, Uint8Array>();
/** Two colours per zoom: many tiles share a content, so deduplication has work to do. */
function tilePng({ z, x }: Tile): Uint8Array {
  const colour: Rgb = [z * 20, x % 2 ? 200 : 40, 90];
  const id = colour.join(',');
  let png = pngs.get(id);
  if (!png) {
    png = solidPng(256, colour);
    pngs.set(id, png);
  }
  return png;
}

interface TileServer {
  base: string;
  /** Requests per tile key (z/x/y). */
  hits: Map<string, number>;
  statuses: number[];
  userAgents: Set<string>;
  /** Tiles that answer 500 every time (until removed). */
  broken: Set<string>;
  reset: () => void;
  close: () => Promise<void>;
}

async function startServer(): Promise<TileServer> {
  const hits = new Map<string, number>();
  const statuses: number[] = [];
  const userAgents = new Set<string>();
  const broken = new Set<string>();
  let sent429 = false;
  const server: Server = createServer((request, response) => {
    userAgents.add(request.headers['user-agent'] ?? '');
    const match = /^\/tiles\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(request.url ?? '');
    const send = (status: number, body?: Uint8Array, headers: Record<string, string> = {}) => {
      statuses.push(status);
      response.writeHead(status, headers);
      response.end(body ? Buffer.from(body) : undefined);
    };
    if (!match) return send(400);
    const tile = { z: Number(match[1]), y: Number(match[2]), x: Number(match[3]) }; // y before x, like EOX
    const k = key(tile);
    const count = (hits.get(k) ?? 0) + 1;
    hits.set(k, count);
    if (broken.has(k)) return send(500);
    if (isGap(tile)) return send(404);
    if (isFlaky(tile) && count === 1) return send(500);
    if (!sent429) {
      sent429 = true;
      return send(429, undefined, { 'Retry-After': '0' });
    }
    send(200, tilePng(tile), { 'Content-Type': 'image/png' });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    statuses,
    userAgents,
    broken,
    reset: () => {
      hits.clear();
      statuses.length = 0;
      sent429 = false;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

// --- fixtures ----------------------------------------------------------------------------------------------

let server: TileServer;
let dir: string;
let catalog: string;
const expected = [...tilesIn(tileRanges(BBOX, 8, 10))];

/** A copy of the real catalogue plus a layer served by the local server. */
function writeCatalog(path: string): void {
  const real = JSON.parse(readFileSync(join(ROOT, 'data', 'imagery.json'), 'utf8')) as {
    layers: JsonObject[];
  };
  real.layers.push({
    id: LAYER,
    source: 'local-test-server',
    title: { az: 'Sınaq qatı', en: 'Test layer', ru: 'Тестовый слой', tr: 'Test katmanı', ar: 'طبقة اختبار' },
    date: '2024',
    type: 'xyz',
    url: `${server.base}/tiles/{z}/{y}/{x}.png`,
    tileSize: 256,
    minzoom: 0,
    maxzoom: 10,
    attribution: 'Local test server',
    license: 'CC0 1.0',
    licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
  });
  writeFileSync(path, `${formatJson(real)}\n`);
}

function options(overrides: Partial<PackOptions> = {}): PackOptions {
  return {
    ...PACK_DEFAULTS,
    layerId: LAYER,
    bbox: BBOX,
    zooms: [8, 11],
    out: join(dir, 'public', 'tiles', `${LAYER}.pmtiles`),
    catalog,
    publicDir: join(dir, 'public'),
    retry: { ...PACK_DEFAULTS.retry, baseDelayMs: 1, maxDelayMs: 5 },
    today: '2025-05-01',
    ...overrides,
  };
}

const archiveOf = (path: string): PMTiles => openArchive(new Uint8Array(readFileSync(path)), path);

async function expectArchiveMatchesServer(path: string): Promise<void> {
  const reader = archiveOf(path);
  const header = await reader.getHeader();
  expect(header).toMatchObject({
    minZoom: 8,
    maxZoom: 10,
    minLon: 46,
    minLat: 39,
    maxLon: 47.8,
    maxLat: 40.3,
    centerLon: 46.9,
    centerLat: 39.65,
    centerZoom: 10,
    tileType: TileType.Png,
    numAddressedTiles: expected.filter((tile) => !isGap(tile)).length,
  });
  // Two colours per zoom, stored once each.
  const colours = new Set(expected.filter((tile) => !isGap(tile)).map((tile) => `${tile.z}:${tile.x % 2}`));
  expect(colours.size).toBe(6);
  expect(header.numTileContents).toBe(colours.size);
  for (const tile of expected) {
    const got = await reader.getZxy(tile.z, tile.x, tile.y);
    if (isGap(tile)) expect(got, key(tile)).toBeUndefined();
    else expect(new Uint8Array(got?.data ?? new ArrayBuffer(0)), key(tile)).toEqual(tilePng(tile));
  }
  expect(await reader.getMetadata()).toMatchObject({
    name: 'Test layer (offline)',
    attribution: 'Local test server',
    license: 'CC0 1.0',
    licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
    layer: LAYER,
  });
}

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'imagery-pack-'));
  catalog = join(dir, 'imagery.json');
  writeCatalog(catalog);
  server.reset();
  server.broken.clear();
  return () => rmSync(dir, { recursive: true, force: true });
});

// --- tests -------------------------------------------------------------------------------------------------

describe('runPack against a local tile server', () => {
  it('packs the box, retrying 500s and the 429, skipping 404s, and adds the offline layer', async () => {
    const log: string[] = [];
    const result = await runPack(options({ addToCatalog: true, log: { write: (text) => log.push(text) } }));
    const gaps = expected.filter(isGap).length;
    const flaky = expected.filter((tile) => !isGap(tile) && isFlaky(tile)).length;
    expect(expected.length).toBeGreaterThan(40);
    expect(gaps).toBeGreaterThan(0);
    expect(flaky).toBeGreaterThan(0);
    expect(result).toMatchObject({
      minZoom: 8,
      maxZoom: 10, // --zoom 8-11, clamped to the layer's maxzoom
      planned: expected.length,
      fetched: expected.length - gaps,
      missing: gaps,
      cached: 0,
      retries: flaky + 1,
      requests: expected.length + flaky + 1,
      tileType: 'png',
    });
    expect(server.statuses.filter((s) => s === 429)).toHaveLength(1);
    expect(server.statuses.filter((s) => s === 500)).toHaveLength(flaky);
    expect([...server.userAgents]).toEqual([PACK_DEFAULTS.userAgent]);
    expect(result.warnings).toEqual(["zooms 8-11 clamped to 8-10 (the layer's range)"]);
    expect(log.join('')).toContain(`${expected.length}/${expected.length} 100.0%`);

    await expectArchiveMatchesServer(result.out);
    expect(readFileSync(result.out).length).toBe(result.archive.totalBytes);
    expect(existsSync(`${result.out}.parts`)).toBe(false); // removed after success (public/ would ship it)

    const text = readFileSync(catalog, 'utf8');
    const local = (JSON.parse(text) as { layers: JsonObject[] }).layers.find(
      (l) => l['id'] === `${LAYER}-local`,
    );
    expect(local).toMatchObject({
      type: 'pmtiles',
      url: `pmtiles://./tiles/${LAYER}.pmtiles`,
      minzoom: 8,
      maxzoom: 10,
      bounds: [46, 39, 47.8, 40.3],
      title: { en: 'Test layer (offline)', az: 'Sınaq qatı (oflayn)', ar: 'طبقة اختبار (دون اتصال)' },
      date: '2024',
      license: 'CC0 1.0',
    });
    expect(text).toBe(`${formatJson(JSON.parse(text))}\n`);
    expect(validateImagery(text, 'imagery.json').issues).toEqual([]);
  });

  it('resumes: a failed run keeps its tiles, the next asks only for the rest, a third asks for nothing', async () => {
    const broken = expected.filter((tile) => !isGap(tile) && tile.z === 9).slice(0, 3);
    for (const tile of broken) server.broken.add(key(tile));
    const retry = { ...PACK_DEFAULTS.retry, retries: 2, baseDelayMs: 1, maxDelayMs: 2 };
    const failed = runPack(options({ retry, keepParts: true }));
    await expect(failed).rejects.toThrow(PackIncompleteError);
    await expect(failed).rejects.toThrow(/3 tiles failed after 2 retries; no archive written/);
    const out = options().out;
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(`${out}.parts`, '9'))).toBe(true);

    server.broken.clear();
    server.reset();
    const second = await runPack(options({ keepParts: true }));
    expect(second).toMatchObject({ cached: expected.length - 3, fetched: 3 });
    // Only the three failed tiles were asked for again (one of them got the 429 first).
    expect([...server.hits.keys()].sort()).toEqual(broken.map(key).sort());
    await expectArchiveMatchesServer(out);
    const firstBytes = readFileSync(out);

    server.reset();
    const third = await runPack(options());
    expect(third).toMatchObject({ cached: expected.length, fetched: 0, requests: 0 });
    expect(server.hits.size).toBe(0);
    expect(readFileSync(out)).toEqual(firstBytes);
    expect(existsSync(`${out}.parts`)).toBe(false);
  });

  it('stops at once on 403 and keeps what it has', async () => {
    let calls = 0;
    const fetch = async (url: string) => {
      calls += 1;
      return calls > 5 ? new Response(null, { status: 403 }) : globalThis.fetch(url);
    };
    await expect(runPack(options({ fetch, concurrency: 1 }))).rejects.toThrow(
      /HTTP 403 .* run the same command again/,
    );
    expect(calls).toBe(6);
  });

  it('rejects an answer that is not an image', async () => {
    const fetch = async () => new Response('<html>blocked</html>', { status: 200 });
    await expect(runPack(options({ fetch, retry: { ...PACK_DEFAULTS.retry, retries: 0 } }))).rejects.toThrow(
      /not a JPEG, PNG or WebP tile \(20 bytes starting "<html>blocked<\/html>"\)/,
    );
  });

  it('refuses Esri layers and oversized packs before any request', async () => {
    let calls = 0;
    const fetch = async () => {
      calls += 1;
      return new Response(null, { status: 500 });
    };
    await expect(runPack(options({ fetch, layerId: 'wayback-2020-12-16' }))).rejects.toThrow(
      /refused: .*Esri/,
    );
    await expect(runPack(options({ fetch, zooms: [8, 10], maxTiles: 10 }))).rejects.toThrow(/--max-tiles 10/);
    await expect(runPack(options({ fetch, layerId: 'nope' }))).rejects.toThrow(/no layer "nope" .*s2-2016/);
    expect(calls).toBe(0);
  });
});

describe('the CLI', () => {
  const cli = (args: string[]) =>
    new Promise<{ code: number | null; stderr: string; stdout: string }>((done, fail) => {
      // Async spawn: the tile server runs in this process and must keep answering.
      const child = spawn('npx', ['tsx', 'scripts/imagery-pack.ts', ...args], {
        cwd: ROOT,
        env: process.env,
      });
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.on('error', fail);
      child.on('close', (code) => done({ code, stderr, stdout }));
    });

  it('packs from the command line and reports progress on stderr', async () => {
    mkdirSync(join(dir, 'public'), { recursive: true });
    const out = join(dir, 'public', 'tiles', `${LAYER}.pmtiles`);
    const { code, stderr } = await cli([
      '--layer',
      LAYER,
      '--bbox',
      BBOX.join(','),
      '--zoom',
      '8-10',
      '--out',
      out,
      '--catalog',
      catalog,
      '--public-dir',
      join(dir, 'public'),
      '--concurrency',
      '4',
      '--retry-base-ms',
      '1',
      '--add-to-catalog',
      '--user-agent',
      'RevivalAtlas-test/1.0',
    ]);
    expect(stderr).toMatch(/local-test: \d+ tiles at zooms 8-10/);
    expect(stderr).toMatch(/\[#+\] \d+\/\d+ 100\.0% [\d.]+ tiles\/s ETA 0s/);
    expect(stderr).toMatch(/^done: \d+ tiles/m);
    expect(code).toBe(0);
    expect([...server.userAgents]).toContain('RevivalAtlas-test/1.0');
    await expectArchiveMatchesServer(out);
    expect(readFileSync(catalog, 'utf8')).toContain('"url": "pmtiles://./tiles/local-test.pmtiles"');
  }, 60_000);

  it('exits 2 with the usage on bad arguments', async () => {
    const { code, stderr } = await cli(['--layer', LAYER, '--bbox', '1,2,3']);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage:');
  }, 60_000);
});
