/**
 * `npm run soak`: the kiosk's attract loop, unattended, for 500 scene transitions on the production build,
 * with the scenes shortened (data overrides only: the app runs its own loop, timers and camera flights).
 * Measures the JS heap after forced garbage collection when warm and at the end, WebGL context losses and
 * console/page errors, merges the figures under `soak` into bench/results/latest.json and prints a table.
 *
 * SOAK_TRANSITIONS (default 500), SOAK_SCENE_SECONDS (default 1), SOAK_DIST (the build folder, default
 * dist) and SOAK_FEATURED (scene ids for the loop, comma-separated: to tell which scenes a leak comes with)
 * change the run.
 *
 * `npm run soak:long` (`--long`): a kiosk's day in one run, 5 000 transitions (about 100 minutes), ten heap
 * samples, each printed as it is taken; its figures go under `soakLong`, beside the short run's.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { heapAfterGc, type HeapUsage } from './lib/heap.ts';
import { isolate, launch } from './lib/browser.ts';
import { startPreview } from './lib/preview.ts';
import { watchWebGL, type WebGLWatch } from './lib/webgl-watch.ts';

const RESULTS = 'bench/results/latest.json';
// Not 4190: fetch and Chromium refuse it (a "bad port", ManageSieve).
const PORT = 4275;
const LONG = process.argv.includes('--long');
const TRANSITIONS = Number(process.env.SOAK_TRANSITIONS ?? (LONG ? 5000 : 500));
/**
 * Each scene's time on screen. Shorter than the camera's flight (1.2 s): a flight is cut short by the next
 * scene, as when a visitor taps "Next" quickly, and 500 transitions fit in about ten minutes.
 */
const SCENE_SECONDS = Number(process.env.SOAK_SCENE_SECONDS ?? 1);
const DIST = process.env.SOAK_DIST ?? 'dist';
/** Two rounds of the loop before the first measurement: every scene and compare mode has been shown. */
const WARM_ROUNDS = 2;
/** Heap samples along the way, to tell a trend from noise. */
const SAMPLES = LONG ? 10 : 5;
/** Where the figures go in bench/results/latest.json: the long run does not replace the short one. */
const RESULT_KEY = LONG ? 'soakLong' : 'soak';

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100;

/** The shipped scenes and kiosk settings, with each scene on screen for SCENE_SECONDS. */
function shortenedData(): { data: Record<string, string>; loopLength: number } {
  const scenes = JSON.parse(readFileSync('data/scenes.json', 'utf8')) as {
    scenes: { id: string; seconds?: number }[];
  };
  const kiosk = JSON.parse(readFileSync('data/kiosk.json', 'utf8')) as {
    featuredScenes?: string[];
    countdownSeconds?: number;
  };
  const ids = new Set(scenes.scenes.map((scene) => scene.id));
  const featured = (process.env.SOAK_FEATURED?.split(',') ?? kiosk.featuredScenes ?? []).filter((id) =>
    ids.has(id),
  );
  return {
    data: {
      'scenes.json': JSON.stringify({
        ...scenes,
        scenes: scenes.scenes.map((scene) => ({ ...scene, seconds: SCENE_SECONDS })),
      }),
      // The schema's shortest countdown: the loop starts a few seconds after the page.
      'kiosk.json': JSON.stringify({ ...kiosk, featuredScenes: featured, countdownSeconds: 3 }),
    },
    loopLength: featured.length > 0 ? featured.length : scenes.scenes.length,
  };
}

/** Counts the attract loop's scene changes in the page (the overlay names its scene in `data-scene`). */
function countTransitions(): void {
  const state = { transitions: 0 };
  (window as unknown as { __soak: typeof state }).__soak = state;
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.attributeName === 'data-scene' && record.oldValue !== null) state.transitions++;
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-scene'],
    attributeOldValue: true,
  });
}

const transitions = (page: Page) =>
  page.evaluate(() => (window as unknown as { __soak?: { transitions: number } }).__soak?.transitions ?? 0);

