import { MAP_COLORS, CATEGORY_COLORS } from '../../src/ui/theme.ts';
import { AIRPORT, FIXTURE_DATA, IN_AGHDAM, OUTSIDE, VILLAGE } from './fixture-data.ts';
import { expect, FIXTURE_TILE_COLOURS, test } from './helper.ts';
import { countNear, distance, dominantAround, hexToRgb } from './pixels.ts';

test.use({ data: FIXTURE_DATA });

test('draws imagery, districts, the region outline and project markers', async ({ atlas }) => {
  await atlas.open();
  const { image, origin } = await atlas.mapPixels();
  const at = async (lon: number, lat: number) => {
    const p = await atlas.screenPoint(lon, lat);
    return dominantAround(image, p.x - origin.x, p.y - origin.y);
  };
  // Outside the districts the satellite layer (fixture tiles) shows through untouched.
  expect(distance(await at(OUTSIDE.lon, OUTSIDE.lat), hexToRgb(FIXTURE_TILE_COLOURS.after))).toBeLessThan(12);
  // Inside a district the imagery is tinted by the district fill: different from bare imagery.
  expect(
    distance(await at(IN_AGHDAM.lon, IN_AGHDAM.lat), hexToRgb(FIXTURE_TILE_COLOURS.after)),
  ).toBeGreaterThan(12);
  // The region outline is drawn as a line of its own colour.
  expect(countNear(image, hexToRgb(MAP_COLORS.regionOutline), 40)).toBeGreaterThan(300);
  // Markers are coloured by category.
  expect(distance(await at(AIRPORT.lon, AIRPORT.lat), hexToRgb(CATEGORY_COLORS.transport))).toBeLessThan(40);
  expect(distance(await at(VILLAGE.lon, VILLAGE.lat), hexToRgb(CATEGORY_COLORS.housing))).toBeLessThan(40);
});

test('hovering a district highlights it', async ({ atlas }) => {
  await atlas.open();
  const before = await atlas.mapPixels();
  const p = await atlas.screenPoint(IN_AGHDAM.lon, IN_AGHDAM.lat);
  const colourBefore = dominantAround(before.image, p.x - before.origin.x, p.y - before.origin.y);
  await atlas.hoverAt(IN_AGHDAM.lon, IN_AGHDAM.lat);
  await expect.poll(() => atlas.districtState('AZ-AGM')).toEqual({ hover: true });
  await atlas.waitForMapIdle();
  const after = await atlas.mapPixels();
  const colourAfter = dominantAround(after.image, p.x - after.origin.x, p.y - after.origin.y);
  expect(distance(colourBefore, colourAfter)).toBeGreaterThan(20);
  await atlas.hoverAt(OUTSIDE.lon, OUTSIDE.lat);
  await expect.poll(() => atlas.districtState('AZ-AGM')).toEqual({ hover: false });
});

test('the camera stays within the region', async ({ atlas }) => {
  await atlas.open('map=3.00/10.0000/10.0000');
  const view = await atlas.page.evaluate(() => {
    const map = window.__revivalAtlas?.map;
    return map ? { zoom: map.getZoom(), ...map.getCenter() } : undefined;
  });
  expect(view?.zoom).toBeGreaterThanOrEqual(7);
  expect(view?.lng).toBeGreaterThan(44.9);
  expect(view?.lat).toBeGreaterThan(38.5);
});
