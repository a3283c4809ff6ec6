/**
 * A wide desktop screen (its own file: the phone project runs layout.spec.ts with a phone's screen and touch,
 * this one only on the desktop project).
 */
import { FIXTURE_DATA } from './fixture-data.ts';
import { expect, test } from './helper.ts';

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
