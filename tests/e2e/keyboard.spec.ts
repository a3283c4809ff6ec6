/**
 * A keyboard-only visitor: skip link, filters, list, passport, comparison, divider, and Escape back out,
 * with focus returned where it was at every step and a visible focus ring on every control.
 */
import type { AtlasDriver } from './driver.ts';
import { FIXTURE_DATA } from './fixture-data.ts';
import { expect, FIXTURE_TILE_COLOURS, test } from './helper.ts';
import { distance, dominantAround, hexToRgb } from './pixels.ts';

test.use({ data: FIXTURE_DATA });

async function sideAt(atlas: AtlasDriver, fx: number, fy: number): Promise<'before' | 'after' | 'neither'> {
  const { image } = await atlas.mapPixels();
  const colour = dominantAround(image, Math.round(image.width * fx), Math.round(image.height * fy), 4);
  const before = distance(colour, hexToRgb(FIXTURE_TILE_COLOURS.before));
  const after = distance(colour, hexToRgb(FIXTURE_TILE_COLOURS.after));
  if (Math.min(before, after) > 60) return 'neither';
  return before < after ? 'before' : 'after';
}

test('skip link → filters → list → passport → before/after → divider by arrows → Escape, Escape', async ({
  atlas,
  page,
}) => {
  await atlas.open();

  // The first Tab shows the skip link; it leads to the project list (and leaves the URL alone).
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the project list' });
  await expect(skip).toBeFocused();
  expect((await atlas.focusRing()).inView).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('#project-list')).toBeFocused();
  expect(page.url()).not.toContain('#');

  // Back up into the filters and tick a category.
  const housing = atlas.filters
    .getByRole('group', { name: 'Category' })
    .getByRole('checkbox', { name: /^Housing/ });
  await atlas.tabTo(housing, { backwards: true });
  await page.keyboard.press('Space');
  await expect(housing).toBeChecked();
  await expect(atlas.list.getByRole('listitem')).toHaveCount(1);

  // On to the list; Enter opens the passport and focus moves to its heading.
  const row = atlas.list.getByRole('button', { name: /Fixture village/ });
  await atlas.tabTo(row);
  await page.keyboard.press('Enter');
  const passport = page.getByRole('article', { name: /Fixture village/ });
  await expect(passport.getByRole('heading', { name: /Fixture village/ })).toBeFocused();

  // Before / after opens the comparison; focus moves to its controls.
  const beforeAfter = passport.getByRole('button', { name: 'Before / after' });
  await atlas.tabTo(beforeAfter);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Compare imagery' })).toBeFocused();

  // The divider is a slider: arrows move it, and the imagery follows.
  const divider = page.getByRole('slider', { name: 'Before/after divider' });
  await atlas.tabTo(divider);
  await expect(divider).toHaveAttribute('aria-valuenow', '50');
  await atlas.waitForImagery();
  expect(await sideAt(atlas, 0.42, 0.6)).toBe('before');
  for (let press = 0; press < 15; press++) await page.keyboard.press('ArrowLeft');
  await expect(divider).toHaveAttribute('aria-valuenow', '35');
  await expect(page.getByTestId('pane-before')).toHaveCSS('clip-path', 'inset(0px 65% 0px 0px)');
  await atlas.waitForImagery();
  expect(await sideAt(atlas, 0.42, 0.6)).toBe('after');

  // Escape closes the comparison, focus back on Before / after; Escape again closes the passport, focus
  // back on the list row that opened it.
  await page.keyboard.press('Escape');
  await expect(divider).toBeHidden();
  await expect(page).not.toHaveURL(/before=/);
  await expect(beforeAfter).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(passport).toBeHidden();
  await expect(row).toBeFocused();
  await expect(housing).toBeChecked();
});

test('the header Compare button gets focus back when Escape closes the comparison', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  const button = page.getByRole('button', { name: 'Compare imagery' });
  await atlas.tabTo(button);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Compare imagery' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('slider', { name: 'Before/after divider' })).toBeHidden();
  await expect(button).toBeFocused();
});

test('a district panel opened from a passport closes with Escape, focus back in the list', async ({
  atlas,
  page,
}) => {
  await atlas.open('project=fixture-airport');
  const link = page.getByRole('article', { name: 'Fixture airport' }).getByRole('button', { name: 'Fuzuli' });
  await atlas.tabTo(link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Fuzuli', level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('article', { name: 'Fuzuli' })).toBeHidden();
  await expect(page.locator('#project-list')).toBeFocused();
});

/** Tabs through every control once, from the top of the page, and names those without a focus ring. */
async function controlsWithoutRing(atlas: AtlasDriver): Promise<string[]> {
  await atlas.focusRing(true);
  const missing: string[] = [];
  let visited = 0;
  for (let press = 0; press < 150; press++) {
    await atlas.page.keyboard.press('Tab');
    const { name, ring, again } = await atlas.focusRing();
    // Past the last control focus leaves the page (the body), or comes round to the first one again.
    if (again || name === 'body') break;
    visited++;
    if (!ring) missing.push(name);
  }
  expect(visited).toBeGreaterThan(10);
  return missing;
}

test('every control shows a focus ring', async ({ atlas }) => {
  await atlas.open('before=fixture-before&after=fixture-after&mode=swipe&split=50&project=fixture-airport');
  expect(await controlsWithoutRing(atlas)).toEqual([]);
});

test('every control of the home view shows a focus ring', async ({ atlas }) => {
  await atlas.open();
  expect(await controlsWithoutRing(atlas)).toEqual([]);
});
