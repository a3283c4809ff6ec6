/**
 * The imagery panes (swipe, fade) and the right map (side by side) are created on first use and then kept:
 * hidden across modes, they fetch and draw nothing, and shown again they fit their place and camera.
 */
import type { AtlasDriver } from './driver.ts';
import { FIXTURE_DATA } from './fixture-data.ts';
import { expect, test } from './helper.ts';

test.use({ data: FIXTURE_DATA });

const PAIR = 'before=fixture-before&after=fixture-after';

/** Counts the WebGL contexts the page creates. */
function countContexts(): void {
  const counter = { created: 0 };
  (window as unknown as { __contexts: typeof counter }).__contexts = counter;
  const getContext = HTMLCanvasElement.prototype.getContext;
  const seen = new WeakSet<HTMLCanvasElement>();
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
    const context = (getContext as (...a: unknown[]) => RenderingContext | null).apply(this, args);
    if (context && /webgl/.test(String(args[0])) && !seen.has(this)) {
      seen.add(this);
      counter.created++;
    }
    return context;
  } as HTMLCanvasElement['getContext'];
}

const contexts = (atlas: AtlasDriver) =>
  atlas.page.evaluate(() => (window as unknown as { __contexts: { created: number } }).__contexts.created);

async function chooseMode(atlas: AtlasDriver, name: 'Swipe' | 'Fade' | 'Side by side'): Promise<void> {
  await atlas.page.getByRole('radio', { name }).check();
  await atlas.waitForImagery();
}

/** Marks every map canvas, to tell later whether the same canvases (the same maps) are still there. */
const markCanvases = (atlas: AtlasDriver) =>
  atlas.page.evaluate(() => {
    const atlas = window.__revivalAtlas;
    for (const map of [atlas?.map, atlas?.secondary, ...Object.values(atlas?.panes ?? {})])
      map?.getCanvas().setAttribute('data-kept', '');
  });

const markedCanvases = (atlas: AtlasDriver) =>
  atlas.page.evaluate(() => document.querySelectorAll('canvas.maplibregl-canvas[data-kept]').length);

/** What each kept map is doing: shown, drawing, holding imagery, where its camera is. */
async function mapStates(atlas: AtlasDriver) {
  return atlas.page.evaluate(() => {
    const atlas = window.__revivalAtlas;
    type MapLibreMap = NonNullable<typeof atlas>['map'];
    const state = (map: MapLibreMap | undefined, source: string) =>
      map && {
        shown: getComputedStyle(map.getCanvas()).visibility !== 'hidden',
        imagery: map.getSource(source) !== undefined,
        renders: (map as unknown as { __renders?: number }).__renders ?? 0,
        lng: map.getCenter().lng,
        width: map.getCanvas().clientWidth,
        slotWidth: map.getContainer().clientWidth,
      };
    return {
      main: atlas?.map.getCenter().lng,
      secondary: state(atlas?.secondary, 'base-imagery'),
      before: state(atlas?.panes['pane-before'], 'pane-imagery'),
      after: state(atlas?.panes['pane-after'], 'pane-imagery'),
    };
  });
}

/** Counts the frames each kept map draws from now on. */
const countRenders = (atlas: AtlasDriver) =>
  atlas.page.evaluate(() => {
    const atlas = window.__revivalAtlas;
    for (const map of [atlas?.secondary, ...Object.values(atlas?.panes ?? {})]) {
      const counted = map as unknown as { __renders?: number } | undefined;
      if (!map || !counted) continue;
      counted.__renders = 0;
      map.on('render', () => (counted.__renders = (counted.__renders ?? 0) + 1));
    }
  });

test('the comparison maps are created once and kept across modes', async ({ atlas, page }) => {
  await page.addInitScript(countContexts);
  await atlas.open(`${PAIR}&mode=swipe&split=50`);
  await atlas.waitForImagery();
  await chooseMode(atlas, 'Side by side');
  // Main map, two panes, the right map.
  expect(await contexts(atlas)).toBe(4);
  await markCanvases(atlas);
  for (const mode of ['Fade', 'Swipe', 'Side by side', 'Fade'] as const) await chooseMode(atlas, mode);
  await atlas.closeComparisonButton.click();
  await atlas.waitForImagery();
  await atlas.compareButton.click();
  await chooseMode(atlas, 'Side by side');
  expect(await contexts(atlas)).toBe(4);
  expect(await markedCanvases(atlas)).toBe(4);
  expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(4);
});

test('a hidden map fetches and draws nothing; shown again it fits its place and follows', async ({
  atlas,
  page,
}) => {
  await atlas.open(`${PAIR}&mode=side-by-side`);
  await atlas.waitForImagery();
  await chooseMode(atlas, 'Swipe');
  // Swipe: the panes show, the right map is hidden without its imagery source.
  let states = await mapStates(atlas);
  expect(states.secondary).toMatchObject({ shown: false, imagery: false });
  expect(states.before).toMatchObject({ shown: true, imagery: true });

  await atlas.closeComparisonButton.click();
  await atlas.waitForImagery();
  states = await mapStates(atlas);
  for (const side of [states.secondary, states.before, states.after])
    expect(side).toMatchObject({ shown: false, imagery: false });

  // The main map draws the newest layer (the after one) alone: a before tile could only be a hidden pane's.
  let tileRequests = 0;
  page.on('request', (request) => {
    if (request.url().includes('/before/')) tileRequests++;
  });
  await countRenders(atlas);
  await atlas.dragMap(-200, 80);
  states = await mapStates(atlas);
  // The main map moved; nothing hidden drew a frame or asked for a tile.
  for (const side of [states.secondary, states.before, states.after]) expect(side?.renders).toBe(0);
  expect(tileRequests).toBe(0);

  // The window changes while the right map is hidden (a rotated screen).
  await page.setViewportSize({ width: 1100, height: 760 });
  await atlas.compareButton.click();
  await chooseMode(atlas, 'Side by side');
  states = await mapStates(atlas);
  expect(states.secondary).toMatchObject({ shown: true, imagery: true });
  expect(states.secondary?.renders).toBeGreaterThan(0);
  expect(states.secondary?.lng).toBeCloseTo(states.main ?? NaN, 6);
  expect(states.secondary?.width).toBe(states.secondary?.slotWidth);
});
