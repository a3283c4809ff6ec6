/**
 * The only file that imports Playwright. It fixes the network for every test (nothing leaves localhost:
 * remote imagery is answered with local fixture tiles, or refused to simulate being offline), can swap a
 * data file for a fixture, collects page errors, and saves a screenshot of every test as an artifact.
 */
import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type BrowserContext,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AtlasDriver } from './driver.ts';
import { FIXTURE_TILE_COLOURS, hexToRgb, solidPng } from './pixels.ts';

// Accessibility scans (a11y.spec.ts) go through here too: specs import nothing from Playwright packages.
export { AxeBuilder, expect };
export type { BrowserContext, Locator, Page, TestInfo };

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = join(here, '..', 'fixtures');

type Network = 'online' | 'offline';

interface Options {
  /** `online`: remote tiles get fixture tiles; `offline`: every remote request fails. */
  network: Network;
  /** Data file name (e.g. `projects.geojson`) → fixture path under tests/fixtures, or raw text. */
  data: Record<string, { fixture: string } | { text: string }>;
}

interface Fixtures {
  atlas: AtlasDriver;
  pageErrors: string[];
}

const tileCache = new Map<string, Buffer>();
function tileFor(url: string): Buffer {
  const key = url.includes('/before/') ? 'before' : url.includes('/after/') ? 'after' : 'default';
  let tile = tileCache.get(key);
  if (!tile) {
    tile = solidPng(256, 256, hexToRgb(FIXTURE_TILE_COLOURS[key]));
    tileCache.set(key, tile);
  }
  return tile;
}

const isLocal = (url: URL) => url.hostname === 'localhost' || url.hostname === '127.0.0.1';
const isTile = (url: URL) => /\.(jpe?g|png|webp)$/.test(url.pathname) || /\/tile\//.test(url.pathname);

/**
 * Nothing leaves localhost: remote tiles get fixture tiles (`online`) and every other remote request fails.
 * Exported for contexts a test launches itself (the nginx suite's kiosk restart).
 */
export async function routeRemote(context: BrowserContext, network: Network): Promise<void> {
  await context.route(
    (url) => !isLocal(url),
    (route) => {
      const url = new URL(route.request().url());
      if (network === 'online' && isTile(url)) {
        return route.fulfill({ status: 200, contentType: 'image/png', body: tileFor(url.pathname) });
      }
      return route.abort('internetdisconnected');
    },
  );
}

export const test = base.extend<Options & Fixtures>({
  network: ['online', { option: true }],
  data: [{}, { option: true }],
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
  page: async ({ page, network, data }, use) => {
    // Routes on the context: they also see the service worker's requests (offline specs allow one).
    const context = page.context();
    await routeRemote(context, network);
    // Local PMTiles archives, read by range requests as a real server (and the kiosk's) answers them.
    await context.route('**/fixture-tiles/*.pmtiles', (route) => {
      const file = join(FIXTURES, 'tiles', new URL(route.request().url()).pathname.split('/').pop() ?? '');
      if (!existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' });
      const body = readFileSync(file);
      const range = /bytes=(\d+)-(\d*)/.exec(route.request().headers()['range'] ?? '');
      if (!range) return route.fulfill({ status: 200, body, contentType: 'application/octet-stream' });
      const start = Number(range[1]);
      const end = range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
      return route.fulfill({
        status: 206,
        body: body.subarray(start, end + 1),
        headers: {
          'Content-Type': 'application/octet-stream',
          'Content-Range': `bytes ${start}-${end}/${body.length}`,
          'Accept-Ranges': 'bytes',
        },
      });
    });
    for (const [name, override] of Object.entries(data)) {
      await context.route(`**/data/${name}`, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: 'fixture' in override ? readFileSync(join(FIXTURES, override.fixture)) : override.text,
        }),
      );
    }
    await use(page);
  },
  atlas: async ({ page, pageErrors }, use, testInfo) => {
    const driver = new AtlasDriver(page);
    await use(driver);
    // One screenshot per test, kept as an artifact to look at (a passing test on a blank map is no test).
    const file = join(
      'test-results',
      'screenshots',
      `${testInfo.project.name}-${testInfo.titlePath.slice(1).join(' - ')}.png`.replace(/[^\w .-]+/g, '_'),
    );
    mkdirSync(dirname(file), { recursive: true });
    await testInfo.attach('screenshot', {
      body: await page.screenshot({ path: file }),
      contentType: 'image/png',
    });
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});
