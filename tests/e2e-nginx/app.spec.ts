import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { LEFT, RIGHT } from '../e2e/pixels.ts';
import {
  ARCHIVE_ORIGIN,
  ARCHIVE_VIEW,
  fixturePath,
  imageryWithUnlistedHost,
  siteImagery,
  UNLISTED_HOST,
} from './site.ts';

interface ArchiveResponse {
  url: string;
  status: number;
  range: string | undefined;
  contentRange: string | undefined;
  encoding: string | undefined;
}

test('the map opens with its data and imagery, under the policy', async ({ atlas, page }) => {
  await atlas.open('debug=1&lang=en');
  await atlas.waitForImagery();
  expect(await atlas.sideAt(0.5, 0.45)).toBe('after');
  await expect(atlas.list.getByRole('listitem')).not.toHaveCount(0);
  await expect(page.locator('footer.attribution')).toContainText('Fixture tiles after');
});

test('a comparison draws a local archive and one on another origin, read by byte ranges', async ({
  atlas,
  page,
}) => {
  const archives: ArchiveResponse[] = [];
  page.on('response', async (response) => {
    if (!new URL(response.url()).pathname.endsWith('.pmtiles')) return;
    const headers = await response.allHeaders();
    archives.push({
      url: response.url(),
      status: response.status(),
      range: (await response.request().headerValue('range')) ?? undefined,
      contentRange: headers['content-range'],
      encoding: headers['content-encoding'],
    });
  });
  await atlas.open(
    `debug=1&lang=en&before=local-before&after=remote-after&mode=swipe&split=50&${ARCHIVE_VIEW}`,
  );
  await atlas.waitForImagery();
  expect(await atlas.sideAt(...LEFT)).toBe('before');
  expect(await atlas.sideAt(...RIGHT)).toBe('after');
  await expect(page.getByRole('status').filter({ hasText: 'Imagery unavailable' })).toHaveCount(0);
  // Both origins answered byte ranges with 206 and nothing compressed them.
  const local = archives.filter((entry) => entry.url.includes('/tiles/fixture-before.pmtiles'));
  const remote = archives.filter((entry) => entry.url.startsWith(`${ARCHIVE_ORIGIN}/cors/`));
  for (const entries of [local, remote]) {
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.range).toMatch(/^bytes=\d+-\d+$/);
      expect(entry.status).toBe(206);
      expect(entry.contentRange).toMatch(/^bytes \d+-\d+\/\d+$/);
      expect(entry.encoding).toBeUndefined();
    }
  }
});

test('an archive origin without CORS gives that side "Imagery unavailable", the other side draws', async ({
  atlas,
  page,
}) => {
  await atlas.open(
    `debug=1&lang=en&before=remote-no-cors&after=fixture-after&mode=swipe&split=50&${ARCHIVE_VIEW}`,
  );
  await expect(page.locator('[data-side="before"]').getByRole('status')).toContainText(
    'Imagery unavailable',
    {
      timeout: 25_000,
    },
  );
  await expect(page.locator('[data-side="after"]').getByRole('status')).toHaveCount(0);
  await atlas.waitForImagery();
  expect(await atlas.sideAt(...RIGHT)).toBe('after');
});

test.describe('a tile host the policy does not list', () => {
  // A curator adds a layer on a new host to the live catalog but the policy is not regenerated.
  const imagery = siteImagery(JSON.parse(readFileSync(fixturePath('data', 'kiosk', 'imagery.json'), 'utf8')));
  test.use({
    data: { 'imagery.json': { text: JSON.stringify(imageryWithUnlistedHost(imagery)) } },
    provokesViolations: true,
  });

  test('is refused by the browser, and that side says "Imagery unavailable"', async ({
    atlas,
    page,
    violations,
  }) => {
    await atlas.open(
      `debug=1&lang=en&before=fixture-before&after=unlisted-after&mode=swipe&split=50&${ARCHIVE_VIEW}`,
    );
    await expect(page.locator('[data-side="after"]').getByRole('status')).toContainText(
      'Imagery unavailable',
      {
        timeout: 25_000,
      },
    );
    await expect(page.locator('[data-side="before"]').getByRole('status')).toHaveCount(0);
    expect(violations.length).toBeGreaterThan(0);
    for (const violation of violations) {
      expect(violation.directive).toMatch(/^(connect-src|img-src)$/);
      expect(violation.blocked.startsWith(UNLISTED_HOST)).toBe(true);
    }
  });
});

test.describe('injected script', () => {
  test.use({ provokesViolations: true });

  test('an inline script, an inline handler and eval are blocked and reported', async ({
    atlas,
    page,
    violations,
  }) => {
    await atlas.open('debug=1&lang=en');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = "script"';
      document.body.append(script);
      const holder = document.createElement('div');
      holder.innerHTML = '<img alt="" src="data:," onerror="window.__injected = \'handler\'">';
      document.body.append(holder);
      // A string run as code later, by the page itself (code run by the test tool is not subject to CSP).
      (setTimeout as (code: string, ms: number) => number)('window.__injected = "eval"', 0);
    });
    await expect
      .poll(() => violations.map((v) => `${v.directive} ${v.blocked}`).sort())
      .toEqual(['script-src eval', 'script-src-attr inline', 'script-src-elem inline']);
    expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
  });
});

test('the service worker serves the app again offline after a visit', async ({ atlas, page, context }) => {
  await atlas.open('debug=1&lang=en');
  // The worker registers after the first idle, precaches the app and takes control of the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
  // A visit under its control keeps the data files (network first, cached for offline).
  await page.reload();
  await atlas.waitForMapIdle();
  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await atlas.waitForMapIdle();
  // Data files from the worker's cache: the list is full and the map draws the districts.
  await expect(atlas.list.getByRole('listitem')).toHaveCount(4);
  await expect(page.getByText('Fixture village')).toBeVisible();
});

test('the kiosk caches its local and remote archives and plays the tour offline', async ({
  atlas,
  page,
  context,
}) => {
  await atlas.open('debug=1&kiosk=1&lang=en');
  await page.waitForFunction(
    () => window.__revivalAtlas?.store.getState().kiosk.offlineReady === true,
    undefined,
    {
      timeout: 30_000,
    },
  );
  const cached = await page.evaluate(async () =>
    (await (await caches.open('atlas-archives')).keys()).map((request) => request.url),
  );
  expect(cached).toEqual(
    expect.arrayContaining([
      expect.stringContaining('/tiles/fixture-before.pmtiles'),
      `${ARCHIVE_ORIGIN}/cors/fixture-after-v1.pmtiles`,
    ]),
  );
  await context.setOffline(true);
  await page.reload();
  await atlas.waitForMapIdle();
  await page.getByRole('button', { name: 'Guided tour' }).click();
  // The scene whose archive is missing (a real 404 from nginx) is left out by the boot self-test.
  await expect(page.getByText('Scene 1 of 2')).toBeVisible();
  await atlas.waitForImagery();
  expect(await atlas.sideAt(0.15, 0.5)).toBe('before');
  expect(await atlas.sideAt(0.85, 0.5)).toBe('after');
});
