/**
 * The before/after comparison against @maplibre/maplibre-gl-compare, on the same scene and sources.
 *
 * - Swipe: the app (two imagery-only panes beneath a transparent overlay map; the divider changes the panes'
 *   CSS clip-path) and the plugin page (bench/compare-plugin: two full maps, each with its own overlays,
 *   clipped by the plugin) are dragged over 60 steps from 25 % to 75 % of the map width with the mouse.
 * - Fade: the app (CSS opacity on the after pane) and a fade that re-renders (bench/compare-fade: one map,
 *   `raster-opacity` set with setPaintProperty) step over 60 values.
 *
 * Each run is a fresh 1280×800 context whose remote tiles are answered locally (bench/lib/browser.ts), so all
 * pages fetch the catalog's tile URLs alike. Per run: requests from navigation until the page is idle and
 * the network quiet (tiles, GeoJSON, other data JSON), live WebGL contexts, frame times during the 60 steps
 * (deltas between consecutive requestAnimationFrame callbacks), WebGL draw calls and requests during the
 * steps (a compositing-only change draws nothing), then the JS heap of the main thread and of the MapLibre
 * worker(s) after a forced garbage collection (CDP). Runs alternate between the pages, so machine load
 * falls on all alike; frame times are pooled over the runs, everything else is the median of the runs.
 */
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { isolate } from './lib/browser.ts';
import { heapAfterGc } from './lib/heap.ts';
import { median, percentile } from './lib/stats.ts';

const SCENE = { before: 's2-2019', after: 's2-2025', map: '12.00/39.6000/47.2000' } as const;
const STEPS = 60;
/** Divider (or fade) travel: from 25 % to 75 %. */
const FROM = 0.25;
const TO = 0.75;

type Kind = 'appSwipe' | 'pluginSwipe' | 'appFade' | 'rerenderFade';

interface Requests {
  tiles: number;
  geojson: number;
  /** Other JSON files of the data folder (catalog, scenes, kiosk). */
  dataJson: number;
}

interface Run {
  firstIdleMs: number;
  /** Navigation until idle with the network quiet. */
  load: Requests;
  webglContexts: { live: number; created: number };
  frames: number[];
  /** Wall time of the 60 steps, per step. */
  msPerStep: number;
  /** WebGL draw calls during the steps: 0 when a step is compositing only. */
  drawCalls: number;
  /** Requests during the steps: tiles, and anything else. */
  requestsDuringSteps: { tiles: number; other: number };
  /** Where the divider or the fade ended, in percent (the drag is checked to have reached 75 %). */
  end: number;
  heap: { main: number; workers: number; workerCount: number };
  /** Computed clipping of each side at the start (split 50). */
  clip: Record<string, string>;
}

export interface FrameStats {
  median: number;
  p95: number;
  frames: number;
  msPerStep: number;
  drawCalls: number;
  tileRequestsDuringSteps: number;
  otherRequestsDuringSteps: number;
}

export interface CompareResult {
  scene: string;
  runs: number;
  swipe: {
    app: FrameStats;
    plugin: FrameStats;
    dragFrameMedianRatio: number;
    dragFrameP95Ratio: number;
  };
  requests: { app: Requests; plugin: Requests; geojsonRequestsRatio: number; tileRequestsRatio: number };
  /** On canvases in the page once idle (live), and created since navigation (a remount creates more). */
  webglContexts: Record<'app' | 'plugin' | 'rerenderFade', { live: number; created: number }>;
  firstIdleMs: Record<Kind, number>;
  heapBytes: {
    app: { main: number; workers: number; workerCount: number };
    plugin: { main: number; workers: number; workerCount: number };
    mainHeapRatio: number;
    workerHeapRatio: number;
  };
  clipping: {
    /** Both panes clipped at split 50: a side is never drawn beneath the other. */
    appBothSidesClipped: boolean;
    app: Record<string, string>;
    pluginBothSidesClipped: boolean;
    plugin: Record<string, string>;
  };
  fade: {
    app: FrameStats;
    rerender: FrameStats;
    /** How many times the re-rendering fade's frame time is the app's. */
    rerenderMedianRatio: number;
    rerenderP95Ratio: number;
  };
}

