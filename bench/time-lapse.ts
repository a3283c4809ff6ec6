/**
 * The time-lapse on the production build with fixture imagery (bench/lib/date-tiles.ts: ten dates, one
 * colour each, from a local tile server):
 * - frames shown with incomplete or wrong-date imagery while the app's player plays the ten dates, read
 *   from the canvas (bench/lib/frame-sampler.ts), from the network and replayed from the cache;
 * - time from a date step to the new imagery fully drawn, from the network (fresh pages) and cached
 *   (the same dates again);
 * - main-thread and worker heap growth over 50 loops of the ten dates, and WebGL contexts created.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from './lib/browser.ts';
import { COLOURS, fixtureBuild, startTileServer, YEARS, type TileServer } from './lib/date-tiles.ts';
import {
  installSampler,
  judgeFrames,
  type FrameVerdict,
  type SamplerState,
} from '../tests/e2e/frame-sampler.ts';
import { heapAfterGc } from './lib/heap.ts';
import { startPreview } from './lib/preview.ts';
import { median, percentile } from './lib/stats.ts';
import { watchWebGL, type WebGLWatch } from './lib/webgl-watch.ts';

const OUT = 'dist-time-lapse';
/** A tile from the "network": 50–250 ms, six at a time per host (HTTP/1.1), as from a tile server afar. */
const NETWORK_DELAY = [50, 250] as const;
// TIME_LAPSE_LOOPS and TIME_LAPSE_PAGES shorten a run while working on it.
const NETWORK_PAGES = Number(process.env.TIME_LAPSE_PAGES ?? 4);
const LOOPS = Number(process.env.TIME_LAPSE_LOOPS ?? 50);
const WARM_LOOPS = 2;
const VIEW = 'map=11/39.70/46.90';
const DAYS = YEARS.map((year) => `${year}-12-31`);

type Frames = { __frames: SamplerState };

/** The app on the first date, its first imagery drawn, the sampler reading every frame. */
async function openFirstDate(browser: Browser, url: string, webgl = false): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  // tsx compiles with esbuild's keepNames: functions sent to the browser call its `__name` helper.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  if (webgl) await context.addInitScript(watchWebGL);
  const page = await context.newPage();
  await page.goto(`${url}?debug=1&lang=en&asOf=${DAYS[0]}&${VIEW}`, { timeout: 120_000 });
  await page.waitForFunction(() => window.__revivalAtlas?.map.loaded() === true, undefined, {
    timeout: 120_000,
  });
  await page.evaluate(installSampler, COLOURS);
  await page.evaluate((year) => (window as unknown as Frames).__frames.waitFor(year, 60_000), YEARS[0] ?? '');
  return page;
}

/** Steps through `days` (through the store, as the player does) and times each to its imagery drawn. */
function stepTimes(page: Page, days: string[]): Promise<number[]> {
  return page.evaluate(async (steps) => {
    const atlas = window.__revivalAtlas;
    const frames = (window as unknown as Frames).__frames;
    if (!atlas) throw new Error('no diagnostics hook');
    const times: number[] = [];
    for (const day of steps) {
      const start = performance.now();
      atlas.store.getState().setAsOf(day);
      const drawn = await frames.waitFor(day.slice(0, 4), 60_000);
      times.push(drawn - start);
    }
    return times;
  }, days);
}

/** The app's own player over the ten dates, fast; the frames it showed, judged. */
async function playThrough(page: Page): Promise<FrameVerdict> {
  await page.evaluate(async (first) => {
    const frames = (window as unknown as Frames).__frames;
    window.__revivalAtlas?.store.getState().setAsOf(first);
    await frames.waitFor(first.slice(0, 4), 60_000);
    frames.reset();
  }, DAYS[0] ?? '');
  await page.getByLabel('Speed').selectOption('fast');
  await page.getByRole('button', { name: 'Play time-lapse' }).click();
  const last = DAYS.at(-1) ?? '';
  await page.waitForFunction(
    (day) => document.querySelector('.timeline-track[role=slider]')?.getAttribute('data-day') === day,
    last,
    { timeout: 180_000, polling: 100 },
  );
  await page.evaluate(
    (year) => (window as unknown as Frames).__frames.waitFor(year, 60_000),
    last.slice(0, 4),
  );
  const state = await page.evaluate(() => {
    const { drawn, claims } = (window as unknown as Frames).__frames;
    return { drawn, claims };
  });
  return judgeFrames(state, YEARS);
}

const summary = (runs: number[]) => {
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { samples: runs.length, median: round(median(runs)), p95: round(percentile(runs, 95)) };
};
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100;

