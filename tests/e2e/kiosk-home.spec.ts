/**
 * The kiosk as an exhibit, on both of its screens with touch: a home of scene cards and a few large
 * controls, the filters as a secondary panel, nothing that downloads a file, "Whole region", and an idle
 * reset that returns every panel to its start.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, type Locator, type Page } from './helper.ts';
import { expect, KIOSK_DATA, test } from './kiosk.ts';
import { MIN_TARGET } from './kiosk-audit.ts';

const SCREENS = [
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
] as const;

/** tests/fixtures/data/kiosk/kiosk.json's home view. */
const HOME = { lng: 47.15, lat: 39.6, zoom: 9 };

/** The fixture's scenes and sixteen more like its second: more cards than either screen's panel holds. */
function manyScenes(): { text: string; count: number } {
  const file = JSON.parse(readFileSync(join(FIXTURES, 'data', 'kiosk', 'scenes.json'), 'utf8')) as {
    scenes: { id: string; title: Record<string, string> }[];
  };
  const second = file.scenes.find((scene) => scene.id === 'fixture-second');
  if (!second) throw new Error('the kiosk fixture has no fixture-second scene');
  const copies = Array.from({ length: 16 }, (_, i) => ({
    ...second,
    id: `fixture-copy-${i + 1}`,
    title: { ...second.title, en: `Copy ${i + 1}` },
  }));
  const scenes = [...file.scenes, ...copies];
  return { text: JSON.stringify({ ...file, scenes }), count: scenes.length };
}

