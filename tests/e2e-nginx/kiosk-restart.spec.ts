/**
 * A kiosk's worst morning: its browser is killed in the middle of a guided tour (power cut, crash, a
 * watchdog), and comes back with the network gone. The browser runs from one profile on disk, as a kiosk's
 * does, so the service worker and its caches are those the first run left; the kill is a SIGKILL of every
 * process of that profile, not a polite close.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AtlasDriver } from '../e2e/driver.ts';
import { routeRemote, type BrowserContext } from '../e2e/helper.ts';
import { KioskDriver } from '../e2e/kiosk.ts';
import { expect, test, watchViolations, type Violation } from './fixtures.ts';

/**
 * Every process started with this profile (the browser and its helpers), killed at once without warning.
 * Found in /proc (Linux, as the kiosk and CI): the browser's command line names its profile.
 */
async function killBrowser(context: BrowserContext, profile: string): Promise<number> {
  const closed = new Promise((resolve) => context.once('close', resolve));
  const flag = `--user-data-dir=${profile}`;
  const pids = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(flag);
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone already: a helper process ends with its browser.
    }
  }
  await closed;
  return pids.length;
}

test('a kiosk browser killed mid-tour and restarted offline comes back to the attract loop', async ({
  playwright,
  launchOptions,
  baseURL,
  viewport,
}) => {
  test.setTimeout(180_000);
  // In the test's output folder, which Playwright empties before each run.
  const profile = test.info().outputPath('kiosk-profile');
  const violations: Violation[] = [];
  const pageErrors: string[] = [];
  const launch = async (offline: boolean) => {
    const context = await playwright.chromium.launchPersistentContext(profile, {
      ...launchOptions,
      baseURL,
      viewport,
      offline,
      serviceWorkers: 'allow',
      ignoreHTTPSErrors: true,
    });
    await watchViolations(context, violations);
    // As in every test: remote tiles answered with fixture tiles while online, nothing leaves the machine.
    await routeRemote(context, offline ? 'offline' : 'online');
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return { context, page };
  };
  // Day one, online: the kiosk caches what it needs, and a visitor starts the tour.
  const first = await launch(false);
  const before = new AtlasDriver(first.page);
  await before.open('kiosk=1&lang=en');
  await first.page.waitForFunction(
    () => window.__revivalAtlas?.store.getState().kiosk.offlineReady === true,
    undefined,
    { timeout: 60_000 },
  );
  await before.openTour();
  await expect(first.page.getByText('Scene 1 of 2')).toBeVisible();
  await before.nextTourScene();
  await expect(first.page.getByText('Scene 2 of 2')).toBeVisible();

  expect(await killBrowser(first.context, profile)).toBeGreaterThan(0);

  // The browser comes back with the kiosk's start page, and no network at all.
  const second = await launch(true);
  const page = second.page;
  // Before the page loads: its idle timers are made on Playwright's clock, so the idle wait takes no time.
  await page.clock.install();
  const atlas = new AtlasDriver(page);
  const response = await page.goto('./?debug=1&kiosk=1&lang=en');
  expect(response?.fromServiceWorker()).toBe(true);
  await atlas.waitForMapIdle();
  const kiosk = new KioskDriver(atlas);
  // The home, not the tour the last visitor was in.
  await expect(kiosk.home).toBeVisible();
  await expect(page.getByText(/Scene \d of \d/)).toBeHidden();
  await kiosk.goIdle();
  await kiosk.runOutCountdown();
  expect(await kiosk.scene()).not.toBe('');
  // The loop's scene draws its imagery from the archives cached on day one.
  await kiosk.resume();
  await atlas.waitForImagery();
  expect(await page.evaluate(() => window.__revivalAtlas?.store.getState().compare.status)).toMatchObject({
    before: 'ok',
    after: 'ok',
  });
  const shot = join('test-results', 'screenshots', 'nginx-kiosk-restarted-offline.png');
  await page.screenshot({ path: shot });
  // Pulled as it was started: a polite close of this browser can wait minutes on its service worker.
  await killBrowser(second.context, profile);
  expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  expect(violations, 'Content-Security-Policy violations').toEqual([]);
});
