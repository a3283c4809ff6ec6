/**
 * Desktop screens, wide and not (its own file: the phone project runs layout.spec.ts with a phone's screen and
 * touch, this one only on the desktop project).
 */
import { FIXTURE_DATA } from './fixture-data.ts';
import { expect, test, type Page } from './helper.ts';

test.use({ data: FIXTURE_DATA });

test.describe('a wide desktop, 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a search shows its first result without scrolling past the filters; the legend is reachable', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    await atlas.search('Fixture');
    const row = atlas.list.getByRole('listitem').first();
    await expect(row).toBeVisible();
    const box = await row.boundingBox();
    if (!box) throw new Error('no result row');
    test.info().annotations.push({ type: 'first result top', description: String(Math.round(box.y)) });
    // Where it is drawn before any scrolling: the panel and the page are at their tops.
    expect(await page.evaluate(() => document.getElementById('side-panel')?.scrollTop ?? 0)).toBe(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + Math.min(box.height, 44)).toBeLessThanOrEqual(900);
    // The filters stay in reach beside the results.
    await expect(atlas.filters.getByRole('group', { name: 'Category' })).toBeVisible();
    await expect(atlas.filters.getByRole('checkbox', { name: /^Housing/ })).toBeInViewport();
    const summary = page.locator('.map-legend summary');
    await expect(summary).toBeInViewport();
    await summary.click();
    await expect(page.locator('.map-legend').getByText('Housing')).toBeInViewport();
  });
});

/** The desktops and tablets below the two-column width: the panel is one column there. */
const DESKS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
] as const;

/** What the test reads and clicks, in the two reading directions. */
const WORDS = {
  en: {
    filters: 'Filters',
    search: 'Search projects',
    projects: 'Projects',
    category: 'Category',
    housing: 'Housing',
  },
  ar: {
    filters: 'التصفية',
    search: 'البحث في المشاريع',
    projects: 'المشاريع',
    category: 'الفئة',
    housing: 'الإسكان',
  },
} as const;

/** The first result row and the result count are on screen with the panel and the page at their tops. */
async function expectFirstResultInView(page: Page, projects: string, step: string): Promise<number> {
  const row = page.getByRole('list', { name: projects, exact: true }).getByRole('listitem').first();
  await expect(row).toBeVisible();
  const box = await row.boundingBox();
  if (!box) throw new Error('no result row');
  const height = page.viewportSize()?.height ?? 0;
  test.info().annotations.push({ type: `${step}: first result top`, description: String(Math.round(box.y)) });
  const scrolled = await page.evaluate(() => ({
    panel: document.getElementById('side-panel')?.scrollTop ?? 0,
    page: window.scrollY,
  }));
  expect(scrolled, `${step}: nothing scrolled`).toEqual({ panel: 0, page: 0 });
  expect(box.y, `${step}: first result below the top`).toBeGreaterThanOrEqual(0);
  expect(box.y + Math.min(box.height, 44), `${step}: first result above the bottom`).toBeLessThanOrEqual(
    height,
  );
  await expect(page.locator('.result-count')).toBeInViewport();
  return box.y;
}

for (const lang of ['en', 'ar'] as const)
  for (const viewport of DESKS)
    test.describe(`a ${viewport.width} × ${viewport.height} desktop (${lang})`, () => {
      test.use({ viewport });

      test('a search and a filter show the first result and the count without scrolling', async ({
        atlas,
        page,
      }) => {
        const words = WORDS[lang];
        await atlas.open(`lang=${lang}`);
        const filters = page.getByRole('region', { name: words.filters, exact: true });
        await filters.getByRole('searchbox', { name: words.search }).fill('Fixture');
        await expectFirstResultInView(page, words.projects, 'search');
        await filters.getByRole('searchbox', { name: words.search }).fill('');
        // The category group: folded to one line (a button naming it and what is chosen), opened to tick.
        const toggle = filters.getByRole('button', { name: new RegExp(`^${words.category}`) });
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        await filters
          .getByRole('group', { name: words.category })
          .getByRole('checkbox', { name: new RegExp(`^${words.housing}`) })
          .click();
        await expect(
          page.getByRole('list', { name: words.projects, exact: true }).getByRole('listitem'),
        ).toHaveCount(1);
        await expectFirstResultInView(page, words.projects, 'filter');
        // Folded again, the group says what is chosen.
        await toggle.click();
        await expect(toggle).toContainText(words.housing);
      });
    });

test('during a comparison the legend is a control of its toolbar, folded until asked', async ({
  atlas,
  page,
}) => {
  await atlas.open('before=s2-2019&after=s2-2025&mode=swipe');
  const toolbar = page.getByRole('region', { name: 'Compare imagery' });
  await expect(toolbar).toBeVisible();
  const summary = toolbar.getByText('Project categories');
  await expect(summary).toBeInViewport();
  // Nothing covers it, and folded it shows no list over the imagery.
  const onTop = await summary.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return element.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
  });
  expect(onTop, 'the legend is covered').toBe(true);
  await expect(toolbar.getByText('Housing')).toBeHidden();
  await summary.click();
  await expect(toolbar.getByText('Housing')).toBeInViewport();
  await expect(toolbar.getByText(/Several projects close together/)).toBeInViewport();
});
