/**
 * Embedding and sharing: `?embed=1` (the reduced atlas for other sites' iframes), the Share control (link
 * and iframe code through the real clipboard) and the link-preview tags of the built page.
 */
import { FIXTURE_DATA } from './fixture-data.ts';
import { AxeBuilder, expect, test, type Page } from './helper.ts';
import { decodePng } from './pixels.ts';

test.use({ data: FIXTURE_DATA });

const PAIR = 'before=fixture-before&after=fixture-after';
const OPEN = /^Open in Revival Atlas/;

/** The page's address as Share should give it: the view, without the test's debug=1. */
function withoutDebug(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('debug');
  return url.href.replaceAll('%2F', '/').replaceAll('%2C', ',');
}

/** Waits until the page's URL has caught up with the store (it follows after a short delay). */
async function settledUrl(page: Page, part: string): Promise<string> {
  await page.waitForURL((url) => url.search.includes(part));
  return page.url();
}

test('embed=1 shows the map, the attribution and the open link; no filters, list or Share', async ({
  atlas,
  page,
}) => {
  await atlas.open(`embed=1&lang=en&category=housing&${PAIR}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Revival Atlas' })).toBeVisible();
  // The map fills the frame under the title bar; the comparison the link names is open.
  const box = await page.locator('.map-stack').boundingBox();
  expect(box?.width).toBe(1280);
  expect(box?.height).toBeGreaterThan(700);
  await expect(page.getByRole('region', { name: 'Compare imagery' })).toBeVisible();
  await expect(page.locator('.attribution')).toContainText('Fixture tiles');
  await expect(page.getByText(/^District boundaries: Natural Earth/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Filters' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Projects' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);

  // The open link: the same view (the filter, the comparison), the full app, a new tab.
  const link = page.getByRole('link', { name: OPEN });
  await expect(link).toHaveAttribute('target', '_blank');
  const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  const opened = new URL(popup.url());
  expect(opened.searchParams.get('embed')).toBeNull();
  expect(opened.searchParams.get('debug')).toBeNull();
  expect(opened.searchParams.get('category')).toBe('housing');
  expect(opened.searchParams.get('before')).toBe('fixture-before');
  await popup.close();
});

test('embed mode passes axe with zero violations', async ({ atlas, page }) => {
  await atlas.open(`embed=1&lang=en&${PAIR}`);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target}`)).toEqual([]);
});

test.describe('the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  /** Calls to navigator.serviceWorker.register, counted from before the app's first script. */
  async function countRegistrations(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const container = navigator.serviceWorker;
      const register = container.register.bind(container);
      (window as unknown as { swRegisterCalls: number }).swRegisterCalls = 0;
      container.register = (...args) => {
        (window as unknown as { swRegisterCalls: number }).swRegisterCalls += 1;
        return register(...args);
      };
    });
  }
  const registrations = (page: Page) =>
    page.evaluate(async () => ({
      calls: (window as unknown as { swRegisterCalls: number }).swRegisterCalls,
      registered: (await navigator.serviceWorker.getRegistrations()).length,
    }));

  test('the full app registers one after its first idle (the control)', async ({ atlas, page }) => {
    await countRegistrations(page);
    await atlas.open('lang=en');
    await page.evaluate(() => navigator.serviceWorker.ready);
    expect(await registrations(page)).toEqual({ calls: 1, registered: 1 });
  });

  test('an embed registers none', async ({ atlas, page }) => {
    await countRegistrations(page);
    await atlas.open('embed=1&lang=en');
    // The diagnostics hook is installed from the same first-idle step that registers the worker.
    await page.waitForFunction(() => window.__revivalAtlas !== undefined);
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    expect(await registrations(page)).toEqual({ calls: 0, registered: 0 });
  });
});

test.describe('Share', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test('copies the link to the current view and the iframe code, which shows that view', async ({
    atlas,
    page,
  }) => {
    await atlas.open('lang=en');
    await atlas.toggleFilter('Category', 'Housing');
    const expected = withoutDebug(await settledUrl(page, 'category=housing'));

    await page.getByRole('button', { name: 'Share' }).click();
    const panel = page.getByRole('region', { name: 'Share this view' });
    await panel.getByRole('button', { name: 'Copy link' }).click();
    await expect(panel.getByRole('status')).toHaveText('Link copied');
    expect(await clipboard(page)).toBe(expected);
    expect(new URL(expected).searchParams.get('map')).toMatch(/^\d+\.\d{2}\/[\d.]+\/[\d.]+$/);

    await panel.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(panel.getByRole('status')).toHaveText('Embed code copied');
    const code = await clipboard(page);
    const src = `${expected}&embed=1`;
    expect(code).toBe(
      `<iframe src="${src.replaceAll('&', '&amp;')}" title="Revival Atlas: map of the reconstruction" ` +
        'width="100%" height="480" style="border:0" loading="lazy" allowfullscreen ' +
        'referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    );

    // Pasted into a page, the code shows the embed of that view.
    await page.setContent(`<!doctype html><title>News</title><main>${code}</main>`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('link', { name: OPEN })).toBeVisible();
    await expect(frame.getByRole('region', { name: 'Filters' })).toHaveCount(0);
  });
});

test('the built page carries the link-preview tags and their image', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const meta = (key: string) =>
    new RegExp(`<meta\\s+(?:property|name)="${key}"\\s+content="([^"]*)"`).exec(html)?.[1];
  expect(meta('og:title')).toBe('Revival Atlas');
  expect(meta('og:description')).toMatch(/Karabakh and East Zangezur/);
  expect(meta('og:type')).toBe('website');
  expect(meta('twitter:title')).toBe('Revival Atlas');
  // The absolute address comes from SITE_URL at build time; without it the preview has no image.
  const site = process.env.SITE_URL;
  if (site) {
    expect(meta('og:image')).toBe(new URL('og-image.png', site).href);
    expect(meta('twitter:card')).toBe('summary_large_image');
  } else {
    expect(meta('og:image')).toBeUndefined();
    expect(meta('twitter:card')).toBe('summary');
  }
  const image = await request.get('./og-image.png');
  expect(image.headers()['content-type']).toBe('image/png');
  const png = decodePng(await image.body());
  expect([png.width, png.height]).toEqual([1200, 630]);
});
