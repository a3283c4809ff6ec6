/**
 * Embedding behind the production configuration: `frame-ancestors` (FRAME_ANCESTORS, set for this suite in
 * playwright.config.ts) lets a page on an allowed origin frame `?embed=1` and refuses any other origin.
 * The embedding pages are served by the test from their own loopback origins (a real server: a page that
 * Playwright answers has no address, so Chromium's local network access checks take it for a public site and
 * block its frame of localhost, whatever the policy); the atlas in the frame is nginx's.
 */
import { createServer } from 'node:http';
import type { Page } from '../e2e/helper.ts';
import { expect, test } from './fixtures.ts';
import { ELSEWHERE, EMBEDDER, PORTS } from './site.ts';

const EMBED = `http://localhost:${PORTS.app}/?embed=1&lang=en`;

const NEWS_PAGE = `<!doctype html><html lang="en"><title>News</title><main><h1>News</h1>
  <iframe src="${EMBED}" title="Revival Atlas" width="800" height="480"></iframe></main></html>`;

/** Opens a news page served on `origin` (http://127.0.0.1:port) with the atlas's iframe code in it. */
async function newsPage(page: Page, origin: string): Promise<void> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(NEWS_PAGE);
  });
  const { hostname, port } = new URL(origin);
  await new Promise<void>((resolve) => server.listen(Number(port), hostname, resolve));
  // Closed with the page (at the test's end): keep-alive connections too, so the port is free for the next.
  page.once('close', () => {
    server.closeAllConnections();
    server.close();
  });
  await page.goto(`${origin}/article`);
}

test('an allowed origin can frame the embed, under the policy', async ({ page }) => {
  await newsPage(page, EMBEDDER);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('link', { name: /^Open in Revival Atlas/ })).toBeVisible();
  await expect(frame.locator('footer.attribution')).toContainText('District boundaries');
  await expect(frame.getByRole('region', { name: 'Filters' })).toHaveCount(0);
  const embedded = page.frames().find((candidate) => candidate.url().startsWith(EMBED));
  // Drawn with its data: the map's first idle (the violations fixture watches the frame too).
  await embedded?.waitForFunction(() => performance.getEntriesByName('atlas:first-idle').length > 0);
  expect(embedded).toBeDefined();
});

test('an embed registers no service worker, where the full app does', async ({ atlas, page }) => {
  // (In the http:// news page above the frame is no secure context, so it could not have one anyway.)
  await atlas.open('embed=1&lang=en');
  await page.waitForFunction(() => window.__revivalAtlas !== undefined);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  await atlas.open('lang=en');
  await page.evaluate(() => navigator.serviceWorker.ready);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(1);
});

test.describe('another origin', () => {
  // The browser's refusal is the point: it is checked here rather than failing the test.
  test.use({ provokesViolations: true });

  test('cannot frame it', async ({ page, headerWarnings }) => {
    await newsPage(page, ELSEWHERE);
    await expect
      .poll(() => headerWarnings.find((warning) => warning.includes('frame-ancestors')))
      .toMatch(
        new RegExp(
          `Framing 'http://localhost:${PORTS.app}/' violates .* "frame-ancestors 'self' ${EMBEDDER.replaceAll('.', '\\.')}`,
        ),
      );
    await expect(
      page.frameLocator('iframe').getByRole('link', { name: /^Open in Revival Atlas/ }),
    ).toHaveCount(0);
    expect(page.frames().some((frame) => frame.url().startsWith(EMBED))).toBe(false);
  });
});
