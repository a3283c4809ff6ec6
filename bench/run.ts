/**
 * `npm run bench`: measures the production build and writes bench/results/latest.json (merging with the
 * figures other benchmarks wrote), then prints a table. `BENCH_SECTIONS=start,lighthouse` runs only some
 * sections (start, filter, time, compare, load, lighthouse), to keep a run short while working on one of them.
 * The time section also measures the time-lapse (bench/time-lapse.ts) on port BENCH_PORT + 2.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { DistrictFeature } from '../src/data/schema.ts';
import { bundleSizes, criticalPathJs } from './bundle-size.ts';
import { compareBench } from './compare.ts';
import { dateChange } from './date-change.ts';
import { filterChange } from './filter-change.ts';
import { firstIdle, firstIdlePair } from './first-idle.ts';
import { launch } from './lib/browser.ts';
import { lighthousePair, lighthouseRows } from './lighthouse-pair.ts';
import { loadBench } from './load.ts';
import { printLoad } from './load-run.ts';
import { startPreview } from './lib/preview.ts';
import { median, percentile } from './lib/stats.ts';
import { syntheticProjects } from './synthetic-projects.ts';
import { timeLapseBench, timeLapseRows } from './time-lapse.ts';
import { validateSpeed } from './validate-speed.ts';

const RESULTS = 'bench/results/latest.json';
const SYNTHETIC_COUNT = 10_000;
const SECTIONS = ['start', 'filter', 'time', 'compare', 'load', 'lighthouse'] as const;
const chosen = (process.env.BENCH_SECTIONS ?? SECTIONS.join(',')).split(',');
const wanted = (section: (typeof SECTIONS)[number]) => chosen.includes(section);

type Compare = Awaited<ReturnType<typeof compareBench>>;

function printCompare(compare: Compare): void {
  const { swipe, requests, heapBytes, webglContexts, clipping, fade } = compare;
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  console.log(`Compare, app vs @maplibre/maplibre-gl-compare (${compare.scene}, ${compare.runs} runs each):`);
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
}

async function main(): Promise<void> {
  const previous = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
    : {};
  const districts = (
    JSON.parse(readFileSync('data/districts.geojson', 'utf8')) as { features: DistrictFeature[] }
  ).features;
  const synthetic = { 'projects.geojson': JSON.stringify(syntheticProjects(districts, SYNTHETIC_COUNT)) };
  const bundle = bundleSizes();
  // BENCH_PORT: another pair of ports when 4180–4181 are taken.
  const port = Number(process.env.BENCH_PORT ?? 4180);
  const app = await startPreview(port);
  const bare = await startPreview(port + 1, 'bench/vite.config.ts');
  const browser = await launch();
  // The bench build holds several pages (bench/vite.config.ts): the bare baseline is one of them.
  const baselineUrl = new URL('baseline/', bare.url).href;
  const results: Record<string, unknown> = {
    ...previous,
    measuredAt: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, node ${process.version}, headless Chromium with SwiftShader`,
    bundle,
  };
  const explore: Record<string, unknown> = {
    ...((previous.explore as Record<string, unknown> | undefined) ?? {}),
    syntheticProjects: SYNTHETIC_COUNT,
  };
  const summary: Record<string, { value: string | number; target: string }> = {
    'JS total gzip (kB)': { value: (bundle.totalGzip / 1024).toFixed(1), target: '' },
  };
  try {
    if (wanted('start')) {
      const shippedIdle = await firstIdle(browser, app.url);
      // App and bare page alternate within one run, so machine load affects both alike.
      const pair = await firstIdlePair(browser, { app: app.url, bare: baselineUrl }, synthetic);
      const critical = criticalPathJs(pair.appScripts);
      const validation = validateSpeed(SYNTHETIC_COUNT);
      results.firstIdleMs = shippedIdle;
      results.criticalPathJs = critical;
      Object.assign(explore, {
        firstIdleAppMs: pair.app,
        firstIdleBareMs: pair.bare,
        firstIdleRatio: pair.ratio,
        validateMs: validation,
      });
      Object.assign(summary, {
        'app JS on the critical path, gzip (kB)': {
          value: (critical.appGzip / 1024).toFixed(1),
          target: '≤ 60',
        },
        'first idle, shipped data (ms, median of 5)': { value: shippedIdle.median, target: '' },
        [`first idle, app, ${SYNTHETIC_COUNT} projects (ms, median of 7)`]: {
          value: pair.app.median,
          target: '',
        },
        [`first idle, bare MapLibre, ${SYNTHETIC_COUNT} projects (ms, median of 7)`]: {
          value: pair.bare.median,
          target: '',
        },
        'first idle ratio app / bare': { value: pair.ratio, target: '≤ 1.25' },
        [`validate ${SYNTHETIC_COUNT} projects (ms, median)`]: { value: validation.median, target: '< 1000' },
      });
    }
    if (wanted('filter')) {
      const filter = await filterChange(browser, app.url, synthetic);
      explore.filterChangeMs = filter;
      summary['filter change median (ms)'] = { value: filter.median, target: '≤ 5' };
      summary['filter change p95 (ms)'] = { value: filter.p95, target: '≤ 12' };
    }
    if (wanted('time')) {
      // A date step against a filter change, alternating in one run (this machine's speed drifts).
      const dates = [];
      const filters = [];
      for (let round = 0; round < 2; round++) {
        dates.push(await dateChange(browser, app.url, synthetic));
        filters.push(await filterChange(browser, app.url, synthetic));
      }
      const runs = (list: { runs: number[] }[]) => list.flatMap((entry) => entry.runs);
      const round = (ms: number) => Math.round(ms * 10) / 10;
      const date = {
        runs: runs(dates),
        median: round(median(runs(dates))),
        p95: round(percentile(runs(dates), 95)),
      };
      const filter = { runs: runs(filters), median: median(runs(filters)) };
      const ratio = Math.round((date.median / filter.median) * 100) / 100;
      explore.dateChangeMs = { samples: date.runs.length, median: date.median, p95: date.p95 };
      explore.dateVsFilter = { ratio, filterMedian: filter.median, filterSamples: filter.runs.length };
      summary['date step median / p95 (ms)'] = { value: `${date.median} / ${date.p95}`, target: '' };
      summary['date step / filter change, medians'] = { value: ratio, target: '≤ 1.0' };
      // The time-lapse with fixture imagery (its own build copy and server, on the next free port).
      results.timeLapse = await timeLapseBench(port + 2);
    }
    results.explore = explore;
    if (wanted('compare')) {
      // Swipe and fade against @maplibre/maplibre-gl-compare and a re-rendering fade (bench/compare.ts).
      results.compare = await compareBench(
        browser,
        {
          appUrl: app.url,
          pluginUrl: new URL('compare-plugin/', bare.url).href,
          fadeUrl: new URL('compare-fade/', bare.url).href,
        },
        synthetic,
      );
    }
    // nginx with the production configuration against vite preview, under load (bench/load.ts).
    if (wanted('load')) results.load = await loadBench();
    if (wanted('lighthouse')) {
      // By name: Lighthouse's browser resolves nothing but localhost (offline, as at a kiosk).
      results.lighthouseVsBare = await lighthousePair({ app: `${app.url}?lang=en`, bare: baselineUrl });
    }
    // The phone-layout figure (share of a 390 × 844 viewport the map gets) joins here as its own section.
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.table(
      bundle.chunks.map(({ file, bytes, gzip }) => ({
        file,
        kB: (bytes / 1024).toFixed(1),
        'gzip kB': (gzip / 1024).toFixed(1),
      })),
    );
    console.table(summary);
    if (wanted('time')) {
      console.log('Time-lapse, fixture imagery (one colour per date), frames read from the canvas:');
      console.table(timeLapseRows(results.timeLapse as Parameters<typeof timeLapseRows>[0]));
    }
    if (wanted('compare')) printCompare(results.compare as Compare);
    if (wanted('load')) printLoad(results.load as Awaited<ReturnType<typeof loadBench>>);
    if (wanted('lighthouse')) {
      console.log('Lighthouse, app vs bare MapLibre page (medians, alternating runs):');
      console.table(lighthouseRows(results.lighthouseVsBare as Parameters<typeof lighthouseRows>[0]));
    }
  } finally {
    await browser.close();
    app.stop();
    bare.stop();
  }
}

await main();
