/**
 * prefers-reduced-motion: the camera jumps instead of flying, and the kiosk's attract loop neither sweeps
 * the divider nor moves on by itself. Each case is checked against the same action without the preference,
 * so the measure is shown to tell the two apart.
 */
import type { AtlasDriver } from './driver.ts';
import { FIXTURE_DATA } from './fixture-data.ts';
import { expect, test, type Page } from './helper.ts';
import { KIOSK_DATA, test as kioskTest, type KioskDriver } from './kiosk.ts';

test.use({ data: FIXTURE_DATA });

interface Motion {
  /** Camera frames ('move' events) from the start to the end of the move. */
  frames: number;
  milliseconds: number;
}

/** Records the next camera move of the main map. */
async function watchNextMove(page: Page): Promise<() => Promise<Motion>> {
  await page.evaluate(() => {
    const map = window.__revivalAtlas?.map;
    const record = { frames: 0, start: 0, end: 0 };
    (window as { __motion?: typeof record }).__motion = record;
    map?.once('movestart', () => {
      record.start = performance.now();
      const count = () => record.frames++;
      map.on('move', count);
      map.once('moveend', () => {
        record.end = performance.now();
        map.off('move', count);
      });
    });
  });
  return async () => {
    await page.waitForFunction(() => ((window as { __motion?: { end: number } }).__motion?.end ?? 0) > 0);
    return page.evaluate(() => {
      const record = (window as { __motion?: { frames: number; start: number; end: number } }).__motion;
      return { frames: record?.frames ?? 0, milliseconds: (record?.end ?? 0) - (record?.start ?? 0) };
    });
  };
}

async function chooseProject(atlas: AtlasDriver): Promise<Motion> {
  const moved = await watchNextMove(atlas.page);
  await atlas.openFromList('Fixture airport');
  return moved();
}

test.describe('reduced motion', () => {
  test.beforeEach(async ({ page }) => page.emulateMedia({ reducedMotion: 'reduce' }));

  test('choosing a project jumps the map there: no flight', async ({ atlas, page }) => {
    await atlas.open();
    const motion = await chooseProject(atlas);
    expect(motion.frames).toBeLessThanOrEqual(2);
    expect(motion.milliseconds).toBeLessThan(50);
    expect(await page.evaluate(() => window.__revivalAtlas?.map.isMoving())).toBe(false);
    const centre = await atlas.mapCenter();
    expect(centre.lng).toBeCloseTo(47.196, 2);
  });

  test('Before / after frames the project without a flight', async ({ atlas, page }) => {
    await atlas.open('project=fixture-airport');
    const moved = await watchNextMove(page);
    await atlas.beforeAfterButton.click();
    const motion = await moved();
    expect(motion.frames).toBeLessThanOrEqual(2);
    expect((await atlas.mapCenter()).zoom).toBeCloseTo(14, 1);
  });
});

test('without the preference, choosing a project flies the map there', async ({ atlas }) => {
  await atlas.open();
  const motion = await chooseProject(atlas);
  // Software GL on a busy machine draws few frames a second: the flight's length is the sure sign.
  expect(motion.frames).toBeGreaterThan(2);
  expect(motion.milliseconds).toBeGreaterThan(500);
});

kioskTest.describe('the kiosk attract loop', () => {
  // The file's data (above) applies to every test in it: name the kiosk's again.
  kioskTest.use({ data: KIOSK_DATA });

  /** The loop's scene and divider position, sampled every half second of the page's time for six. */
  async function watchLoop(atlas: AtlasDriver, kiosk: KioskDriver) {
    await kiosk.open();
    await kiosk.goIdle();
    await kiosk.runOutCountdown();
    const scenes = new Set<string>();
    const splits = new Set<number>();
    for (let sample = 0; sample < 12; sample++) {
      scenes.add(await kiosk.scene());
      splits.add(await atlas.state((s) => s.compare.split));
      await kiosk.pass(0.5);
    }
    return { scenes, splits };
  }

  kioskTest(
    'with reduced motion it holds its first scene: no divider sweep, no auto-advance',
    async ({ atlas, kiosk, page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const { scenes, splits } = await watchLoop(atlas, kiosk);
      expect([...scenes]).toEqual(['fixture-fuzuli']);
      expect([...splits]).toEqual([50]);
    },
  );

  kioskTest('without it, the divider sweeps and the scenes advance', async ({ atlas, kiosk }) => {
    const { scenes, splits } = await watchLoop(atlas, kiosk);
    expect(scenes.size).toBeGreaterThan(1);
    // On Playwright's clock the sweep is sampled at the animation frames that each step lets run: at least
    // three positions over two scenes (reduced motion above holds exactly one, 50).
    expect(splits.size).toBeGreaterThanOrEqual(3);
  });
});
