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

/** Share of a 20 × 20 grid of points whose top element is a canvas of the map area (map or imagery pane). */
async function imageryShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    let hits = 0;
    for (let i = 0; i < 20; i++)
      for (let j = 0; j < 20; j++) {
        const x = ((i + 0.5) / 20) * window.innerWidth;
        const y = ((j + 0.5) / 20) * window.innerHeight;
        const element = document.elementFromPoint(x, y);
        if (element instanceof HTMLCanvasElement && element.closest('.map-stack')) hits++;
      }
    return hits / 400;
  });
}

/**
 * Every control drawn on the page (in or out of the sheet's scroll) smaller than 44 × 44 px. A checkbox or
 * radio inside its label is measured as the label: the whole label takes the tap.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [role="button"], [tabindex="0"]';
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || element.closest('.visually-hidden, [hidden]')) continue;
      const choice = element instanceof HTMLInputElement && ['checkbox', 'radio'].includes(element.type);
      const target = (choice && element.closest('label')) || element;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // Rounded to the pixel: layout in rem gives 43.99 for a 44 px target.
      if (Math.round(box.width) < 44 || Math.round(box.height) < 44)
        small.push(
          `${target.tagName.toLowerCase()}.${target.className} "${(target.textContent ?? target.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return small;
  });
}

/** The smallest side of any control measured by smallTargets' rules (for the report). */
async function smallestTarget(page: Page): Promise<number> {
  return page.evaluate(() => {
    let smallest = Infinity;
    const selector = 'a[href], button, input, select, textarea, summary, [role="button"], [tabindex="0"]';
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (getComputedStyle(element).visibility === 'hidden' || element.closest('.visually-hidden, [hidden]'))
        continue;
      const choice = element instanceof HTMLInputElement && ['checkbox', 'radio'].includes(element.type);
      const box = ((choice && element.closest('label')) || element).getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      smallest = Math.min(smallest, box.width, box.height);
    }
    return Math.round(smallest * 10) / 10;
  });
}

/** Whether the legend's summary is the top thing at its centre, and opening it names the categories. */
async function expectLegendReachable(page: Page, housing = 'Housing'): Promise<void> {
  const summary = page.locator('.map-legend summary');
  await expect(summary).toBeInViewport();
  const onTop = await summary.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return element.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
  });
  expect(onTop, 'the legend is covered').toBe(true);
  await summary.click();
  await expect(page.locator('.map-legend').getByText(housing)).toBeInViewport();
  await summary.click();
}

test.describe('touch targets at 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('every control is at least 44 × 44 px: filters and list at half, a passport, the menu', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    await page.getByRole('button', { name: 'Show more of the panel' }).click();
    await expect.poll(() => sheetRest(page)).toBe('half');
    expect(await smallTargets(page)).toEqual([]);
    const explore = await smallestTarget(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('button', { name: 'Menu' }).click();
    // A passport: its district links, source links, Before / after and Close.
    await atlas.open('project=aghali-smart-village');
    await expect(atlas.article('Aghali smart village')).toBeVisible();
    await expect.poll(() => sheetRest(page)).toBe('half');
    expect(await smallTargets(page)).toEqual([]);
    const passport = await smallestTarget(page);
    test.info().annotations.push({ type: 'smallest target', description: `${Math.min(explore, passport)}` });
  });

  test('a tap beside a marker, within 22 px, opens its project', async ({ atlas, page }) => {
    await atlas.open('map=14.00/39.1803/46.7592');
    const marker = await atlas.screenPoint(46.7592, 39.1803);
    // Outside the drawn marker (a few px across), inside a 44 px square around the finger.
    await page.touchscreen.tap(marker.x + 16, marker.y - 14);
    await expect(atlas.article('Aghali smart village')).toBeVisible();
  });
});

for (const mode of ['swipe', 'side-by-side'] as const) {
  test(`a ${mode} comparison on a phone gives the imagery at least 60 % of the screen`, async ({
    atlas,
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await atlas.open(`before=s2-2019&after=s2-2025&mode=${mode}`);
    await expect(page.getByRole('region', { name: 'Compare imagery' })).toBeVisible();
    expect(await sheetRest(page)).toBe('peek');
    const share = await imageryShare(page);
    test.info().annotations.push({ type: `${mode} imagery share`, description: String(share) });
    expect(share).toBeGreaterThanOrEqual(0.6);
    // The controls in one row.
    const toolbar = await page.locator('.compare-toolbar').boundingBox();
    expect(toolbar?.height).toBeLessThanOrEqual(60);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}

test('during a comparison on a phone the legend is one more control of its row, the imagery keeps its share', async ({
  atlas,
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await atlas.open('before=s2-2019&after=s2-2025&mode=swipe');
  await expect(page.getByRole('region', { name: 'Compare imagery' })).toBeVisible();
  const share = await imageryShare(page);
  test.info().annotations.push({ type: 'swipe imagery share with the legend', description: String(share) });
  expect(share).toBeGreaterThanOrEqual(0.6);
  // The toolbar's row scrolls sideways; the key is in it, as a visitor finds it by swiping the row.
  await page.locator('.compare-toolbar .map-legend summary').scrollIntoViewIfNeeded();
  await expectLegendReachable(page);
  // Folded again, the imagery has its share back.
  expect(await imageryShare(page)).toBe(share);
});

test.describe('a phone on its side, 844 × 390', () => {
  test.use({ viewport: { width: 844, height: 390 } });

  test('the map keeps most of the screen beside the panel, with the search and the legend', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const share = await mapShare(page);
    test.info().annotations.push({ type: 'landscape map share', description: String(share) });
    expect(share).toBeGreaterThanOrEqual(0.55);
    const panel = page.getByRole('complementary');
    await expect(panel.getByRole('searchbox', { name: 'Search projects' })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(844);
    await expectLegendReachable(page);
    // A project opened from the list is shown beside the map, which still takes most of the screen.
    await atlas.open('project=aghali-smart-village');
    await expect(atlas.article('Aghali smart village')).toBeVisible();
    expect(await mapShare(page)).toBeGreaterThanOrEqual(0.55);
  });
});

test.describe('at 320 × 640', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the page reflows without scrolling sideways: sheet at each rest, a passport, a comparison, the menu', async ({
    atlas,
    page,
  }) => {
    const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    await atlas.open();
    expect(await scrollWidth()).toBeLessThanOrEqual(320);
    await expectLegendReachable(page);
    for (const rest of ['half', 'full'] as const) {
      await page.getByRole('button', { name: 'Show more of the panel' }).click();
      await expect.poll(() => sheetRest(page)).toBe(rest);
      expect(await scrollWidth()).toBeLessThanOrEqual(320);
    }
    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await scrollWidth()).toBeLessThanOrEqual(320);
    await atlas.open('project=aghali-smart-village');
    await expect(atlas.article('Aghali smart village')).toBeVisible();
    expect(await scrollWidth()).toBeLessThanOrEqual(320);
    await atlas.open('before=s2-2019&after=s2-2025&mode=swipe');
    await expect(page.getByRole('region', { name: 'Compare imagery' })).toBeVisible();
    expect(await scrollWidth()).toBeLessThanOrEqual(320);
  });
});

// In Arabic too: the timeline keeps its own left-to-right direction and must not land on the legend.
for (const [lang, housing] of [
  ['en', 'Housing'],
  ['ar', 'الإسكان'],
] as const) {
  test(`the legend is reachable on a phone held upright (${lang})`, async ({ atlas, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await atlas.open(`lang=${lang}`);
    await expectLegendReachable(page, housing);
  });
}
