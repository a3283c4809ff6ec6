/**
 * `npm run bench`: measures the production build and writes bench/results/latest.json (merging with the
 * figures other benchmarks wrote), then prints a table.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { DistrictFeature } from '../src/data/schema.ts';
import { bundleSizes } from './bundle-size.ts';
import { filterChange } from './filter-change.ts';
import { firstIdle, firstIdlePair } from './first-idle.ts';
import { launch } from './lib/browser.ts';
import { startPreview } from './lib/preview.ts';
import { syntheticProjects } from './synthetic-projects.ts';
import { validateSpeed } from './validate-speed.ts';

const RESULTS = 'bench/results/latest.json';
const SYNTHETIC_COUNT = 10_000;

async function main(): Promise<void> {
  const previous = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
    : {};
  const districts = (
    JSON.parse(readFileSync('data/districts.geojson', 'utf8')) as { features: DistrictFeature[] }
  ).features;
  const synthetic = { 'projects.geojson': JSON.stringify(syntheticProjects(districts, SYNTHETIC_COUNT)) };
  const bundle = bundleSizes();
  const validation = validateSpeed(SYNTHETIC_COUNT);
  const app = await startPreview(4180);
  const bare = await startPreview(4181, 'bench/vite.config.ts');
  const browser = await launch();
  try {
    const shippedIdle = await firstIdle(browser, app.url);
    // App and bare page alternate within one run, so machine load affects both alike.
    const pair = await firstIdlePair(browser, { app: app.url, bare: bare.url }, synthetic);
    const appIdle = pair.app;
    const bareIdle = pair.bare;
    const filter = await filterChange(browser, app.url, synthetic);
    const results = {
      ...previous,
      measuredAt: new Date().toISOString(),
      machine: `${process.platform} ${process.arch}, node ${process.version}, headless Chromium with SwiftShader`,
      bundle,
      firstIdleMs: shippedIdle,
      explore: {
        syntheticProjects: SYNTHETIC_COUNT,
        filterChangeMs: filter,
        firstIdleAppMs: appIdle,
        firstIdleBareMs: bareIdle,
        firstIdleRatio: pair.ratio,
        validateMs: validation,
      },
    };
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.table(
      bundle.chunks.map(({ file, bytes, gzip }) => ({
        file,
        kB: (bytes / 1024).toFixed(1),
        'gzip kB': (gzip / 1024).toFixed(1),
      })),
    );
    console.table({
      'JS total gzip (kB)': { value: (bundle.totalGzip / 1024).toFixed(1), target: '' },
      'first idle, shipped data (ms, median of 5)': { value: shippedIdle.median, target: '' },
      [`first idle, app, ${SYNTHETIC_COUNT} projects (ms, median of 7)`]: {
        value: appIdle.median,
        target: '',
      },
      [`first idle, bare MapLibre, ${SYNTHETIC_COUNT} projects (ms, median of 7)`]: {
        value: bareIdle.median,
        target: '',
      },
      'first idle ratio app / bare': { value: results.explore.firstIdleRatio, target: '≤ 1.2' },
      'filter change median (ms)': { value: filter.median, target: '≤ 8' },
      'filter change p95 (ms)': { value: filter.p95, target: '' },
      [`validate ${SYNTHETIC_COUNT} projects (ms, median)`]: { value: validation.median, target: '< 1000' },
    });
  } finally {
    await browser.close();
    app.stop();
    bare.stop();
  }
}

await main();
