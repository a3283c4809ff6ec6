import { AIRPORT, FIXTURE_DATA } from './fixture-data.ts';
import { expect, test } from './helper.ts';
import { LEFT, RIGHT } from './pixels.ts';

test.use({ data: FIXTURE_DATA });

const PAIR = 'before=fixture-before&after=fixture-after';

test('swipe shows before left of the divider and after right of it', async ({ atlas, page }) => {
  await atlas.open(`${PAIR}&mode=swipe&split=50`);
  await atlas.waitForImagery();
  expect(await atlas.sideAt(...LEFT)).toBe('before');
  expect(await atlas.sideAt(...RIGHT)).toBe('after');
  await expect(page.getByText('Before: Before (fixture)')).toBeVisible();
  await expect(page.getByText('After: After (fixture)')).toBeVisible();
  // Attribution of both visible layers.
  await expect(atlas.attribution).toContainText('Fixture tiles before');
  await expect(atlas.attribution).toContainText('Fixture tiles after');
});

test('the divider is a slider moved by keyboard and by dragging, without panning the map', async ({
  atlas,
  page,
}) => {
  await atlas.open(`${PAIR}&mode=swipe&split=50`);
  const divider = atlas.divider;
  await expect(divider).toHaveAttribute('aria-valuenow', '50');
  await expect(divider).toHaveAttribute('aria-valuetext', '50% before');
  await divider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(divider).toHaveAttribute('aria-valuenow', '49');
  await page.keyboard.press('PageDown');
  await expect(divider).toHaveAttribute('aria-valuenow', '39');
  await page.keyboard.press('End');
  await expect(divider).toHaveAttribute('aria-valuenow', '100');
  await atlas.waitForImagery();
  expect(await atlas.sideAt(...RIGHT)).toBe('before');
  await page.keyboard.press('Home');
  await expect(divider).toHaveAttribute('aria-valuenow', '0');
  await atlas.waitForImagery();
  expect(await atlas.sideAt(...LEFT)).toBe('after');

  const centre = await atlas.mapCenter();
  await atlas.dragDivider(0.7);
  await expect.poll(async () => Number(await divider.getAttribute('aria-valuenow'))).toBeGreaterThan(65);
  await atlas.waitForImagery();
  expect(await atlas.sideAt(0.6, 0.45)).toBe('before');
  expect(await atlas.sideAt(...RIGHT)).toBe('after');
  expect(await atlas.mapCenter()).toEqual(centre);
  await expect(page).toHaveURL(/split=7\d/);
});

test('fade at 0 shows before, at 100 shows after', async ({ atlas }) => {
  await atlas.open(`${PAIR}&mode=fade&split=0`);
  await atlas.waitForImagery();
  expect(await atlas.sideAt(...LEFT)).toBe('before');
  expect(await atlas.sideAt(...RIGHT)).toBe('before');
  await atlas.opacity.fill('100');
  await atlas.waitForImagery();
  expect(await atlas.sideAt(...LEFT)).toBe('after');
  expect(await atlas.sideAt(...RIGHT)).toBe('after');
});

test('side by side shows both layers in two synced maps', async ({ atlas }) => {
  await atlas.open(`${PAIR}&mode=side-by-side`);
  await expect(atlas.secondaryCanvas).toBeVisible();
  await atlas.waitForImagery();
  expect(await atlas.sideAt(0.25, 0.45)).toBe('before');
  expect(await atlas.sideAt(0.75, 0.45)).toBe('after');
  await atlas.dragMap(-120, 0);
  const [main, secondary] = await atlas.centres();
  expect(main?.lng).toBeCloseTo(secondary?.lng ?? NaN, 6);
  expect(main?.lat).toBeCloseTo(secondary?.lat ?? NaN, 6);
});

test("a project's Before / after opens the comparison framed on it", async ({ atlas, page }) => {
  await atlas.open(`project=${AIRPORT.id}`);
  await atlas.beforeAfterButton.click();
  await expect(atlas.divider).toBeVisible();
  await expect(page).toHaveURL(/before=fixture-before&after=fixture-after/);
  await expect.poll(async () => (await atlas.mapCenter()).zoom, { timeout: 10_000 }).toBeGreaterThan(13);
  const centre = await atlas.mapCenter();
  expect(Math.abs(centre.lng - AIRPORT.lon)).toBeLessThan(0.01);
});

test('a failing tile server shows "Imagery unavailable" on that side, and the rest keeps working', async ({
  atlas,
  page,
}) => {
  let failures = 0;
  await page.route('**/after/**', (route) => {
    failures++;
    return route.fulfill({ status: 500, body: 'down' });
  });
  await atlas.open(`${PAIR}&mode=swipe&split=50`);
  const badge = page.locator('[data-side="after"]').getByRole('status');
  await expect(badge).toContainText('Imagery unavailable');
  await expect(page.locator('[data-side="before"]').getByRole('status')).toHaveCount(0);
  // Still usable: filters and the list work.
  await atlas.toggleFilter('Category', 'Housing');
  await expect(atlas.list.getByRole('listitem')).toHaveCount(1);
  // Retry asks the server again.
  const before = failures;
  await badge.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(() => failures).toBeGreaterThan(before);
  await expect(badge).toContainText('Imagery unavailable');
  // Before the server comes back, the retry is over: its source has replaced the old one (raster-imagery.tsx
  // swaps them once every tile of the new one is answered) and the map has loaded. A tile still on its way,
  // or asked again by the swap, would load, clear the badge by itself and leave no Retry to press.
  await page.waitForFunction(() => {
    const pane = window.__revivalAtlas?.panes['pane-after'];
    if (!pane) return true;
    const slots = Object.keys(pane.getStyle().sources).filter((id) => id.startsWith('pane-imagery'));
    return slots.length === 1 && pane.loaded();
  });
  // Once the server answers again, a retry loads the side and the badge goes.
  await page.unroute('**/after/**');
  await badge.getByRole('button', { name: 'Retry' }).click();
  await expect(badge).toHaveCount(0);
});

test('a deep link restores the comparison', async ({ atlas, page }) => {
  await atlas.open(`${PAIR}&mode=fade&split=30&map=11.00/39.6000/47.2000`);
  const url = page.url();
  await page.reload();
  await atlas.waitForMapIdle();
  await expect(page.getByRole('radio', { name: 'Fade' })).toBeChecked();
  await expect(atlas.opacity).toHaveValue('30');
  expect(page.url()).toBe(url);
  await atlas.closeComparisonButton.click();
  await expect(page).not.toHaveURL(/before=/);
});

test.describe('a local PMTiles archive', () => {
  test.use({ data: { ...FIXTURE_DATA, 'imagery.json': { fixture: 'data/imagery-pmtiles.json' } } });

  test('is drawn from range requests, over-zoomed past its last level', async ({ atlas, page }) => {
    const ranges: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.pmtiles')) ranges.push(request.headers()['range'] ?? 'none');
    });
    // Zoom 13.5 is past the archive's maxzoom 12: its tiles are over-zoomed, not blank.
    await atlas.open(
      'before=local-before&after=fixture-after&mode=swipe&split=100&map=13.50/39.6000/47.1500',
    );
    await atlas.waitForImagery();
    expect(await atlas.sideAt(0.5, 0.45)).toBe('before');
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.every((range) => range.startsWith('bytes='))).toBe(true);
  });
});
