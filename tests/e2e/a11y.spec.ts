/**
 * Automated accessibility scans of the main views with axe: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and
 * axe's best practices, with zero violations of any impact. Nothing is excluded: MapLibre's canvas is a
 * named, focusable region, which axe can check like any other element (it cannot see what the canvas
 * draws — the list is the text alternative to the map, checked by the other specs).
 */
import { AIRPORT, FIXTURE_DATA } from './fixture-data.ts';
import { AxeBuilder, expect, test, type Page } from './helper.ts';
import { KIOSK_DATA, test as kioskTest } from './kiosk.ts';

test.use({ data: FIXTURE_DATA });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PAIR = 'before=fixture-before&after=fixture-after';

/** Violations as short readable lines (rule, impact, element, why), so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'no impact'}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`,
    ),
  );
}

test('home, with the map key open', async ({ atlas, page }) => {
  await atlas.open();
  expect(await violations(page)).toEqual([]);
  await page.getByText('Project categories').click();
  // The fixtures' four categories, each named, and the cluster marker.
  const key = page.locator('.map-legend');
  await expect(key.getByRole('listitem')).toHaveText(
    ['Housing', 'Transport', 'Energy', 'Heritage', 'Several projects close together: select to zoom in'].map(
      (text) => new RegExp(text),
    ),
  );
  expect(await violations(page)).toEqual([]);
});

test('filters in use', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.toggleFilter('Category', 'Housing');
  await atlas.toggleFilter('Status', 'Under construction');
  await atlas.search('village');
  await expect(atlas.list.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Active filters' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('no project matches the filters', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.search('nothing like this');
  await expect(page.getByText('No projects match these filters.')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('project passport', async ({ atlas, page }) => {
  await atlas.open(`project=${AIRPORT.id}`);
  await expect(atlas.article(AIRPORT.name)).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('district panel', async ({ atlas, page }) => {
  await atlas.open('district=AZ-FUZ');
  await expect(atlas.article('Fuzuli')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('compare: swipe', async ({ atlas, page }) => {
  await atlas.open(`${PAIR}&mode=swipe&split=50`);
  await atlas.waitForImagery();
  await expect(atlas.divider).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('compare: fade and side by side', async ({ atlas, page }) => {
  await atlas.open(`${PAIR}&mode=fade&split=40`);
  await atlas.waitForImagery();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('radio', { name: 'Side by side' }).check();
  await expect(atlas.secondaryCanvas).toBeVisible();
  await atlas.waitForImagery();
  expect(await violations(page)).toEqual([]);
});

test('Arabic: home, passport and comparison', async ({ atlas, page }) => {
  await atlas.open('lang=ar');
  await expect(atlas.document).toHaveAttribute('dir', 'rtl');
  expect(await violations(page)).toEqual([]);
  await atlas.open(`lang=ar&project=${AIRPORT.id}&${PAIR}&mode=side-by-side`);
  await expect(atlas.secondaryCanvas).toBeVisible();
  await atlas.waitForImagery();
  expect(await violations(page)).toEqual([]);
});

test.describe('data issues', () => {
  test.use({ data: { ...FIXTURE_DATA, 'projects.geojson': { fixture: 'data/projects-broken.geojson' } } });

  test('the curator panel', async ({ atlas, page }) => {
    await atlas.open();
    await page.getByRole('button', { name: /Data issues/ }).click();
    await expect(atlas.dataIssues).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});

kioskTest.describe('kiosk', () => {
  // The file's data (above) applies to every test in it: name the kiosk's again.
  kioskTest.use({ data: KIOSK_DATA });

  kioskTest('guided tour', async ({ atlas, kiosk, page }) => {
    await kiosk.open();
    await atlas.openTour();
    await expect(atlas.tourStep(1, 2)).toBeVisible();
    await atlas.waitForImagery();
    expect(await violations(page)).toEqual([]);
  });

  // The kiosk's home (scene cards, the large controls) in each language, Arabic right to left; its
  // secondary panel of filters and projects once.
  for (const lang of ['az', 'en', 'ru', 'ar', 'tr'] as const) {
    kioskTest(`home in ${lang}`, async ({ atlas, page }) => {
      await atlas.open(`kiosk=1&lang=${lang}`);
      await atlas.waitForState((state) => state.kiosk.checks?.length === 3);
      await expect(atlas.document).toHaveAttribute('lang', lang);
      await expect(page.locator('.scene-card')).toHaveCount(2);
      expect(await violations(page)).toEqual([]);
      if (lang !== 'en') return;
      await page.getByRole('button', { name: 'Filters and projects', exact: true }).click();
      await expect(atlas.filters).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});

// axe schedules its own timers, which Playwright's paused clock would hold: this scan runs in real time,
// waiting for the countdown and the attract loop to appear.
test.describe('kiosk in real time', () => {
  test.use({ data: KIOSK_DATA });

  test('countdown and attract loop', async ({ atlas, page }) => {
    await atlas.open('kiosk=1&idle=6&lang=en');
    await expect(page.getByRole('alertdialog', { name: /Still exploring\?/ })).toBeVisible({
      timeout: 15_000,
    });
    expect(await violations(page)).toEqual([]);
    await expect(page.getByRole('button', { name: /Touch to explore/ })).toBeVisible({ timeout: 20_000 });
    expect(await violations(page)).toEqual([]);
  });
});