async function waitForTransitions(page: Page, count: number): Promise<void> {
  const timeoutMs = (count - (await transitions(page)) + 10) * SCENE_SECONDS * 1000 * 4 + 30_000;
  await page.waitForFunction(
    (n) => ((window as unknown as { __soak?: { transitions: number } }).__soak?.transitions ?? 0) >= n,
    count,
    { timeout: timeoutMs, polling: 250 },
  );
}

interface Sample {
  transition: number;
  mainMB: number;
  workersMB: number;
  /** DOM nodes and JS event listeners alive after GC: a listener or node leak shows here first. */
  nodes: number;
  listeners: number;
}

/**
 * The heap at transition `at` (counted from the end of the warm-up), with the scene settled: a visitor's
 * "reduce motion" setting holds the attract loop on its scene (a real feature of the loop), the maps finish
 * drawing it, the heap is measured, and the loop goes on. Every sample then sees the same kind of screen,
 * not a flight caught at a random moment with its tiles half loaded.
 */
async function sample(page: Page, samples: Sample[], at: number): Promise<HeapUsage> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.waitForFunction(
    () => {
      const atlas = window.__revivalAtlas;
      const maps = [atlas?.map, atlas?.secondary, ...Object.values(atlas?.panes ?? {})];
      return maps.every(
        (map) =>
          map === undefined ||
          !document.body.contains(map.getCanvas()) ||
          getComputedStyle(map.getCanvas()).visibility === 'hidden' ||
          (!map.isMoving() && map.loaded() && map.areTilesLoaded()),
      );
    },
    undefined,
    { timeout: 60_000, polling: 250 },
  );
  await page.waitForTimeout(500);
  const heap = await heapAfterGc(page);
  const cdp = await page.context().newCDPSession(page);
  const dom = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const taken = {
    transition: at,
    mainMB: mb(heap.main),
    workersMB: mb(heap.workers),
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
  };
  samples.push(taken);
  // As it is taken: a long run that is stopped early still tells its trend.
  console.log(`sample ${JSON.stringify(taken)}`);
  return heap;
}

