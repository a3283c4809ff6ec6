/**
 * The kiosk's set-up as a fixture: the kiosk fixture data (three scenes, one whose imagery archive is
 * missing; local archives for both layers) and a `kiosk` driver whose timers run on Playwright's clock.
 * Time flows as usual while the app loads (the maps need their animation frames); the idle wait, the
 * countdown and the attract loop are then driven a step at a time, without waiting for real seconds.
 */
import type { AtlasDriver } from './driver.ts';
import { FIXTURE_DATA } from './fixture-data.ts';
import { expect, test as base, type Page } from './helper.ts';

export { expect };

export const KIOSK_DATA = {
  ...FIXTURE_DATA,
  'imagery.json': { fixture: 'data/kiosk/imagery.json' },
  'scenes.json': { fixture: 'data/kiosk/scenes.json' },
  'kiosk.json': { fixture: 'data/kiosk/kiosk.json' },
} as const;

/** From tests/fixtures/data/kiosk: kiosk.json's idle and countdown, the scenes' `seconds`. */
const IDLE_SECONDS = 90;
const COUNTDOWN_SECONDS = 3;
const SCENE_SECONDS = 3;

export class KioskDriver {
  constructor(readonly atlas: AtlasDriver) {}

  get page(): Page {
    return this.atlas.page;
  }

  get countdown() {
    return this.page.getByRole('alertdialog', { name: /Still exploring\?/ });
  }

  get attract() {
    return this.page.getByRole('button', { name: /Touch to explore/ });
  }

  /**
   * Opens the kiosk in English and waits for the boot self-test of the fixture scenes (three unless a spec
   * gives its own), which decides the scenes it shows.
   */
  async open(query = '', scenes = 3): Promise<void> {
    await this.atlas.open(`kiosk=1&lang=en${query}`);
    await this.page.waitForFunction(
      (count) => window.__revivalAtlas?.store.getState().kiosk.checks?.length === count,
      scenes,
    );
  }

  /** The home's scenes, as cards (their heading also in the kiosk's second language). */
  get home() {
    return this.page.getByRole('region', { name: /^Choose a place/ });
  }

  /** A scene's card on the home, by its title. */
  sceneCard(title: string | RegExp) {
    return this.home.getByRole('button', { name: title });
  }

  /** The large control that opens (or closes) the secondary panel of filters and projects. */
  get filtersButton() {
    return this.page.getByRole('button', { name: 'Filters and projects', exact: true });
  }

  get wholeRegionButton() {
    return this.page.getByRole('button', { name: 'Whole region', exact: true });
  }

  /** Opens the secondary panel, where the filters and the project list are at the kiosk. */
  async openFilters(): Promise<void> {
    await this.filtersButton.click();
    await expect(this.atlas.filters).toBeVisible();
  }

  /** The page's clock, read in the page (it is Playwright's, so it may be ahead of the real one). */
  private async now(): Promise<number> {
    return this.page.evaluate(() => Date.now());
  }

  /**
   * Lets `seconds` of the page's time pass at once, then stops the clock: the timers due fire once, in
   * order, and nothing moves on by itself afterwards (until `resume`).
   */
  async pass(seconds: number): Promise<void> {
    await this.page.clock.pauseAt((await this.now()) + seconds * 1000);
    await this.settle();
  }

  /**
   * Lets React render what the timers changed. Its scheduler posts its work as messages, which the fake
   * clock leaves alone: two messages posted now are answered after that work.
   */
  private async settle(): Promise<void> {
    for (let round = 0; round < 2; round++) {
      await this.page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve();
            channel.port2.postMessage(undefined);
          }),
      );
    }
  }

  /** Lets time flow as usual again (the maps draw, animations play). */
  async resume(): Promise<void> {
    await this.page.clock.resume();
  }

  /** Leaves the kiosk untouched for its idle time and waits for "Still exploring?". */
  async goIdle(idleSeconds = IDLE_SECONDS): Promise<void> {
    // Half way nothing shows: the countdown waits for the idle time.
    await this.pass(idleSeconds / 2);
    await expect(this.countdown).toBeHidden();
    await this.pass(idleSeconds / 2);
    await expect(this.countdown).toBeVisible();
  }

  /** Lets the countdown run out, second by second as it shows them, and waits for the attract loop. */
  async runOutCountdown(): Promise<void> {
    for (let left = COUNTDOWN_SECONDS; left > 0; left--) {
      await expect(this.countdown).toContainText(new RegExp(`starts again in ${left} seconds?`));
      await this.pass(1);
    }
    await expect(this.attract).toBeVisible();
  }

  /** The scene the attract loop shows now. */
  async scene(): Promise<string> {
    return (await this.attract.getAttribute('data-scene')) ?? '';
  }

  /** Lets one scene's time pass in the attract loop and returns the scene shown then. */
  async nextScene(): Promise<string> {
    await this.pass(SCENE_SECONDS);
    return this.scene();
  }

  /** Presses and holds a point of the screen for `seconds` of the page's time. */
  async longPress(x: number, y: number, seconds: number): Promise<void> {
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.pass(seconds);
    await this.page.mouse.up();
  }
}

export const test = base.extend<{ kiosk: KioskDriver }>({
  // Playwright reads which fixtures a fixture needs from the pattern of its first parameter: none here.
  // eslint-disable-next-line no-empty-pattern
  data: async ({}, use) => use(KIOSK_DATA),
  kiosk: async ({ atlas, page }, use) => {
    // Before the first page load: the kiosk's timers are created with it.
    await page.clock.install();
    await use(new KioskDriver(atlas));
  },
});
