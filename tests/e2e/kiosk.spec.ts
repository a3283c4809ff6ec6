import jsQR from 'jsqr';
import { AIRPORT } from './fixture-data.ts';
import { expect, test } from './kiosk.ts';
import { decodePng } from './pixels.ts';

test('idle: countdown, then a reset that forgets the visitor, then the attract loop; a touch ends it', async ({
  atlas,
  kiosk,
  page,
}) => {
  // The URL's idle time (a kiosk's own setting overridden) is the one the countdown waits for.
  await kiosk.open('&idle=600');
  await kiosk.openFilters();
  await atlas.toggleFilter('Category', 'Housing');
  await atlas.openFromList('Fixture village');
  await expect(atlas.article(/Fixture village/)).toBeVisible();

  await kiosk.goIdle(600);
  await expect(kiosk.countdown).toContainText(/starts again in \d seconds?/);
  // Bilingual exhibit mode: the kiosk's second language (az) is shown too.
  await expect(kiosk.countdown).toContainText('Hələ də baxırsınız?');

  await kiosk.runOutCountdown();
  expect(
    await atlas.state((s) => ({
      filters: s.filters.categories,
      project: s.ui.selectedProjectId,
      lang: s.ui.lang,
    })),
  ).toEqual({ filters: [], project: undefined, lang: 'az' });

  // The loop advances through the scenes that passed the self-test, and only through them.
  const seen = [await kiosk.scene()];
  for (let step = 0; step < 4; step++) seen.push(await kiosk.nextScene());
  expect(seen).toEqual([
    'fixture-fuzuli',
    'fixture-second',
    'fixture-fuzuli',
    'fixture-second',
    'fixture-fuzuli',
  ]);

  await kiosk.attract.click();
  await expect(kiosk.attract).toBeHidden();
  // The next visitor finds the kiosk's home: the scenes (in az, the default language), not the filters.
  await expect(page.getByRole('region', { name: /^Yer seçin/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Filtrlər', exact: true })).toHaveCount(0);
});

test('a touch during the countdown keeps the visitor', async ({ atlas, kiosk }) => {
  await kiosk.open();
  await kiosk.openFilters();
  await atlas.toggleFilter('Category', 'Housing');
  await kiosk.goIdle();
  await kiosk.countdown.getByRole('button', { name: /Keep exploring/ }).click();
  await expect(kiosk.countdown).toBeHidden();
  // Past the countdown's end: the visitor's session is still there.
  await kiosk.pass(5);
  await expect(kiosk.attract).toBeHidden();
  expect(await atlas.state((s) => s.filters.categories)).toEqual(['housing']);
});

test('the QR code opens the current view on a phone', async ({ atlas, kiosk }) => {
  await kiosk.open(`&project=${AIRPORT.id}`);
  await atlas.takeItHome();
  const image = atlas.qrCode;
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

test('no way out: sources are text, not links', async ({ atlas, kiosk, page }) => {
  await kiosk.open(`&project=${AIRPORT.id}`);
  const passport = atlas.article(/Fixture airport/);
  await expect(passport).toContainText('Fixture');
  await expect(page.locator('a[href^="http"]')).toHaveCount(0);
});

test('the guided tour steps through the scenes with their imagery, leaving out one whose imagery is missing', async ({
  atlas,
  kiosk,
  page,
}) => {
  await kiosk.open();
  await atlas.openTour();
  await expect(page.getByRole('region', { name: /Fuzuli/ })).toBeVisible();
  await expect(atlas.tourStep(1, 2)).toBeVisible();
  await atlas.waitForImagery();
  expect(await atlas.sideAt(0.15, 0.5)).toBe('before');
  await atlas.nextTourScene();
  await expect(atlas.tourStep(2, 2)).toBeVisible();
  await expect(page.getByRole('button', { name: /Scene 2: Second scene/ })).toHaveAttribute(
    'aria-current',
    'step',
  );
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after the first load, the tour works offline with local imagery', async ({
    atlas,
    kiosk,
    page,
    context,
  }) => {
    await kiosk.open();
    await atlas.waitForState((s) => s.kiosk.offlineReady === true, 30_000);
    await context.setOffline(true);
    await page.reload();
    await atlas.waitForMapIdle();
    await atlas.openTour();
    await expect(atlas.tourStep(1, 2)).toBeVisible();
    await atlas.waitForImagery();
    expect(await atlas.sideAt(0.15, 0.5)).toBe('before');
    expect(await atlas.sideAt(0.85, 0.5)).toBe('after');
    await page.getByRole('button', { name: 'Close the tour' }).click();
    await kiosk.openFilters();
    await atlas.toggleFilter('Category', 'Housing');
    await expect(atlas.list.getByRole('listitem')).toHaveCount(1);
  });
});