/**
 * Counts WebGL contexts (created, and on canvases in the page) and draw calls, in every page of the
 * context, before any page script runs.
 */
function instrumentWebGL(): void {
  const contexts: { canvas: HTMLCanvasElement }[] = [];
  const seen = new WeakSet<object>();
  const stats = { draws: 0 };
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    type: string,
    ...rest: unknown[]
  ): RenderingContext | null {
    const context = (
      getContext as (this: HTMLCanvasElement, ...args: unknown[]) => RenderingContext | null
    ).call(this, type, ...rest);
    if (context && /webgl/.test(type) && !seen.has(context)) {
      seen.add(context);
      contexts.push({ canvas: this });
    }
    return context;
  } as typeof HTMLCanvasElement.prototype.getContext;
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of [
      'drawElements',
      'drawArrays',
      'drawElementsInstanced',
      'drawArraysInstanced',
    ] as const) {
      const draw = (proto as unknown as Record<string, ((...args: unknown[]) => void) | undefined>)[name];
      if (!draw) continue;
      Object.defineProperty(proto, name, {
        configurable: true,
        writable: true,
        value(this: unknown, ...args: unknown[]) {
          stats.draws++;
          return draw.apply(this, args);
        },
      });
    }
  }
  Object.defineProperty(window, '__webgl', {
    value: {
      stats,
      created: () => contexts.length,
      live: () => contexts.filter(({ canvas }) => document.contains(canvas)).length,
    },
  });
}

interface WebGLProbe {
  stats: { draws: number };
  created: () => number;
  live: () => number;
}
const webgl = (page: Page) =>
  page.evaluate(() => {
    const gl = (window as unknown as { __webgl: WebGLProbe }).__webgl;
    return { live: gl.live(), created: gl.created(), draws: gl.stats.draws };
  });

function kindOf(url: string): keyof Requests | undefined {
  const { hostname, pathname } = new URL(url);
  const local = hostname === 'localhost' || hostname === '127.0.0.1';
  if (!local && /\.(jpe?g|png|webp)$/.test(pathname)) return 'tiles';
  if (pathname.endsWith('.geojson')) return 'geojson';
  if (/\/data\/.*\.json$/.test(pathname)) return 'dataJson';
  return undefined;
}

