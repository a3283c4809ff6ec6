import jsQR from 'jsqr';
import type { AtlasDriver } from './driver.ts';
import { AIRPORT, FIXTURE_DATA } from './fixture-data.ts';
import { expect, FIXTURE_TILE_COLOURS, test } from './helper.ts';
import { decodePng, distance, dominantAround, hexToRgb } from './pixels.ts';

// The kiosk's fixtures: three scenes (one whose imagery archive is missing), local archives for both layers.
test.use({
  data: {
    ...FIXTURE_DATA,
    'imagery.json': { fixture: 'data/kiosk/imagery.json' },
    'scenes.json': { fixture: 'data/kiosk/scenes.json' },
    'kiosk.json': { fixture: 'data/kiosk/kiosk.json' },
  },
});

// Idle after 6 s (kiosk.json in the fixtures counts down 3 s): long enough to act first.
const KIOSK = 'kiosk=1&idle=6&lang=en';

async function sideAt(atlas: AtlasDriver, fx: number, fy: number) {
  const { image } = await atlas.mapPixels();
  const colour = dominantAround(image, Math.round(image.width * fx), Math.round(image.height * fy), 4);
  const before = distance(colour, hexToRgb(FIXTURE_TILE_COLOURS.before));
  const after = distance(colour, hexToRgb(FIXTURE_TILE_COLOURS.after));
  return Math.min(before, after) > 60 ? 'neither' : before < after ? 'before' : 'after';
}

test('idle: countdown, then a reset that forgets the visitor, then the attract loop; a touch ends it', async ({
  atlas,
  page,
}) => {
  await atlas.open(KIOSK);
  await atlas.toggleFilter('Category', 'Housing');
  await atlas.openFromList('Fixture village');
  await expect(page.getByRole('article', { name: /Fixture village/ })).toBeVisible();

  const countdown = page.getByRole('alertdialog', { name: /Still exploring\?/ });
  await expect(countdown).toBeVisible({ timeout: 10_000 });
  await expect(countdown).toContainText(/starts again in \d seconds?/);
  // Bilingual exhibit mode: the kiosk's second language (az) is shown too.
  await expect(countdown).toContainText('Hələ də baxırsınız?');

  const attract = page.getByRole('button', { name: /Touch to explore/ });
  await expect(attract).toBeVisible({ timeout: 10_000 });
  const state = await page.evaluate(() => {
    const s = window.__revivalAtlas?.store.getState();
    return { filters: s?.filters.categories, project: s?.ui.selectedProjectId, lang: s?.ui.lang };
  });
  expect(state).toEqual({ filters: [], project: undefined, lang: 'az' });

  // The loop advances through the scenes that passed the self-test.
  const first = await attract.getAttribute('data-scene');
  await expect.poll(() => attract.getAttribute('data-scene'), { timeout: 10_000 }).not.toBe(first);
  const seen = new Set<string>();
  for (let i = 0; i < 4; i++) {
    seen.add((await attract.getAttribute('data-scene')) ?? '');
    await page.waitForTimeout(1500);
  }
  expect(seen.has('fixture-missing-scene')).toBe(false);

  await attract.click();
  await expect(attract).toBeHidden();
  await expect(page.getByRole('region', { name: 'Filtrlər' })).toBeVisible();
});

test('a touch during the countdown keeps the visitor', async ({ atlas, page }) => {
  await atlas.open(KIOSK);
  await atlas.toggleFilter('Category', 'Housing');
  const countdown = page.getByRole('alertdialog', { name: /Still exploring\?/ });
  await expect(countdown).toBeVisible({ timeout: 10_000 });
  await countdown.getByRole('button', { name: /Keep exploring/ }).click();
  await expect(countdown).toBeHidden();
  expect(await page.evaluate(() => window.__revivalAtlas?.store.getState().filters.categories)).toEqual([
    'housing',
  ]);
});

test('the QR code opens the current view on a phone', async ({ atlas, page }) => {
  await atlas.open(`kiosk=1&lang=en&project=${AIRPORT.id}`);
  await page.getByRole('button', { name: 'Take it home' }).click();
  const image = page.getByRole('img', { name: /QR code of the link/ });
  await expect(image).toBeVisible();
  const png = decodePng(await image.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(code?.data).toMatch(/^https:\/\/revival-atlas\.example\.org\/\?/);
  const url = new URL(code?.data ?? 'https://x/');
  expect(url.searchParams.get('project')).toBe(AIRPORT.id);
  expect(url.searchParams.get('lang')).toBe('en');
  expect(url.searchParams.has('kiosk')).toBe(false);
  expect(url.searchParams.get('map')).toMatch(/^\d+\.\d{2}\/[\d.]+\/[\d.]+$/);
});

test('no way out: sources are text, not links', async ({ atlas, page }) => {
  await atlas.open(`kiosk=1&lang=en&project=${AIRPORT.id}`);
  const passport = page.getByRole('article', { name: /Fixture airport/ });
  await expect(passport).toContainText('Fixture');
  await expect(page.locator('a[href^="http"]')).toHaveCount(0);
});

test('the guided tour steps through the scenes with their imagery, leaving out one whose imagery is missing', async ({
  atlas,
  page,
}) => {
  await atlas.open('kiosk=1&lang=en');
  await page.getByRole('button', { name: 'Guided tour' }).click();
  const tour = page.getByRole('region', { name: /Fuzuli/ });
  await expect(tour).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => window.__revivalAtlas?.store.getState().kiosk.checks?.length))
    .toBe(3);
  await expect(page.getByText('Scene 1 of 2')).toBeVisible();
  await atlas.waitForImagery();
  expect(await sideAt(atlas, 0.15, 0.5)).toBe('before');
  await page.getByRole('button', { name: 'Next scene' }).click();
  await expect(page.getByText('Scene 2 of 2')).toBeVisible();
  await expect(page.getByRole('button', { name: /Scene 2: Second scene/ })).toHaveAttribute(
    'aria-current',
    'step',
  );
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after the first load, the tour works offline with local imagery', async ({
    atlas,
    page,
    context,
  }) => {
    await atlas.open('kiosk=1&lang=en');
    await page.waitForFunction(
      () => window.__revivalAtlas?.store.getState().kiosk.offlineReady === true,
      undefined,
      {
        timeout: 30_000,
      },
    );
    await context.setOffline(true);
    await page.reload();
    await atlas.waitForMapIdle();
    await page.getByRole('button', { name: 'Guided tour' }).click();
    await expect(page.getByText('Scene 1 of 2')).toBeVisible();
    await atlas.waitForImagery();
    expect(await sideAt(atlas, 0.15, 0.5)).toBe('before');
    expect(await sideAt(atlas, 0.85, 0.5)).toBe('after');
    await page.getByRole('button', { name: 'Close the tour' }).click();
    await atlas.toggleFilter('Category', 'Housing');
    await expect(atlas.list.getByRole('listitem')).toHaveCount(1);
  });
});
