/**
 * `npm run og-image`: the link-preview picture, public/og-image.png (1200 × 630, the size Open Graph and
 * X cards show best): a screenshot of the atlas as a visitor opens it, from the production build with the
 * shipped data, taken by Playwright with the system Chromium. Build first (`npx vite build`); the build is
 * served meanwhile by `vite preview` on PORT (default 4199).
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.PORT ?? 4199);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = 'public/og-image.png';
const URL = `http://localhost:${PORT}/?lang=en&debug=1`;

async function serverUp(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(URL)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`vite preview did not answer at ${URL}`);
}

// A process group of its own: npx starts vite as a child, and both must stop at the end.
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'inherit',
  detached: true,
});
try {
  await serverUp();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  // The picture is the atlas's own drawing (districts, projects, the vector base): remote imagery would
  // make it depend on a tile server's day, so it is not fetched, and its notice is left out of the picture.
  await page.route(
    (url) => url.hostname !== 'localhost',
    (route) => route.abort(),
  );
  await page.goto(URL);
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('atlas:first-idle').length > 0 &&
      window.__revivalAtlas?.map.loaded() === true,
    undefined,
    { timeout: 60_000 },
  );
  await page.addStyleTag({ content: '.imagery-notice { display: none !important; }' });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__revivalAtlas?.map;
        if (!map) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
  await page.screenshot({ path: OUT });
  await browser.close();
  console.error(`Wrote ${OUT}`);
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}
