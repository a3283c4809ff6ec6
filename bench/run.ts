/**
 * `npm run bench`: measures the production build and writes bench/results/latest.json (merging with the
 * figures other benchmarks wrote), then prints a table.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { DistrictFeature } from '../src/data/schema.ts';
import { bundleSizes } from './bundle-size.ts';
import { compareBench } from './compare.ts';
import { filterChange } from './filter-change.ts';
import { firstIdle, firstIdlePair } from './first-idle.ts';
import { launch } from './lib/browser.ts';
import { loadBench } from './load.ts';
import { printLoad } from './load-run.ts';
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
    // The bench build holds several pages (bench/vite.config.ts): the bare baseline is one of them.
    const baselineUrl = new URL('baseline/', bare.url).href;
    const pair = await firstIdlePair(browser, { app: app.url, bare: baselineUrl }, synthetic);
    const appIdle = pair.app;
    const bareIdle = pair.bare;
    const filter = await filterChange(browser, app.url, synthetic);
    // Swipe and fade against @maplibre/maplibre-gl-compare and a re-rendering fade (bench/compare.ts).
    const compare = await compareBench(
      browser,
      {
        appUrl: app.url,
        pluginUrl: new URL('compare-plugin/', bare.url).href,
        fadeUrl: new URL('compare-fade/', bare.url).href,
      },
      synthetic,
    );
    // nginx with the production configuration against vite preview, under load (bench/load.ts).
    const load = await loadBench();
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
      compare,
      load,
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
    const { swipe, requests, heapBytes, webglContexts, clipping, fade } = compare;
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.log(
      `Compare, app vs @maplibre/maplibre-gl-compare (${compare.scene}, ${compare.runs} runs each):`,
    );
    console.table({
      'swipe drag frame median (ms), app | plugin': {
        value: `${swipe.app.median} | ${swipe.plugin.median}`,
        target: '',
      },
      'swipe drag frame p95 (ms), app | plugin': {
        value: `${swipe.app.p95} | ${swipe.plugin.p95}`,
        target: '',
      },
      'swipe drag frame median ratio app / plugin': { value: swipe.dragFrameMedianRatio, target: '≤ 1.0' },
      'swipe drag frame p95 ratio app / plugin': { value: swipe.dragFrameP95Ratio, target: '≤ 1.0' },
      'swipe WebGL draw calls during drag, app | plugin': {
        value: `${swipe.app.drawCalls} | ${swipe.plugin.drawCalls}`,
        target: '0 (compositing only)',
      },
      'swipe tile requests during drag, app | plugin': {
        value: `${swipe.app.tileRequestsDuringSteps} | ${swipe.plugin.tileRequestsDuringSteps}`,
        target: '0',
      },
      'GeoJSON requests to idle, app | plugin': {
        value: `${requests.app.geojson} | ${requests.plugin.geojson}`,
        target: '',
      },
      'GeoJSON requests ratio app / plugin': { value: requests.geojsonRequestsRatio, target: '≤ 0.5' },
      'tile requests to idle, app | plugin': {
        value: `${requests.app.tiles} | ${requests.plugin.tiles}`,
        target: '',
      },
      'tile requests ratio app / plugin': { value: requests.tileRequestsRatio, target: '' },
      'WebGL contexts, app | plugin': {
        value: `${webglContexts.app.live} | ${webglContexts.plugin.live}`,
        target: '',
      },
      'main-thread heap (MB), app | plugin': {
        value: `${mb(heapBytes.app.main)} | ${mb(heapBytes.plugin.main)}`,
        target: '',
      },
      'main-thread heap ratio app / plugin': { value: heapBytes.mainHeapRatio, target: '' },
      'worker heap (MB), app | plugin': {
        value: `${mb(heapBytes.app.workers)} | ${mb(heapBytes.plugin.workers)}`,
        target: '',
      },
      'worker heap ratio app / plugin': { value: heapBytes.workerHeapRatio, target: '≤ 0.8' },
      'both sides clipped, app | plugin': {
        value: `${clipping.appBothSidesClipped} | ${clipping.pluginBothSidesClipped}`,
        target: 'app: true',
      },
      'fade frame median (ms), app (CSS opacity) | re-render (setPaintProperty)': {
        value: `${fade.app.median} | ${fade.rerender.median}`,
        target: '',
      },
      'fade frame p95 (ms), app | re-render': { value: `${fade.app.p95} | ${fade.rerender.p95}`, target: '' },
      'fade WebGL draw calls, app | re-render': {
        value: `${fade.app.drawCalls} | ${fade.rerender.drawCalls}`,
        target: '',
      },
      're-render fade / app fade, median | p95': {
        value: `${fade.rerenderMedianRatio} | ${fade.rerenderP95Ratio}`,
        target: '',
      },
    });
    printLoad(load);
  } finally {
    await browser.close();
    app.stop();
    bare.stop();
  }
}

await main();
