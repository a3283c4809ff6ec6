/**
 * Fixture imagery for the time-lapse benchmark: a ten-date family (the shipped Sentinel-2 yearly series,
 * 2016–2025, with a 2017 mosaic added) whose tiles come from a local HTTP server, one marked colour per date.
 * A real server rather than a Playwright route: a routed page runs with the browser's HTTP cache switched
 * off, and the "cached" case needs that cache (and the app's prefetch relies on it).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hexToRgb, solidPng, type Rgb } from '../../tests/e2e/pixels.ts';
import { YEAR_COLOURS } from '../../tests/e2e/year-tiles.ts';

export const FAMILY = 's2-cloudless';
/** The ten dates of the time-lapse, oldest first. */
export const YEARS = Object.keys(YEAR_COLOURS).sort();
export const COLOURS: Record<string, Rgb> = Object.fromEntries(
  YEARS.map((year) => [year, hexToRgb(YEAR_COLOURS[year] ?? '#000000')]),
);

export interface TileServer {
  origin: string;
  /** Milliseconds each tile waits before its answer: [min, max) at random; [0, 0] answers at once. */
  setDelay(range: readonly [number, number]): void;
  /** Tile requests answered since the last reset. */
  requests(): number;
  resetCount(): void;
  close(): Promise<void>;
}

export async function startTileServer(): Promise<TileServer> {
  const tiles = new Map(YEARS.map((year) => [year, solidPng(256, 256, COLOURS[year] ?? [0, 0, 0])]));
  let delay: readonly [number, number] = [0, 0];
  let count = 0;
  const server = createServer((request, response) => {
    const year = /^\/tiles\/(\d{4})\/\d+\/\d+\/\d+\.png$/.exec(request.url ?? '')?.[1];
    const tile = year === undefined ? undefined : tiles.get(year);
    if (!tile) {
      response.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
      return;
    }
    count++;
    const wait = delay[0] + Math.random() * (delay[1] - delay[0]);
    setTimeout(() => {
      response
        .writeHead(200, {
          'Content-Type': 'image/png',
          'Access-Control-Allow-Origin': '*',
          // As the EOX server says: a tile may be kept (the "cached" case is this cache).
          'Cache-Control': 'public, max-age=86400',
        })
        .end(tile);
    }, wait);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setDelay: (range) => (delay = range),
    requests: () => count,
    resetCount: () => (count = 0),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface CatalogLayer {
  id: string;
  date: string;
  family?: string;
  url: string;
  attribution: string;
}

/**
 * A copy of the production build whose imagery catalog points the family at the tile server. Other
 * families keep their remote URLs (the bench's browser resolves no remote host).
 */
export function fixtureBuild(dist: string, out: string, origin: string): void {
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true });
  const path = `${out}/data/imagery.json`;
  const catalog = JSON.parse(readFileSync(path, 'utf8')) as { layers: CatalogLayer[] };
  const family = catalog.layers.filter((layer) => layer.family === FAMILY);
  const template = family[0];
  if (!template) throw new Error(`no ${FAMILY} layer in the catalog`);
  const others = catalog.layers.filter((layer) => layer.family !== FAMILY);
  const layers = YEARS.map((year) => ({
    ...(family.find((layer) => layer.date === year) ?? template),
    id: `s2-${year}`,
    date: year,
    url: `${origin}/tiles/${year}/{z}/{y}/{x}.png`,
  }));
  writeFileSync(path, JSON.stringify({ ...catalog, layers: [...layers, ...others] }));
}