async function measure(browser: Browser, url: string, server: TileServer) {
  // From the network: fresh pages (an empty cache each), one step per date.
  server.setDelay(NETWORK_DELAY);
  const network: number[] = [];
  for (let run = 0; run < NETWORK_PAGES; run++) {
    const page = await openFirstDate(browser, url);
    network.push(...(await stepTimes(page, DAYS.slice(1))));
    await page.context().close();
  }
  const page = await openFirstDate(browser, url, true);
  const playedFromNetwork = await playThrough(page);
  const playedFromCache = await playThrough(page);
  // Cached: the same ten dates, again and again (a loop ends by stepping back to the first date).
  server.resetCount();
  const loop = [...DAYS.slice(1), DAYS[0] ?? ''];
  for (let i = 0; i < WARM_LOOPS; i++) await stepTimes(page, loop);
  const before = await heapAfterGc(page);
  await page.evaluate(() => (window as unknown as Frames).__frames.reset());
  const cached: number[] = [];
  for (let i = 0; i < LOOPS; i++) {
    cached.push(...(await stepTimes(page, loop)));
    // The records of one loop are judged and dropped: fifty loops of them would weigh on the heap measured.
    if (i === 0) await page.evaluate(() => ((window as unknown as Frames).__frames.recording = false));
  }
  const after = await heapAfterGc(page);
  const stepsFromCache = judgeFrames(
    await page.evaluate(() => {
      const { drawn, claims } = (window as unknown as Frames).__frames;
      return { drawn, claims };
    }),
    YEARS,
  );
  const webgl = await page.evaluate(() => (window as unknown as { __webglWatch: WebGLWatch }).__webglWatch);
  await page.context().close();
  return {
    dates: YEARS.length,
    networkTileDelayMs: NETWORK_DELAY,
    wrongFrames: { playedFromNetwork, playedFromCache, firstLoopOfCachedSteps: stepsFromCache },
    stepToDrawnMs: { network: summary(network), cached: summary(cached) },
    tileRequestsDuringCachedLoops: server.requests(),
    heapMB: {
      loops: LOOPS,
      mainStart: mb(before.main),
      mainGrowth: mb(after.main - before.main),
      workersStart: mb(before.workers),
      workersGrowth: mb(after.workers - before.workers),
      workerCount: after.workerCount,
    },
    webglContexts: webgl,
    targets: { wrongFrames: 0, heapGrowthMB: '< 2', webglContextsCreated: '≤ 6' },
  };
}

export type TimeLapseResult = Awaited<ReturnType<typeof measure>>;

/** Builds the fixture copy of `dist`, serves it on `port` and measures. */
export async function timeLapseBench(port: number, dist = 'dist'): Promise<TimeLapseResult> {
  const server = await startTileServer();
  fixtureBuild(dist, OUT, server.origin);
  const preview = await startPreview(port, undefined, OUT);
  // Not a Playwright route (it would switch the HTTP cache off): no remote host resolves at all.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
  });
  try {
    return await measure(browser, preview.url, server);
  } finally {
    await browser.close();
    preview.stop();
    await server.close();
  }
}

export function timeLapseRows(
  result: TimeLapseResult,
): Record<string, { value: string | number; target: string }> {
  const { wrongFrames: w, stepToDrawnMs: s, heapMB: h, webglContexts: g } = result;
  const frames = (v: FrameVerdict) => `${v.wrong} of ${v.frames} (held ${v.held})`;
  return {
    'time-lapse wrong frames, network (of frames judged)': {
      value: frames(w.playedFromNetwork),
      target: '0',
    },
    'time-lapse wrong frames, cached': { value: frames(w.playedFromCache), target: '0' },
    'date steps wrong frames, cached (one loop)': { value: frames(w.firstLoopOfCachedSteps), target: '0' },
    'step to imagery drawn, network: median / p95 ms (n)': {
      value: `${s.network.median} / ${s.network.p95} (${s.network.samples})`,
      target: '',
    },
    'step to imagery drawn, cached: median / p95 ms (n)': {
      value: `${s.cached.median} / ${s.cached.p95} (${s.cached.samples})`,
      target: '',
    },
    'tile requests during the cached loops': { value: result.tileRequestsDuringCachedLoops, target: '0' },
    [`heap growth over ${h.loops} loops, main | workers (MB)`]: {
      value: `${h.mainGrowth} | ${h.workersGrowth}`,
      target: '< 2',
    },
    'WebGL contexts created | lost': { value: `${g.created} | ${g.lost}`, target: '≤ 6 | 0' },
  };
}