/** Every request of a context, and a wait for the network to be quiet. */
function watchNetwork(context: BrowserContext) {
  const urls: string[] = [];
  let inFlight = 0;
  let lastChange = Date.now();
  context.on('request', (request) => {
    urls.push(request.url());
    inFlight++;
    lastChange = Date.now();
  });
  const done = () => {
    inFlight--;
    lastChange = Date.now();
  };
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  return {
    count: () => urls.length,
    byKind: (from = 0): Requests => {
      const counts: Requests = { tiles: 0, geojson: 0, dataJson: 0 };
      for (const url of urls.slice(from)) {
        const kind = kindOf(url);
        if (kind) counts[kind]++;
      }
      return counts;
    },
    quiet: async (ms = 1000, timeout = 60_000) => {
      const start = Date.now();
      while (inFlight > 0 || Date.now() - lastChange < ms) {
        if (Date.now() - start > timeout) throw new Error('the network never went quiet');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

/** Starts collecting requestAnimationFrame deltas in the page. */
async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record = { deltas: [] as number[], stop: false };
    (window as unknown as { __frames: typeof record }).__frames = record;
    let last: number | undefined;
    const tick = (time: number) => {
      if (last !== undefined) record.deltas.push(time - last);
      last = time;
      if (!record.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    // The last step's frame is drawn before the recording stops.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const record = (window as unknown as { __frames: { deltas: number[]; stop: boolean } }).__frames;
    record.stop = true;
    return record.deltas.map((delta) => Math.round(delta * 100) / 100);
  });
}

const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

/** 60 mouse moves of a drag from 25 % to 75 % of the area's width, one frame each. */
async function drag(page: Page, handle: Locator, area: Locator): Promise<void> {
  const handleBox = await handle.boundingBox();
  const areaBox = await area.boundingBox();
  if (!handleBox || !areaBox) throw new Error('the divider or the map area is not visible');
  const y = handleBox.y + handleBox.height / 2;
  const xAt = (fraction: number) => areaBox.x + areaBox.width * fraction;
  await page.mouse.move(handleBox.x + handleBox.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(xAt(FROM), y);
  await nextFrame(page);
  await startFrames(page);
  for (let step = 1; step <= STEPS; step++) {
    await page.mouse.move(xAt(FROM + ((TO - FROM) * step) / STEPS), y);
    await nextFrame(page);
  }
}

/** 60 fade steps from 25 % to 75 % inside the page, one frame each. */
async function fade(page: Page, kind: 'appFade' | 'rerenderFade'): Promise<void> {
  const run = (steps: number[]) =>
    page.evaluate(
      async ({ kind, steps }) => {
        const set =
          kind === 'appFade'
            ? (value: number) => window.__revivalAtlas?.store.getState().setSplit(value * 100)
            : (value: number) => window.__bench?.fade?.(value);
        for (const value of steps) {
          set(value);
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      },
      { kind, steps },
    );
  await run([FROM]);
  await startFrames(page);
  await run(Array.from({ length: STEPS }, (_, i) => FROM + ((TO - FROM) * (i + 1)) / STEPS));
}

/** The computed clipping of each side: the app's panes, or the plugin's two map containers. */
async function clipping(page: Page, kind: Kind): Promise<Record<string, string>> {
  return page.evaluate((kind) => {
    const sides =
      kind === 'pluginSwipe'
        ? { before: document.getElementById('before'), after: document.getElementById('after') }
        : {
            before: document.querySelector<HTMLElement>('[data-testid=pane-before]'),
            after: document.querySelector<HTMLElement>('[data-testid=pane-after]'),
          };
    const result: Record<string, string> = {};
    for (const [side, element] of Object.entries(sides)) {
      const style = element ? getComputedStyle(element) : undefined;
      result[`${side} clip-path`] = style?.clipPath ?? 'missing';
      if (kind === 'pluginSwipe') result[`${side} clip`] = style?.clip ?? 'missing';
      if (kind === 'appFade') result[`${side} opacity`] = style?.opacity ?? 'missing';
    }
    return result;
  }, kind);
}

/** The divider's position or the fade's opacity, in percent. */
async function position(page: Page, kind: Kind): Promise<number> {
  const value = await page.evaluate((kind) => {
    if (kind === 'appSwipe' || kind === 'appFade')
      return window.__revivalAtlas?.store.getState().compare.split;
    if (kind === 'pluginSwipe') {
      const compare = window.__bench?.compare as { currentPosition?: number } | undefined;
      const width = document.getElementById('compare')?.getBoundingClientRect().width;
      return compare?.currentPosition !== undefined && width
        ? (compare.currentPosition / width) * 100
        : undefined;
    }
    const opacity = window.__bench?.maps[0]?.getPaintProperty('after', 'raster-opacity');
    return typeof opacity === 'number' ? opacity * 100 : undefined;
  }, kind);
  if (value === undefined) throw new Error(`${kind}: no divider position or fade value`);
  return Math.round(value * 10) / 10;
}

const clipped = (clip: Record<string, string>, side: string) =>
  [clip[`${side} clip-path`], clip[`${side} clip`]].some(
    (value) => value && !['none', 'auto', 'missing'].includes(value),
  );

async function once(
  browser: Browser,
  kind: Kind,
  url: string,
  data: Record<string, string>,
): Promise<Run & { area?: { width: number; height: number } }> {
  // The app's service worker (offline support) is not what this compares; its own fetches would also
  // bypass the page's routes (the synthetic data) and count twice.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  try {
    // tsx compiles with esbuild's keepNames: functions sent to the browser call its `__name` helper.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.addInitScript(instrumentWebGL);
    const network = watchNetwork(context);
    const page = await context.newPage();
    await isolate(page, data);
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName('atlas:first-idle')[0]?.startTime,
      undefined,
      { timeout: 120_000 },
    );
    const firstIdleMs = Math.round(Number(await handle.jsonValue()));
    const app = kind === 'appSwipe' || kind === 'appFade';
    // The app's diagnostics hook (debug=1) loads just after the first idle: the drag below drives it.
    if (app) await page.waitForFunction(() => window.__revivalAtlas !== undefined);
    // The app marks its overlay map's first idle; its imagery panes may still be loading tiles.
    await network.quiet();
    const load = network.byKind();
    const { live, created, draws: drawsBefore } = await webgl(page);
    const areaBox = app ? await page.locator('.map-stack').boundingBox() : undefined;
    const clip = await clipping(page, kind);

    const requestsBefore = network.count();
    const started = Date.now();
    if (kind === 'appSwipe') {
      await drag(
        page,
        page.getByRole('slider', { name: 'Before/after divider' }),
        page.locator('.map-stack'),
      );
    } else if (kind === 'pluginSwipe') {
      await drag(
        page,
        page.locator('.maplibregl-compare .compare-swiper-vertical'),
        page.locator('#compare'),
      );
    } else await fade(page, kind);
    const frames = await stopFrames(page);
    const msPerStep = Math.round(((Date.now() - started) / STEPS) * 10) / 10;
    if (kind === 'appSwipe' || kind === 'pluginSwipe') await page.mouse.up();
    const drawCalls = (await webgl(page)).draws - drawsBefore;
    const tiles = network.byKind(requestsBefore).tiles;
    const requestsDuringSteps = { tiles, other: network.count() - requestsBefore - tiles };
    const end = await position(page, kind);
    if (Math.abs(end - TO * 100) > 2)
      throw new Error(`${kind}: the steps ended at ${end} %, not ${TO * 100} %`);
    await network.quiet(500);
    const heap = await heapAfterGc(page);
    return {
      firstIdleMs,
      load,
      webglContexts: { live, created },
      frames,
      msPerStep,
      drawCalls,
      requestsDuringSteps,
      end,
      heap,
      clip,
      ...(areaBox ? { area: { width: Math.round(areaBox.width), height: Math.round(areaBox.height) } } : {}),
    };
  } finally {
    await context.close();
  }
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const medianOf = (runs: Run[], pick: (run: Run) => number) => median(runs.map(pick));

function frameStats(runs: Run[]): FrameStats {
  const frames = runs.flatMap((run) => run.frames);
  return {
    median: Math.round(median(frames) * 10) / 10,
    p95: Math.round(percentile(frames, 95) * 10) / 10,
    frames: frames.length,
    msPerStep: medianOf(runs, (run) => run.msPerStep),
    drawCalls: medianOf(runs, (run) => run.drawCalls),
    tileRequestsDuringSteps: medianOf(runs, (run) => run.requestsDuringSteps.tiles),
    otherRequestsDuringSteps: medianOf(runs, (run) => run.requestsDuringSteps.other),
  };
}

const requestsOf = (runs: Run[]): Requests => ({
  tiles: medianOf(runs, (run) => run.load.tiles),
  geojson: medianOf(runs, (run) => run.load.geojson),
  dataJson: medianOf(runs, (run) => run.load.dataJson),
});

const contextsOf = (runs: Run[]) => ({
  live: medianOf(runs, (run) => run.webglContexts.live),
  created: medianOf(runs, (run) => run.webglContexts.created),
});

const heapOf = (runs: Run[]) => ({
  main: medianOf(runs, (run) => run.heap.main),
  workers: medianOf(runs, (run) => run.heap.workers),
  workerCount: medianOf(runs, (run) => run.heap.workerCount),
});

export async function compareBench(
  browser: Browser,
  urls: { appUrl: string; pluginUrl: string; fadeUrl: string },
  data: Record<string, string>,
  runs = 3,
): Promise<CompareResult> {
  const appQuery = (mode: 'swipe' | 'fade') =>
    `?debug=1&lang=en&before=${SCENE.before}&after=${SCENE.after}&mode=${mode}&split=50&map=${SCENE.map}`;
  const results: Record<Kind, Run[]> = { appSwipe: [], pluginSwipe: [], appFade: [], rerenderFade: [] };
  let area = { width: 1280, height: 800 };
  for (let i = 0; i < runs; i++) {
    // The app first: its map area's size is the size of the plugin's and the fade page's maps.
    const appSwipe = await once(browser, 'appSwipe', new URL(appQuery('swipe'), urls.appUrl).href, data);
    area = appSwipe.area ?? area;
    const pageQuery = `?before=${SCENE.before}&after=${SCENE.after}&map=${SCENE.map}&split=50&w=${area.width}&h=${area.height}`;
    results.appSwipe.push(appSwipe);
    results.pluginSwipe.push(
      await once(browser, 'pluginSwipe', new URL(pageQuery, urls.pluginUrl).href, data),
    );
    results.appFade.push(await once(browser, 'appFade', new URL(appQuery('fade'), urls.appUrl).href, data));
    results.rerenderFade.push(
      await once(browser, 'rerenderFade', new URL(pageQuery, urls.fadeUrl).href, data),
    );
  }

  const swipe = { app: frameStats(results.appSwipe), plugin: frameStats(results.pluginSwipe) };
  const requests = { app: requestsOf(results.appSwipe), plugin: requestsOf(results.pluginSwipe) };
  const heap = { app: heapOf(results.appSwipe), plugin: heapOf(results.pluginSwipe) };
  const fades = { app: frameStats(results.appFade), rerender: frameStats(results.rerenderFade) };
  const appClip = results.appSwipe[0]?.clip ?? {};
  const pluginClip = results.pluginSwipe[0]?.clip ?? {};
  return {
    scene: `${SCENE.before} | ${SCENE.after} at ${SCENE.map}, ${area.width}×${area.height} map area, ${STEPS} steps ${FROM * 100}→${TO * 100} %`,
    runs,
    swipe: {
      ...swipe,
      dragFrameMedianRatio: ratio(swipe.app.median, swipe.plugin.median),
      dragFrameP95Ratio: ratio(swipe.app.p95, swipe.plugin.p95),
    },
    requests: {
      ...requests,
      geojsonRequestsRatio: ratio(requests.app.geojson, requests.plugin.geojson),
      tileRequestsRatio: ratio(requests.app.tiles, requests.plugin.tiles),
    },
    webglContexts: {
      app: contextsOf(results.appSwipe),
      plugin: contextsOf(results.pluginSwipe),
      rerenderFade: contextsOf(results.rerenderFade),
    },
    firstIdleMs: {
      appSwipe: medianOf(results.appSwipe, (run) => run.firstIdleMs),
      pluginSwipe: medianOf(results.pluginSwipe, (run) => run.firstIdleMs),
      appFade: medianOf(results.appFade, (run) => run.firstIdleMs),
      rerenderFade: medianOf(results.rerenderFade, (run) => run.firstIdleMs),
    },
    heapBytes: {
      ...heap,
      mainHeapRatio: ratio(heap.app.main, heap.plugin.main),
      workerHeapRatio: ratio(heap.app.workers, heap.plugin.workers),
    },
    clipping: {
      appBothSidesClipped: clipped(appClip, 'before') && clipped(appClip, 'after'),
      app: appClip,
      pluginBothSidesClipped: clipped(pluginClip, 'before') && clipped(pluginClip, 'after'),
      plugin: pluginClip,
    },
    fade: {
      ...fades,
      rerenderMedianRatio: ratio(fades.rerender.median, fades.app.median),
      rerenderP95Ratio: ratio(fades.rerender.p95, fades.app.p95),
    },
  };
}
