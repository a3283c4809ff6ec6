import { AIRPORT, FIXTURE_DATA } from './fixture-data.ts';
import { expect, test } from './helper.ts';

test.use({ data: FIXTURE_DATA });

test('clicking a marker opens its panel; Back closes it', async ({ atlas, page }) => {
  // Centred on the marker, so that on a phone the bottom sheet does not cover it.
  await atlas.open(`map=9.00/${AIRPORT.lat}/${AIRPORT.lon}`);
  await atlas.clickAt(AIRPORT.lon, AIRPORT.lat);
  const panel = atlas.article(AIRPORT.name);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: AIRPORT.name })).toBeVisible();
  await expect(panel).toContainText('Transport');
  await expect(panel).toContainText('Completed (as of September 5, 2021)');
  await expect(panel).toContainText('January 2021');
  await expect(panel).toContainText('September 2021');
  await expect(page).toHaveURL(/project=fixture-airport/);
  await page.goBack();
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/project=/);
});

test('a link to a project opens its panel', async ({ atlas, page }) => {
  await atlas.open(`project=${AIRPORT.id}`);
  await expect(page.getByRole('heading', { name: AIRPORT.name })).toBeVisible();
  await page.getByRole('button', { name: 'Close project' }).click();
  await expect(page.getByRole('heading', { name: AIRPORT.name })).toBeHidden();
});
