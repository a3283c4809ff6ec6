import { CATEGORY_COLORS, MAP_COLORS } from '../../src/ui/theme.ts';
import type { AtlasDriver } from './driver.ts';
import { AIRPORT, FIXTURE_DATA, IN_AGHDAM, VILLAGE } from './fixture-data.ts';
import { expect, test } from './helper.ts';
import { countNear, distance, FIXTURE_TILE_COLOURS, hexToRgb } from './pixels.ts';

test.use({ data: FIXTURE_DATA });

/** What the map draws now: district tint, both markers, and the selected district's highlight outline. */
async function drawn(atlas: AtlasDriver) {
  const shot = await atlas.mapPixels();
  const { image, origin } = shot;
  const at = (lon: number, lat: number) => atlas.colourAt(shot, lon, lat);
  // Around Aghdam, away from the yellow route in Fuzuli; the outline shows beside the region outline drawn over it.
  const centre = await atlas.screenPoint(46.95, 40.0);
  const aghdam = { x: centre.x - origin.x - 150, y: centre.y - origin.y - 130, width: 300, height: 230 };
  return {
    districtTinted:
      distance(await at(IN_AGHDAM.lon, IN_AGHDAM.lat), hexToRgb(FIXTURE_TILE_COLOURS.after)) > 12,
    airportMarker: distance(await at(AIRPORT.lon, AIRPORT.lat), hexToRgb(CATEGORY_COLORS.transport)) < 40,
    villageMarker: distance(await at(VILLAGE.lon, VILLAGE.lat), hexToRgb(CATEGORY_COLORS.housing)) < 40,
    // The selected district is outlined in the highlight colour (feature-state, which a rebuilt style drops).
    highlightPixels: countNear(image, hexToRgb(MAP_COLORS.highlight), 80, aghdam),
  };
}

const EVERYTHING = { districtTinted: true, airportMarker: true, villageMarker: true };

test('after a lost WebGL context comes back, the map draws districts, markers and the selection again', async ({
  atlas,
}) => {
  await atlas.open('lang=en&district=AZ-AGM&map=8.00/39.6200/46.7500');
  const before = await drawn(atlas);
  expect(before).toMatchObject(EVERYTHING);
  expect(before.highlightPixels).toBeGreaterThan(200);

  await atlas.loseMapContext();
  // The context is really gone: nothing of the map is drawn.
  expect(await drawn(atlas)).toMatchObject({ airportMarker: false, villageMarker: false });

  await atlas.restoreMapContext();
  await atlas.waitForMapIdle();
  const after = await drawn(atlas);
  expect(after).toMatchObject(EVERYTHING);
  expect(after.highlightPixels).toBeGreaterThan(before.highlightPixels * 0.8);
  expect(await atlas.districtState('AZ-AGM')).toMatchObject({ selected: true });
  await expect(atlas.alerts).toHaveCount(0);
});

test('a WebGL context that never comes back is replaced by a new map in the same place', async ({
  atlas,
}) => {
  await atlas.open('lang=en&district=AZ-AGM&map=8.00/39.6200/46.7500');
  const view = await atlas.mapCenter();
  await atlas.markMapCanvas();
  await atlas.loseMapContext();
  await expect.poll(() => atlas.mapCanvasIsNew(), { timeout: 15_000 }).toBe(true);
  await atlas.waitForMapIdle();
  const after = await drawn(atlas);
  expect(after).toMatchObject(EVERYTHING);
  expect(after.highlightPixels).toBeGreaterThan(200);
  const again = await atlas.mapCenter();
  expect(again.zoom).toBeCloseTo(view.zoom, 1);
  expect(again.lng).toBeCloseTo(view.lng, 2);
  expect(await atlas.mainCanvas.count()).toBe(1);
  await expect(atlas.alerts).toHaveCount(0);
});