async function main(): Promise<void> {
  const started = Date.now();
  const { data, loopLength } = shortenedData();
  const preview = await startPreview(PORT, undefined, DIST);
  const browser = await launch();
  const consoleErrors: string[] = [];
  let firstErrorSeconds: number | undefined;
  const pageErrors: string[] = [];
  try {
    // The kiosk's landscape screen. The service worker is off: its fetches would bypass the page's routes.
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      serviceWorkers: 'block',
    });
    // tsx compiles with esbuild's keepNames: functions sent to the browser call its `__name` helper.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.addInitScript(watchWebGL);
    await context.addInitScript(countTransitions);
    const page = await context.newPage();
    page.on('console', (message) => {
      // With where it came from: "Failed to load resource" alone does not say which.
      if (message.type() !== 'error') return;
      consoleErrors.push(`${message.text()} (${message.location().url})`);
      firstErrorSeconds ??= Math.round((Date.now() - started) / 1000);
    });
    page.on('pageerror', (error) => {
      pageErrors.push(error.message);
      firstErrorSeconds ??= Math.round((Date.now() - started) / 1000);
    });
    await isolate(page, data);
    // Idle after 1 s and the shortest countdown: the attract loop starts by itself, as on a kiosk nobody touches.
    // debug=1: the diagnostics hook (window.__revivalAtlas) tells when the maps have settled.
    await page.goto(`${preview.url}?debug=1&kiosk=1&lang=en&idle=1`);
    await page.getByRole('button', { name: /Touch to explore/ }).waitFor({ timeout: 60_000 });

    const warm = WARM_ROUNDS * loopLength;
    // Whole rounds of the loop, so the last sample shows the same scene as the first.
    const total = Math.ceil(TRANSITIONS / loopLength) * loopLength;
    await waitForTransitions(page, warm);
    const loopStarted = Date.now();
    const samples: Sample[] = [];
    // Every sample at the same place in the loop (a multiple of its length), so the same maps are on screen.
    const step = Math.max(loopLength, Math.round(total / SAMPLES / loopLength) * loopLength);
    const first = await sample(page, samples, 0);
    for (let done = step; done < total; done += step) {
      await waitForTransitions(page, warm + done);
      await sample(page, samples, done);
    }
    await waitForTransitions(page, warm + total);
    const last = await sample(page, samples, total);
    const measured = (await transitions(page)) - warm;
    const loopSeconds = Math.round((Date.now() - loopStarted) / 1000);
    const webgl = await page.evaluate(() => (window as unknown as { __webglWatch: WebGLWatch }).__webglWatch);
    const stillLooping = await page.getByRole('button', { name: /Touch to explore/ }).isVisible();
    const serverEnded = preview.ended();
    const fallback = await page.locator('.error-fallback').count();
    await context.close();

    const soak = {
      measuredAt: new Date().toISOString(),
      viewport: '1920x1080',
      sceneSeconds: SCENE_SECONDS,
      loopLength,
      warmTransitions: warm,
      transitions: measured,
      loopSeconds,
      totalSeconds: Math.round((Date.now() - started) / 1000),
      heapMB: {
        start: mb(first.main),
        end: mb(last.main),
        growth: mb(last.main - first.main),
        workersStart: mb(first.workers),
        workersEnd: mb(last.workers),
        workersGrowth: mb(last.workers - first.workers),
        workerCount: last.workerCount,
        samples,
      },
      webglContexts: webgl,
      consoleErrors: consoleErrors.length,
      pageErrors: pageErrors.length,
      errorMessages: [...new Set([...pageErrors, ...consoleErrors])].slice(0, 10),
      firstErrorSeconds: firstErrorSeconds ?? null,
      stillLooping,
      errorFallbackShown: fallback > 0,
      // The page needs the server only for its first load; if it went away, requests after that fail.
      previewServerEnded: serverEnded ?? null,
      targets: { heapGrowthMB: '< 5', contextLosses: 0, errors: 0 },
    };
    // Read just before writing: other benchmarks may have written meanwhile.
    const previous = existsSync(RESULTS)
      ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
      : {};
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify({ ...previous, [RESULT_KEY]: soak }, null, 2)}\n`);

    console.log(
      `Soak: attract loop of ${loopLength} scenes at ${SCENE_SECONDS} s, 1920×1080, after ${warm} warm-up transitions`,
    );
    console.table({
      'scene transitions': { value: measured, target: `≥ ${TRANSITIONS}` },
      'loop time (s)': { value: loopSeconds, target: '' },
      'whole run incl. start-up (s)': { value: soak.totalSeconds, target: LONG ? '' : '< 900' },
      'main heap after GC, warm (MB)': { value: soak.heapMB.start, target: '' },
      'main heap after GC, end (MB)': { value: soak.heapMB.end, target: '' },
      'main heap growth (MB)': { value: soak.heapMB.growth, target: '< 5' },
      'worker heap growth (MB)': { value: soak.heapMB.workersGrowth, target: '' },
      'DOM nodes, warm → end': { value: `${samples[0]?.nodes} → ${samples.at(-1)?.nodes}`, target: '' },
      'JS event listeners, warm → end': {
        value: `${samples[0]?.listeners} → ${samples.at(-1)?.listeners}`,
        target: '',
      },
      'WebGL contexts created | released by the app': {
        value: `${webgl.created} | ${webgl.released}`,
        target: '',
      },
      'WebGL context losses': { value: webgl.lost, target: 0 },
      'console errors': { value: consoleErrors.length, target: 0 },
      'page errors': { value: pageErrors.length, target: 0 },
      'attract loop still running at the end': { value: stillLooping, target: true },
    });
    console.table(samples);
    if (soak.errorMessages.length > 0) console.log('Errors:', soak.errorMessages);
    if (serverEnded) console.log('The preview server ended during the run:', serverEnded);
  } finally {
    await browser.close();
    preview.stop();
  }
}

await main();