async function sizeOf(control: Locator): Promise<{ width: number; height: number }> {
  const box = await control.boundingBox();
  if (!box) throw new Error(`${String(control)} is not on screen`);
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

/** Controls that would put a file on the kiosk's disk or send a visitor out of the app. */
async function expectNoWayOut(page: Page, state: string): Promise<void> {
  expect.soft(await page.locator('a[download]').count(), `${state}: <a download>`).toBe(0);
  expect.soft(await page.locator('a[href^="http"]').count(), `${state}: links out`).toBe(0);
  for (const name of [/GeoJSON/, /CSV/, /Save picture/, /Save animation/, /^Share/, /Embed/, /Download/]) {
    expect.soft(await page.getByRole('button', { name }).count(), `${state}: button ${String(name)}`).toBe(0);
  }
  expect.soft(await page.getByRole('group', { name: 'Download' }).count(), `${state}: downloads`).toBe(0);
}

for (const { name, viewport } of SCREENS) {
  test.describe(`kiosk home ${name} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true });

    test('opens on the scene cards and the large controls, each at least 56 px; nothing downloads', async ({
      atlas,
      kiosk,
      page,
    }) => {
      await kiosk.open();
      await expect(kiosk.home).toBeVisible();
      // The scenes that passed the self-test, in the tour's order; not the one whose imagery is missing.
      await expect(kiosk.home.getByRole('button')).toHaveCount(2);
      const controls = [
        kiosk.sceneCard(/Fuzuli \(fixture\)/),
        kiosk.sceneCard(/Second scene/),
        page.getByRole('button', { name: 'Guided tour' }),
        page.getByRole('button', { name: 'Compare imagery' }),
        kiosk.wholeRegionButton,
        kiosk.filtersButton,
        page.getByRole('button', { name: 'Take it home' }),
        page.getByRole('combobox', { name: 'Language' }),
      ];
      for (const control of controls) {
        await expect(control).toBeVisible();
        const size = await sizeOf(control);
        expect.soft(size.width, `${String(control)} width`).toBeGreaterThanOrEqual(MIN_TARGET);
        expect.soft(size.height, `${String(control)} height`).toBeGreaterThanOrEqual(MIN_TARGET);
      }
      // The filters are not the first thing a visitor sees: they wait behind their control.
      await expect(atlas.filters).toHaveCount(0);
      await expect(atlas.list).toHaveCount(0);
      // A kiosk of any size keeps its own layout (never the phone's bottom sheet).
      await expect(page.locator('.sheet-handle')).toBeHidden();
      await expectNoWayOut(page, 'home');
      mkdirSync('test-results/kiosk-home', { recursive: true });
      await page.screenshot({ path: `test-results/kiosk-home/${name}-home.png` });

      await kiosk.openFilters();
      await expect(atlas.list.getByRole('listitem')).toHaveCount(4);
      await expectNoWayOut(page, 'filters');
      await atlas.openFromList('Fixture airport');
      await expect(atlas.article(/Fixture airport/)).toBeVisible();
      await expectNoWayOut(page, 'passport');
    });

    test('a scene card opens its scene as the tour does; "Whole region" flies back home', async ({
      atlas,
      kiosk,
      page,
    }) => {
      await kiosk.open();
      await kiosk.sceneCard(/Second scene/).click();
      await expect(page.getByRole('region', { name: /^Second scene/ })).toBeVisible();
      await expect(atlas.tourStep(2, 2)).toBeVisible();
      expect(await atlas.state((s) => s.kiosk.touring)).toBe(true);
      expect(await atlas.state((s) => s.compare.open)).toBe(true);
      await atlas.waitForImagery();
      const scene = await atlas.mapCenter();
      expect(scene.zoom).toBeCloseTo(10, 1);
      expect(scene.lng).toBeCloseTo(47.1, 2);

      await kiosk.wholeRegionButton.click();
      await atlas.waitForImagery();
      const home = await atlas.mapCenter();
      expect(home.zoom).toBeCloseTo(HOME.zoom, 1);
      expect(home.lng).toBeCloseTo(HOME.lng, 2);
      expect(home.lat).toBeCloseTo(HOME.lat, 2);
    });

    test('the filters open as a secondary panel of touch-sized controls, and close again', async ({
      atlas,
      kiosk,
      page,
    }) => {
      await kiosk.open();
      await kiosk.openFilters();
      await expect(kiosk.filtersButton).toHaveAttribute('aria-expanded', 'true');
      await expect(kiosk.home).toHaveCount(0);
      const panel = page.getByRole('region', { name: 'Filters and projects' });
      await expect(panel).toBeVisible();
      for (const control of await panel
        .locator('button, select, input[type="search"], label:has(input[type="checkbox"])')
        .all()) {
        if (!(await control.isVisible())) continue;
        const size = await sizeOf(control);
        expect
          .soft(Math.min(size.width, size.height), await control.innerText())
          .toBeGreaterThanOrEqual(MIN_TARGET);
      }
      await atlas.toggleFilter('Category', 'Housing');
      await expect(atlas.list.getByRole('listitem')).toHaveCount(1);
      await page.getByRole('button', { name: 'Close filters and projects' }).click();
      await expect(atlas.filters).toHaveCount(0);
      await expect(kiosk.home).toBeVisible();
      // Closing the panel hides the filters; it does not drop the visitor's choice.
      expect(await atlas.state((s) => s.filters.categories)).toEqual(['housing']);
    });
  });
}

test.describe('idle reset', () => {
  const scenes = manyScenes();
  test.use({
    data: { ...KIOSK_DATA, 'scenes.json': { text: scenes.text } },
    viewport: { width: 1080, height: 1920 },
    hasTouch: true,
  });

  test('returns every panel to its start: scroll, open sections, the secondary panel, the home view', async ({
    atlas,
    kiosk,
    page,
  }) => {
    await kiosk.open('', scenes.count);
    const panel = page.locator('aside.panel');
    // The last visitor scrolled the scenes down, opened the map key, then the filters, and scrolled them.
    const scrollToEnd = () =>
      panel.evaluate((element) => {
        element.scrollTop = element.scrollHeight;
        return element.scrollTop;
      });
    await expect(kiosk.sceneCard('Copy 16')).toBeVisible();
    expect(await scrollToEnd()).toBeGreaterThan(100);
    await page.getByText('Project categories').click();
    await expect(page.locator('details.map-legend')).toHaveAttribute('open', '');
    await kiosk.openFilters();
    expect(await scrollToEnd()).toBeGreaterThan(100);
    await atlas.dragMap(-200, 150);

    await kiosk.goIdle();
    await kiosk.runOutCountdown();
    await kiosk.attract.click();
    await expect(kiosk.attract).toBeHidden();

    // The next visitor: the scenes at their top, the filters closed, the map key folded.
    await expect(page.getByRole('region', { name: /^Yer seçin/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Filtrlər', exact: true })).toHaveCount(0);
    expect(await panel.evaluate((element) => element.scrollTop)).toBe(0);
    await expect(page.locator('details.map-legend')).not.toHaveAttribute('open', '');
    expect(await atlas.state((s) => s.kiosk.filtersOpen)).toBe(false);
    // And the home view, once the map has flown there.
    await kiosk.resume();
    await atlas.waitForMapIdle();
    await page.waitForFunction(() => window.__revivalAtlas?.map.isMoving() === false);
    const home = await atlas.mapCenter();
    expect(home.zoom).toBeCloseTo(HOME.zoom, 1);
    expect(home.lng).toBeCloseTo(HOME.lng, 2);
    expect(home.lat).toBeCloseTo(HOME.lat, 2);
  });
});
