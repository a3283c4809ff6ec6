/**
 * The page sets no window property of its own: the diagnostics hook exists only with `?debug=1`, loaded
 * as its own chunk after the first idle. Compared against a blank page of the same origin in the same
 * browser, so Chromium's own globals cancel out.
 */
import type { Page } from './helper.ts';
import { expect, test } from './helper.ts';

// The service worker registers after the first idle: its client library is part of what is checked.
test.use({ serviceWorkers: 'allow' });

const BLANK = './blank-for-globals.html';

/**
 * Globals that libraries set, not the app: zod 4 keeps its config and schema registry on `globalThis`
 * (shared by every copy of zod in a page). MapLibre, react-map-gl, React, i18next, workbox-window and the
 * bundler's runtime set none. A new entry here is a decision, not a formality.
 */
const LIBRARY_GLOBALS = ['__zod_globalConfig', '__zod_globalRegistry'];

/** Every own property of the window, enumerable or not. */
const windowKeys = (page: Page) => page.evaluate(() => Object.getOwnPropertyNames(window));

async function blankKeys(page: Page): Promise<Set<string>> {
  await page.route('**/blank-for-globals.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>blank</title><div id="root"></div>',
    }),
  );
  await page.goto(BLANK);
  return new Set(await windowKeys(page));
}

/** Opens the app and waits for what happens after its first idle: the service worker is registered. */
async function openAfterFirstIdle(page: Page, query: string): Promise<void> {
  await page.goto(`./?${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:first-idle').length > 0);
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
}

const debugChunkLoads = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\/assets\/debug-hook-[\w-]+\.js$/.test(entry.name))
      .map((entry) => entry.startTime),
  );

test('without debug=1 the page sets no window property of its own and loads no diagnostics', async ({
  page,
}) => {
  const blank = await blankKeys(page);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await openAfterFirstIdle(page, 'lang=en');
  // The map really started (a blank page would pass the globals check too).
  await expect(page.locator('.map-main canvas')).toBeVisible();
  const added = (await windowKeys(page)).filter((key) => !blank.has(key));
  expect(added.filter((key) => !LIBRARY_GLOBALS.includes(key))).toEqual([]);
  expect(added.sort()).toEqual(LIBRARY_GLOBALS);
  expect(requested.filter((url) => url.includes('debug-hook'))).toEqual([]);
  expect(await debugChunkLoads(page)).toEqual([]);
});

test('with debug=1 the diagnostics hook comes after the first idle, from its own chunk', async ({ page }) => {
  const blank = await blankKeys(page);
  await openAfterFirstIdle(page, 'debug=1&lang=en');
  await page.waitForFunction(() => window.__revivalAtlas !== undefined);
  const added = (await windowKeys(page)).filter((key) => !blank.has(key));
  expect(added.filter((key) => !LIBRARY_GLOBALS.includes(key))).toEqual(['__revivalAtlas']);
  const hook = await page.evaluate(() => {
    const atlas = window.__revivalAtlas;
    return {
      mapLoaded: atlas?.map.isStyleLoaded(),
      lang: atlas?.store.getState().ui.lang,
      panes: atlas ? Object.keys(atlas.panes) : undefined,
      secondary: atlas?.secondary === undefined,
    };
  });
  // No comparison yet: no pane or right map exists (they are created on first use).
  expect(hook).toEqual({ mapLoaded: true, lang: 'en', panes: [], secondary: true });
  const [loadedAt, ...again] = await debugChunkLoads(page);
  expect(again).toEqual([]);
  const idleAt = await page.evaluate(() => performance.getEntriesByName('atlas:first-idle')[0]?.startTime);
  expect(loadedAt).toBeGreaterThanOrEqual(idleAt ?? Infinity);
});
