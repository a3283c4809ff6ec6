import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { dataFolderPlugin } from '../build/data-plugin.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** The benchmark's own pages, one folder each, built side by side into dist-bench/<page>/. */
const BENCH_PAGES = {
  /** Bare MapLibre drawing the app's data: the first-idle baseline. */
  baseline: 'baseline',
  /** Two maps wrapped by @maplibre/maplibre-gl-compare: the swipe baseline. */
  comparePlugin: 'compare-plugin',
  /** One map with both imagery layers, faded with setPaintProperty: a fade that re-renders. */
  compareFade: 'compare-fade',
} as const;

/**
 * Builds the bench pages (bench/<page>/index.html, a multi-page build) into dist-bench/, with the same data
 * folder as the app at dist-bench/data/ (each page fetches it as `../data/…`).
 */
export default defineConfig({
  root: here,
  base: './',
  appType: 'mpa',
  plugins: [dataFolderPlugin(resolve(here, '../data'))],
  build: {
    outDir: resolve(here, '../dist-bench'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: Object.fromEntries(
        Object.values(BENCH_PAGES).map((page) => [page, resolve(here, page, 'index.html')]),
      ),
    },
  },
  preview: { port: 4181 },
});
