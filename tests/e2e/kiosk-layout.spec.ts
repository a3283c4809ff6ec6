import { mkdirSync } from 'node:fs';
import type { Page } from './helper.ts';
import { expect, test } from './kiosk.ts';
import { auditKiosk, contextMenuAllowed, MIN_TARGET, selectionAfterTripleClick } from './kiosk-audit.ts';

const SCREENS = [
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
] as const;

/** Every finding of the audit on the screen as it is now, with the state's name (an empty list passes). */
async function expectKioskReady(page: Page, state: string): Promise<void> {
  const audit = await auditKiosk(page);
  expect.soft(audit.controls, `${state}: controls measured`).toBeGreaterThan(0);
  expect.soft(audit.smallTargets, `${state}: touch targets under ${MIN_TARGET} px`).toEqual([]);
  expect.soft(audit.externalLinks, `${state}: links out of the app`).toEqual([]);
  expect.soft(audit.selectable, `${state}: selectable text`).toEqual([]);
  expect.soft(audit.offScreen, `${state}: panel parts off screen`).toEqual([]);
  expect.soft(audit.pageScrolls, `${state}: the page scrolls`).toBe(false);
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/kiosk-layout', { recursive: true });
  await page.screenshot({ path: `test-results/kiosk-layout/${name}.png` });
}

async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

for (const { name, viewport } of SCREENS) {
  test.describe(`kiosk ${name} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('touch targets, no selection, no context menu, no links out, panels on screen', async ({
      atlas,
      kiosk,
      page,
    }) => {
      // Seven states audited one after another (home, filters, passport, tour ×2, QR, PIN) on software GL.
      test.setTimeout(120_000);
      await kiosk.open();
      await expectKioskReady(page, 'home');
      const title = await centreOf(page, '.app-header h1');
      expect(await selectionAfterTripleClick(page, title.x, title.y)).toBe('');
      expect(await contextMenuAllowed(page, title.x, title.y)).toBe(false);
      const panel = await centreOf(page, 'aside.panel');
      expect(await contextMenuAllowed(page, panel.x, panel.y)).toBe(false);
      // No page pinch-zoom: the browser may only pan (the map handles its own pinches, in script).
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).touchAction)).toBe(
        'pan-x pan-y',
      );
      const mapTouch = await page
        .locator('.map-slot-main .maplibregl-canvas-container')
        .evaluate((element) => getComputedStyle(element).touchAction);
      expect(mapTouch).not.toMatch(/pinch-zoom|auto|manipulation/);
      await screenshot(page, `${name}-home`);

      // The filters and the list are the secondary panel, opened by its large control.
      await kiosk.openFilters();
      await expectKioskReady(page, 'filters');
      await screenshot(page, `${name}-filters`);
      await atlas.openFromList('Fixture airport');
      await expect(atlas.article(/Fixture airport/)).toBeVisible();
      await expectKioskReady(page, 'passport');
      await page
        .getByRole('button', { name: /^Close/ })
        .first()
        .click();

      await atlas.openTour();
      await expect(atlas.tourStep(1, 2)).toBeVisible();
      await atlas.waitForImagery();
      await expectKioskReady(page, 'tour');
      const caption = await centreOf(page, '.tour-caption');
      expect(await selectionAfterTripleClick(page, caption.x, caption.y)).toBe('');
      await screenshot(page, `${name}-tour`);
      await atlas.nextTourScene();
      await expect(atlas.tourStep(2, 2)).toBeVisible();
      await expectKioskReady(page, 'tour, second scene');

      await atlas.takeItHome();
      await expect(atlas.qrCode).toBeVisible();
      await expectKioskReady(page, 'QR code');
      await screenshot(page, `${name}-qr`);
      await page.getByRole('button', { name: 'Close', exact: true }).click();

      // The operator's PIN pad: a long press (3 s) on the top-left corner; a shorter one does nothing.
      await kiosk.longPress(20, 20, 2.5);
      await expect(page.getByRole('form', { name: /Operator/ })).toBeHidden();
      await kiosk.longPress(20, 20, 3);
      await expect(page.getByRole('form', { name: /Operator/ })).toBeVisible();
      await expectKioskReady(page, 'operator PIN');
    });

    test('the countdown and the attract loop', async ({ kiosk, page }) => {
      await kiosk.open();
      await kiosk.goIdle();
      await expectKioskReady(page, 'countdown');
      await kiosk.runOutCountdown();
      await expectKioskReady(page, 'attract loop');
      await screenshot(page, `${name}-attract`);
    });
  });
}
