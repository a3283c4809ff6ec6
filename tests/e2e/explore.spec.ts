import { CATEGORY_COLORS } from '../../src/ui/theme.ts';
import type { AtlasDriver } from './driver.ts';
import { AIRPORT, FIXTURE_DATA, VILLAGE } from './fixture-data.ts';
import { expect, test } from './helper.ts';
import { distance, dominantAround, hexToRgb } from './pixels.ts';

test.use({ data: FIXTURE_DATA });

async function markerColourDistance(atlas: AtlasDriver, place: { lon: number; lat: number }, colour: string) {
  const { image, origin } = await atlas.mapPixels();
  const p = await atlas.screenPoint(place.lon, place.lat);
  return distance(dominantAround(image, p.x - origin.x, p.y - origin.y), hexToRgb(colour));
}

test('a filter changes the list and the markers drawn on the map', async ({ atlas }) => {
  await atlas.open();
  await expect(atlas.list.getByRole('listitem')).toHaveCount(4);
  expect(await markerColourDistance(atlas, AIRPORT, CATEGORY_COLORS.transport)).toBeLessThan(40);

  await atlas.toggleFilter('Category', 'Housing');
  await expect(atlas.list.getByRole('listitem')).toHaveCount(1);
  expect(await atlas.listedNames()).toEqual(['Fixture village']);
  await expect(atlas.filters.getByText('1 of 4 projects')).toBeVisible();
  await atlas.waitForMapIdle();
  expect(await markerColourDistance(atlas, AIRPORT, CATEGORY_COLORS.transport)).toBeGreaterThan(60);
  expect(await markerColourDistance(atlas, VILLAGE, CATEGORY_COLORS.housing)).toBeLessThan(40);

  await atlas.page.getByRole('button', { name: 'Remove filter: Housing' }).click();
  await expect(atlas.list.getByRole('listitem')).toHaveCount(4);
  await atlas.waitForMapIdle();
  expect(await markerColourDistance(atlas, AIRPORT, CATEGORY_COLORS.transport)).toBeLessThan(40);
});

test('search tolerates diacritics and scripts, and an empty result offers to clear', async ({
  atlas,
  page,
}) => {
  await atlas.open('lang=az');
  const search = page
    .getByRole('region', { name: 'Filtrlər' })
    .getByRole('searchbox', { name: 'Layihələri axtar' });
  const list = page.getByRole('list', { name: 'Layihələr' });
  await search.fill('sinaq kendi');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Sınaq kəndi');
  await search.fill('xyzzy');
  await expect(page.getByText('Bu filtrlərə uyğun layihə yoxdur.')).toBeVisible();
  await page.getByRole('button', { name: 'Filtrləri təmizlə', exact: true }).click();
  await expect(list.getByRole('listitem')).toHaveCount(4);
});

test('choosing a project in the list opens its passport and flies to it; hovering highlights its marker', async ({
  atlas,
}) => {
  await atlas.open();
  await atlas.list.getByRole('button', { name: /Fixture airport/ }).hover();
  await expect.poll(() => atlas.projectState(AIRPORT.id)).toMatchObject({ hover: true });
  await atlas.openFromList('Fixture airport');
  await expect(atlas.article(AIRPORT.name)).toBeVisible();
  await expect.poll(async () => (await atlas.mapCenter()).zoom, { timeout: 10_000 }).toBeGreaterThan(11);
  const centre = await atlas.mapCenter();
  expect(Math.abs(centre.lng - AIRPORT.lon)).toBeLessThan(0.01);
  expect(Math.abs(centre.lat - AIRPORT.lat)).toBeLessThan(0.01);
  await expect.poll(() => atlas.projectState(AIRPORT.id)).toMatchObject({ selected: true });
});

test('a district opens from the map with its statistics, and filters to itself', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.clickAt(47.35, 39.45); // inside Fuzuli, away from markers
  const panel = atlas.article('Fuzuli');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('km²');
  await expect(panel).toContainText('Projects by status');
  await expect(page).toHaveURL(/district=AZ-FUZ/);
  await panel.getByRole('button', { name: 'Filter to this district' }).click();
  await expect(atlas.list.getByRole('listitem')).toHaveCount(2);
  await expect(page).toHaveURL(/districts=AZ-FUZ/);
});

test('a deep link reopens the same screen, and Back closes what was opened', async ({ atlas, page }) => {
  await atlas.open('category=housing,transport&status=completed&from=2021&to=2022&map=9.50/39.4000/47.0000');
  await expect(atlas.list.getByRole('listitem')).toHaveCount(1);
  await atlas.openFromList('Fixture airport');
  await expect(atlas.article(AIRPORT.name)).toBeVisible();
  const url = page.url();
  await page.reload();
  await atlas.waitForMapIdle();
  await expect(atlas.article(AIRPORT.name)).toBeVisible();
  expect(page.url()).toBe(url);
  await page.goBack();
  await expect(atlas.article(AIRPORT.name)).toBeHidden();
  await expect(atlas.list.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Remove filter: Housing' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove filter: 2021–2022' })).toBeVisible();
});

test('exports hold the filtered rows as CSV and GeoJSON', async ({ atlas }) => {
  await atlas.open();
  await atlas.toggleFilter('District', 'Fuzuli');
  await expect(atlas.list.getByRole('listitem')).toHaveCount(2);
  const csv = await atlas.download('CSV (spreadsheet)');
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.text.slice(1).trim().split('\r\n');
  expect(lines[0]).toBe(
    'id,name,category,status,status_as_of,start,end,districts,lon,lat,geometry,precision,families,residents,sources',
  );
  expect(
    lines
      .slice(1)
      .map((line) => line.split(',')[0])
      .sort(),
  ).toEqual(['fixture-airport', 'fixture-road']);
  const geojson = await atlas.download('GeoJSON');
  const collection = JSON.parse(geojson.text) as { features: { id: string }[] };
  expect(collection.features.map((f) => f.id).sort()).toEqual(['fixture-airport', 'fixture-road']);
});
