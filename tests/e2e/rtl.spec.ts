/**
 * Arabic reads right to left: the document says so, and the layout mirrors — the side panel, the
 * comparison's controls and labels, the attribution, and the before/after sides themselves.
 */
import { FIXTURE_DATA } from './fixture-data.ts';
import { expect, test, type Page } from './helper.ts';

test.use({ data: FIXTURE_DATA });

const SWIPE = 'before=fixture-before&after=fixture-after&mode=swipe&split=25';

interface Box {
  left: number;
  right: number;
  centre: number;
}

const PARTS = {
  panel: 'aside.panel',
  map: 'main.map-area',
  layers: '.compare-toolbar .layer-select',
  modes: '.compare-toolbar .modes',
  before: '.side-label[data-side="before"]',
  after: '.side-label[data-side="after"]',
  attribution: 'footer.attribution',
  divider: '.swipe-divider',
};

/** Where parts of the page are, horizontally (found by structure: their names change with the language). */
async function layout(page: Page, parts: Record<string, string> = PARTS): Promise<Record<string, Box>> {
  return page.evaluate(
    (parts) =>
      Object.fromEntries(
        Object.entries(parts).map(([name, selector]) => {
          const rect = document.querySelector(selector)?.getBoundingClientRect();
          if (!rect) throw new Error(`${selector} is not on the page`);
          return [name, { left: rect.left, right: rect.right, centre: rect.left + rect.width / 2 }];
        }),
      ),
    parts,
  );
}

test('switching to Arabic turns the page right to left and mirrors the panel and the map controls', async ({
  atlas,
  page,
}) => {
  await atlas.open(`${SWIPE}&lang=en`);
  await expect(atlas.document).toHaveAttribute('dir', 'ltr');
  const en = await layout(page);
  const map = en.map;
  if (!map) throw new Error('no map');
  const width = map.right - map.left;
  // English: the panel on the left, the toolbar from the left, before on the left of the divider at 25 %.
  expect(en.panel?.right).toBeLessThanOrEqual(map.left + 1);
  expect(en.before?.centre).toBeLessThan(en.after?.centre ?? 0);
  expect(en.layers?.centre).toBeLessThan(en.modes?.centre ?? 0);
  expect(Math.abs((en.attribution?.right ?? 0) - map.right)).toBeLessThan(2);
  expect(Math.abs((en.divider?.centre ?? 0) - (map.left + width * 0.25))).toBeLessThan(3);
  await atlas.waitForImagery();
  expect(await atlas.sideAt(0.1, 0.6)).toBe('before');
  expect(await atlas.sideAt(0.9, 0.6)).toBe('after');

  await atlas.chooseLanguage('العربية');
  await expect(atlas.document).toHaveAttribute('lang', 'ar');
  await expect(atlas.document).toHaveAttribute('dir', 'rtl');
  await expect(page).toHaveURL(/lang=ar/);
  const ar = await layout(page);
  const arMap = ar.map;
  if (!arMap) throw new Error('no map');
  // Arabic: everything the other way round, before on the right of a divider at 25 % from the right.
  expect(ar.panel?.left).toBeGreaterThanOrEqual(arMap.right - 1);
  expect(ar.before?.centre).toBeGreaterThan(ar.after?.centre ?? Infinity);
  expect(ar.layers?.centre).toBeGreaterThan(ar.modes?.centre ?? Infinity);
  expect(Math.abs((ar.attribution?.left ?? 0) - arMap.left)).toBeLessThan(2);
  expect(Math.abs((ar.divider?.centre ?? 0) - (arMap.right - width * 0.25))).toBeLessThan(3);
  await atlas.waitForImagery();
  expect(await atlas.sideAt(0.9, 0.6)).toBe('before');
  expect(await atlas.sideAt(0.1, 0.6)).toBe('after');

  // The arrow keys move the divider the way they point: left gives the before side (on the right) more.
  const divider = page.getByRole('slider');
  await divider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(divider).toHaveAttribute('aria-valuenow', '26');
  expect((await layout(page)).divider?.centre).toBeLessThan(ar.divider?.centre ?? 0);
});

test('?lang=ar opens right to left, the panel on the right', async ({ atlas, page }) => {
  await atlas.open('lang=ar');
  await expect(atlas.document).toHaveAttribute('lang', 'ar');
  await expect(atlas.document).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أطلس النهضة');
  const { panel, map } = await layout(page, { panel: PARTS.panel, map: PARTS.map });
  expect(panel?.left).toBeGreaterThanOrEqual((map?.right ?? Infinity) - 1);
});
