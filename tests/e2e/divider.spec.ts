/**
 * Issue 12: the divider never hides what the visitor came to see, and a marker's tap always opens its
 * passport — during the guided tour too. At the kiosk's two screens, with a finger.
 */
import type { Box } from './driver.ts';
import { AIRPORT } from './fixture-data.ts';
import { expect, test } from './kiosk.ts';

const SCREENS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
] as const;

const inside = (box: Box, x: number, y: number, margin = 0) =>
  x >= box.x - margin &&
  x <= box.x + box.width + margin &&
  y >= box.y - margin &&
  y <= box.y + box.height + margin;

for (const { name, viewport } of SCREENS) {
  test.describe(`kiosk ${name} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true });

    test("a marker's tap during the tour opens its passport; closing it resumes the same scene", async ({
      atlas,
      kiosk,
      page,
    }) => {
      await kiosk.open();
      await atlas.openTour();
      await atlas.nextTourScene();
      await expect(atlas.tourStep(2, 2)).toBeVisible();
      await atlas.waitForImagery();
      const scene = await atlas.state((s) => ({ index: s.kiosk.sceneIndex, compare: s.compare.before }));

      await atlas.tapAt(AIRPORT.lon, AIRPORT.lat);
      await expect(atlas.article(/Fixture airport/)).toBeVisible();
      await expect(atlas.tourStep(2, 2)).toBeHidden();
      await expect(page).toHaveURL(/project=fixture-airport/);
      // The tour waits beneath the passport: time passes, it stays on its scene.
      await kiosk.pass(30);
      expect(await atlas.state((s) => [s.kiosk.touring, s.kiosk.sceneIndex])).toEqual([true, scene.index]);
      await kiosk.resume();

      await page.getByRole('button', { name: 'Close project' }).click();
      await expect(atlas.tourStep(2, 2)).toBeVisible();
      await expect(atlas.article(/Fixture airport/)).toBeHidden();
      expect(await atlas.state((s) => ({ index: s.kiosk.sceneIndex, compare: s.compare.before }))).toEqual(
        scene,
      );
      // The scene's camera again: the map goes back to where the scene looks.
      await expect.poll(async () => (await atlas.mapCenter()).zoom, { timeout: 10_000 }).toBeCloseTo(10, 1);
    });

    test("a project's Before / after puts the divider and its grip beside the project", async ({
      atlas,
      kiosk,
    }) => {
      await kiosk.open(`&project=${AIRPORT.id}`);
      await atlas.beforeAfterButton.tap();
      await expect(atlas.divider).toBeVisible();
      await expect
        .poll(async () => (await atlas.mapCenter()).zoom, { timeout: 10_000 })
        .toBeGreaterThan(13.9);
      await atlas.waitForImagery();
      await expect.poll(() => atlas.state((s) => s.compare.split)).not.toBe(50);
      const { x, y } = await atlas.screenPoint(AIRPORT.lon, AIRPORT.lat);
      const { strip, grip } = await atlas.dividerBoxes();
      // Not under the grip nor in the touch strip, with room for the marker (radius 11 and its ring).
      expect(inside(strip, x, y, 15)).toBe(false);
      expect(inside(grip, x, y, 15)).toBe(false);
      // And the project is still on the map, in its after imagery.
      expect(await atlas.state((s) => s.ui.selectedProjectId)).toBe(AIRPORT.id);
    });

    test('a tap on a marker right beside the divider opens the marker and leaves the split alone', async ({
      atlas,
      kiosk,
      page,
    }) => {
      await kiosk.open(
        `&before=fixture-before&after=fixture-after&mode=swipe&split=50&map=13.00/${AIRPORT.lat}/${AIRPORT.lon}`,
      );
      await atlas.waitForImagery();
      // The divider 20 px from the marker: the marker lies in the divider's 56 px touch strip.
      const { x, y } = await atlas.screenPoint(AIRPORT.lon, AIRPORT.lat);
      const area = await page.locator('.map-stack').boundingBox();
      if (!area) throw new Error('no map area');
      // Which way the divider runs follows the map area's shape, not the screen's.
      const vertical = await atlas.divider.evaluate((element) => element.classList.contains('vertical'));
      const split = vertical
        ? ((x + 20 - area.x) / area.width) * 100
        : ((y + 20 - area.y) / area.height) * 100;
      await page.evaluate((split) => window.__revivalAtlas?.store.getState().setSplit(split), split);
      const before = await atlas.state((s) => s.compare.split);
      const { strip } = await atlas.dividerBoxes();
      expect(inside(strip, x, y)).toBe(true);

      await atlas.tapAt(AIRPORT.lon, AIRPORT.lat);
      await expect(atlas.article(/Fixture airport/)).toBeVisible();
      expect(await atlas.state((s) => s.compare.split)).toBe(before);
    });
  });
}

test.describe('the compare selects in Azerbaijani', () => {
  test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true, data: {} });

  test('show each imagery date first', async ({ atlas, page }) => {
    // The shipped catalog: its titles in Azerbaijani are long ("Sentinel-2 buludsuz mozaika 2019").
    await atlas.open('kiosk=1&lang=az&before=s2-2019&after=s2-2025&mode=swipe');
    const selects = page.locator('.compare-toolbar select');
    await expect(selects).toHaveCount(2);
    const options = await selects.first().locator('option').allTextContents();
    expect(options.length).toBeGreaterThan(5);
    for (const option of options) expect(option).toMatch(/^\d{4}(-\d\d){0,2} · /);
    const chosen = await selects.evaluateAll((elements) =>
      elements.map((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''),
    );
    expect(chosen[0]).toMatch(/^2019 · Sentinel-2 buludsuz mozaika/);
    expect(chosen[1]).toMatch(/^2025 · Sentinel-2 buludsuz mozaika/);
    await page.screenshot({ path: 'test-results/divider/compare-az.png' });
  });
});
