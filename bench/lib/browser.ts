/** Chromium for benchmarks: Debian's binary, software GL, and no request leaving localhost. */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

function solidTile(r: number, g: number, b: number): Buffer {
  const png = new PNG({ width: 256, height: 256 });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = r;
    png.data[i + 1] = g;
    png.data[i + 2] = b;
    png.data[i + 3] = 255;
  }
  return PNG.sync.write(png);
}

const TILE = solidTile(47, 111, 79);

/**
 * Remote tiles are answered locally (a fixed cost, like a warm cache); anything else remote is refused.
 * `data` replaces data files by name (e.g. 10 000 synthetic projects for projects.geojson).
 */
export async function isolate(page: Page, data: Record<string, string> = {}): Promise<void> {
  // The bench runs through tsx, whose transform keeps function names with a `__name` helper: a function
  // passed to page.evaluate carries calls to it, which the page must have.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  for (const [name, body] of Object.entries(data)) {
    await page.route(`**/data/${name}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
  }
  await page.route(
    (url) => url.hostname !== 'localhost' && url.hostname !== '127.0.0.1',
    (route) =>
      /\.(jpe?g|png|webp)$/.test(new URL(route.request().url()).pathname)
        ? route.fulfill({ status: 200, contentType: 'image/png', body: TILE })
        : route.abort('internetdisconnected'),
  );
}

/**
 * The app at 1280 x 800, isolated with `data`, opened with `query` and `debug=1` (the diagnostics hook, loaded
 * after the first idle, gives the map to wait for), once `selector` is on the page.
 */
export async function openAtlas(
  browser: Browser,
  url: string,
  data: Record<string, string>,
  query: string,
  selector: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await isolate(page, data);
  await page.goto(new URL(`?debug=1&${query}`, url).href, { timeout: 120_000 });
  await page.waitForFunction(() => window.__revivalAtlas !== undefined, undefined, { timeout: 120_000 });
  await page.waitForSelector(selector);
  return { context, page };
}
