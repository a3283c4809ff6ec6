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
