/**
 * A keyboard-only visitor: skip link, filters, list, passport, comparison, divider, and Escape back out,
 * with focus returned where it was at every step and a visible focus ring on every control.
 */
import type { AtlasDriver } from './driver.ts';
import { FIXTURE_DATA } from './fixture-data.ts';
import { expect, test } from './helper.ts';

test.use({ data: FIXTURE_DATA });

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

  // Back up into the filters, open the category group (folded at this width) and tick a category.
  const categories = atlas.filters.getByRole('button', { name: /^Category/ });
  await atlas.tabTo(categories, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(categories).toHaveAttribute('aria-expanded', 'true');
  const housing = atlas.filters
    .getByRole('group', { name: 'Category' })
    .getByRole('checkbox', { name: /^Housing/ });
  await atlas.tabTo(housing);
  await page.keyboard.press('Space');
  await expect(housing).toBeChecked();
  await expect(atlas.list.getByRole('listitem')).toHaveCount(1);

  // On to the list; Enter opens the passport and focus moves to its heading.
  const row = atlas.list.getByRole('button', { name: /Fixture village/ });
  await atlas.tabTo(row);
  await page.keyboard.press('Enter');
  const passport = atlas.article(/Fixture village/);
  await expect(passport.getByRole('heading', { name: /Fixture village/ })).toBeFocused();

  // Before / after opens the comparison; focus moves to its controls.
  const beforeAfter = passport.getByRole('button', { name: 'Before / after' });
  await atlas.tabTo(beforeAfter);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Compare imagery' })).toBeFocused();

  // The divider is a slider: arrows move it, and the imagery follows.
  const divider = atlas.divider;
  await atlas.tabTo(divider);
  await atlas.waitForImagery();
  // Opened from a project, the divider stands beside it, not over it (the map is centred on the project).
  await expect(divider).not.toHaveAttribute('aria-valuenow', '50');
  // Once the visitor moves it, it stays where they put it: Home, then five PageUps (10 each), to the middle.
  await page.keyboard.press('Home');
  for (let press = 0; press < 5; press++) await page.keyboard.press('PageUp');
  await expect(divider).toHaveAttribute('aria-valuenow', '50');
  await atlas.waitForImagery();
  expect(await atlas.sideAt(0.42, 0.6)).toBe('before');
  for (let press = 0; press < 15; press++) await page.keyboard.press('ArrowLeft');
  await expect(divider).toHaveAttribute('aria-valuenow', '35');
  await expect(page.getByTestId('pane-before')).toHaveCSS('clip-path', 'inset(0px 65% 0px 0px)');
  await atlas.waitForImagery();
  expect(await atlas.sideAt(0.42, 0.6)).toBe('after');

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
  const button = atlas.compareButton;
  await atlas.tabTo(button);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Compare imagery' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(atlas.divider).toBeHidden();
  await expect(button).toBeFocused();
});

test('a district panel opened from a passport closes with Escape, focus back in the list', async ({
  atlas,
  page,
}) => {
  await atlas.open('project=fixture-airport');
  const link = atlas.article('Fixture airport').getByRole('button', { name: 'Fuzuli' });
  await atlas.tabTo(link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Fuzuli', level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(atlas.article('Fuzuli')).toBeHidden();
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
