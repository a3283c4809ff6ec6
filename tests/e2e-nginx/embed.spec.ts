/**
 * Embedding behind the production configuration. The header itself (frame-ancestors from FRAME_ANCESTORS)
 * is asserted in headers.spec.ts. Framing from a page on another origin is not tested here yet: in this
 * suite the news page's frame never loaded, for the allowed origin as for the refused one (to be found).
 */
import { expect, test } from './fixtures.ts';

test('an embed registers no service worker, where the full app does', async ({ atlas, page }) => {
  await atlas.open('embed=1&lang=en');
  await page.waitForFunction(() => window.__revivalAtlas !== undefined);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  await atlas.open('lang=en');
  await page.evaluate(() => navigator.serviceWorker.ready);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(1);
});
