/**
 * The phone layout on the shipped data: the map gets most of the screen with the sheet at peek, the sheet
 * rests at three heights (dragged, or stepped by buttons), the attribution opens from an ⓘ, and on the
 * opening view no district name is covered by a marker, a cluster or the page's controls.
 */
import { expect, test, type Page } from './helper.ts';

/** Share of a 20 × 20 grid of points whose top element is the main map's canvas. */
async function mapShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = window.__revivalAtlas?.map.getCanvas();
    let hits = 0;
    for (let i = 0; i < 20; i++)
      for (let j = 0; j < 20; j++) {
        const x = ((i + 0.5) / 20) * window.innerWidth;
        const y = ((j + 0.5) / 20) * window.innerHeight;
        if (document.elementFromPoint(x, y) === canvas) hits++;
      }
    return hits / 400;
  });
}

const sheetRest = (page: Page) => page.evaluate(() => window.__revivalAtlas?.store.getState().layout.sheet);

/** Each district label drawn, with whether it is the top thing at its anchor (map feature and page). */
async function labelCover(page: Page) {
  return page.evaluate(() => {
    const map = window.__revivalAtlas?.map;
    if (!map) throw new Error('map not ready');
    const canvas = map.getCanvas().getBoundingClientRect();
    return map.queryRenderedFeatures({ layers: ['district-label'] }).map((label) => {
      const [lon = 0, lat = 0] = label.geometry.type === 'Point' ? label.geometry.coordinates : [];
      const point = map.project([lon, lat]);
      const top = map.queryRenderedFeatures(point)[0];
      const element = document.elementFromPoint(canvas.left + point.x, canvas.top + point.y);
      return {
        name: String(label.properties['name_en']),
        onTop: top?.layer.id === 'district-label' && element === map.getCanvas(),
      };
    });
  });
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
]) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('the map takes at least 70 % of the screen with the sheet at peek', async ({ atlas, page }) => {
      await atlas.open();
      expect(await sheetRest(page)).toBe('peek');
      const header = await page.locator('.app-header').boundingBox();
      expect(header?.height).toBeLessThanOrEqual(56);
      const sheet = page.getByRole('complementary');
      await expect(sheet.getByRole('searchbox', { name: 'Search projects' })).toBeInViewport();
      await expect(sheet.getByRole('status').filter({ hasText: /projects/ })).toBeInViewport();
      const share = await mapShare(page);
      test.info().annotations.push({ type: 'map share', description: String(share) });
      expect(share).toBeGreaterThanOrEqual(0.7);
      // Reflow: nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width);
    });

    test('no district name is covered on the opening view', async ({ atlas, page }) => {
      await atlas.open();
      const labels = await labelCover(page);
      const names = labels.map((label) => label.name);
      // The names clusters used to hide on the home view.
      for (const name of ['Aghdam', 'Fuzuli', 'Jabrayil', 'Zangilan', 'Gubadli'])
        expect(names).toContain(name);
      expect(labels.filter((label) => !label.onTop)).toEqual([]);
    });
  });
}

test.describe('the sheet and the attribution', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the sheet rests at peek, half and full: by buttons, keyboard and drag', async ({ atlas, page }) => {
    await atlas.open();
    const sheet = page.getByRole('complementary');
    const height = async () => (await sheet.boundingBox())?.height ?? 0;
    const peek = await height();
    const larger = page.getByRole('button', { name: 'Show more of the panel' });
    const smaller = page.getByRole('button', { name: 'Show less of the panel' });
    await larger.click();
    await expect.poll(() => sheetRest(page)).toBe('half');
    await expect.poll(height).toBeGreaterThan(peek + 200);
    await larger.press('Enter');
    await expect.poll(() => sheetRest(page)).toBe('full');
    await smaller.click();
    await expect.poll(() => sheetRest(page)).toBe('half');
    await smaller.click();
    await expect.poll(() => sheetRest(page)).toBe('peek');
    await expect.poll(height).toBeLessThan(peek + 2);
    // Dragged up most of the screen, let go: the nearest rest is full.
    const grip = await page.locator('.sheet-grip').boundingBox();
    if (!grip) throw new Error('no grip');
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2, 120, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => sheetRest(page)).toBe('full');
  });

  test('a project raises the sheet to half; Back closes it and the sheet rests at peek', async ({
    atlas,
    page,
  }) => {
    // At a zoom past the clusters, so that the village is a marker of its own.
    await atlas.open('map=14.00/39.1803/46.7592');
    expect(await sheetRest(page)).toBe('peek');
    await atlas.clickAt(46.7592, 39.1803);
    await expect(atlas.article('Aghali smart village')).toBeVisible();
    await expect.poll(() => sheetRest(page)).toBe('half');
    await page.goBack();
    await expect(page).not.toHaveURL(/project=/);
    await expect.poll(() => sheetRest(page)).toBe('peek');
  });

  test('the attribution is an ⓘ that opens the full text with its licence links', async ({ atlas, page }) => {
    await atlas.open();
    const toggle = page.getByRole('button', { name: 'Map sources and licences' });
    const attribution = page.locator('footer.attribution');
    await expect(attribution.getByText(/District boundaries/)).toBeHidden();
    const box = await toggle.boundingBox();
    expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(44);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(attribution.getByText(/District boundaries/)).toBeVisible();
    await expect(attribution.getByRole('link', { name: /Licence/ }).first()).toHaveAttribute(
      'href',
      /^https:/,
    );
    await toggle.click();
    await expect(attribution.getByText(/District boundaries/)).toBeHidden();
  });
});
