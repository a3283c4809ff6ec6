/** Gzip size of each JavaScript chunk of the production build (what a first visit downloads). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export function bundleSizes(dist = 'dist'): { chunks: ChunkSize[]; totalGzip: number } {
  const dir = join(dist, 'assets');
  const chunks = readdirSync(dir)
    .filter((file) => /\.(m?js)$/.test(file))
    .map((file) => {
      const body = readFileSync(join(dir, file));
      return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  return { chunks, totalGzip: chunks.reduce((sum, chunk) => sum + chunk.gzip, 0) };
}

/** MapLibre (with its style spec and PMTiles), its worker and React: not the app's own code. */
const LIBRARY_CHUNK = /^(maplibre|react)-/;

/**
 * The app's own JavaScript on the critical path: the chunks fetched before the first idle, beyond MapLibre,
 * its worker and React (issue 11's budget: 60 kB gzip).
 */
export function criticalPathJs(
  scripts: readonly string[],
  dist = 'dist',
): { app: ChunkSize[]; appGzip: number; libraryGzip: number } {
  const { chunks } = bundleSizes(dist);
  const loaded = chunks.filter((chunk) => scripts.includes(chunk.file));
  const app = loaded.filter((chunk) => !LIBRARY_CHUNK.test(chunk.file));
  const sum = (list: ChunkSize[]) => list.reduce((total, chunk) => total + chunk.gzip, 0);
  return { app, appGzip: sum(app), libraryGzip: sum(loaded) - sum(app) };
}
