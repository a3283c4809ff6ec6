import { MAP_COLORS, CATEGORY_COLORS } from '../../src/ui/theme.ts';
import { AIRPORT, FIXTURE_DATA, IN_AGHDAM, OUTSIDE, VILLAGE } from './fixture-data.ts';
import { expect, test } from './helper.ts';
import { countNear, distance, FIXTURE_TILE_COLOURS, hexToRgb } from './pixels.ts';

test.use({ data: FIXTURE_DATA });

test('draws imagery, districts, the region outline and project markers', async ({ atlas }) => {
  await atlas.open();
  const shot = await atlas.mapPixels();
  const at = (lon: number, lat: number) => atlas.colourAt(shot, lon, lat);
  // Outside the districts the satellite layer (fixture tiles) shows through untouched.
  expect(distance(await at(OUTSIDE.lon, OUTSIDE.lat), hexToRgb(FIXTURE_TILE_COLOURS.after))).toBeLessThan(12);
  // Inside a district the imagery is tinted by the district fill: different from bare imagery.
  expect(
    distance(await at(IN_AGHDAM.lon, IN_AGHDAM.lat), hexToRgb(FIXTURE_TILE_COLOURS.after)),
  ).toBeGreaterThan(12);
  // The region outline is drawn as a line of its own colour.
  expect(countNear(shot.image, hexToRgb(MAP_COLORS.regionOutline), 40)).toBeGreaterThan(300);
  // Markers are coloured by category.
  expect(distance(await at(AIRPORT.lon, AIRPORT.lat), hexToRgb(CATEGORY_COLORS.transport))).toBeLessThan(40);
  expect(distance(await at(VILLAGE.lon, VILLAGE.lat), hexToRgb(CATEGORY_COLORS.housing))).toBeLessThan(40);
});

test('hovering a district highlights it', async ({ atlas }) => {
  await atlas.open();
  const colourBefore = await atlas.colourAt(await atlas.mapPixels(), IN_AGHDAM.lon, IN_AGHDAM.lat);
  await atlas.hoverAt(IN_AGHDAM.lon, IN_AGHDAM.lat);
  await expect.poll(() => atlas.districtState('AZ-AGM')).toEqual({ hover: true });
  await atlas.waitForMapIdle();
  const colourAfter = await atlas.colourAt(await atlas.mapPixels(), IN_AGHDAM.lon, IN_AGHDAM.lat);
  expect(distance(colourBefore, colourAfter)).toBeGreaterThan(20);
  await atlas.hoverAt(OUTSIDE.lon, OUTSIDE.lat);
  await expect.poll(() => atlas.districtState('AZ-AGM')).toEqual({ hover: false });
});

test('the camera stays within the region', async ({ atlas }) => {
  await atlas.open('map=3.00/10.0000/10.0000');
  const view = await atlas.mapCenter();
  expect(view.zoom).toBeGreaterThanOrEqual(7);
  expect(view.lng).toBeGreaterThan(44.9);
  expect(view.lat).toBeGreaterThan(38.5);
});
