import { MAP_COLORS } from '../../src/ui/theme.ts';
import { FIXTURE_DATA, IN_AGHDAM, OUTSIDE } from './fixture-data.ts';
import { expect, test } from './helper.ts';
import { countNear, distance, dominantAround, hexToRgb } from './pixels.ts';

test.use({ data: FIXTURE_DATA, network: 'offline' });

test('offline, the vector base still renders and the app says imagery is unavailable', async ({
  atlas,
  page,
}) => {
  const remote: string[] = [];
  page.on('requestfailed', (request) => {
    if (!request.url().startsWith('http://localhost')) remote.push(new URL(request.url()).hostname);
  });
  await atlas.open();
  await expect(
    page.getByRole('status').filter({ hasText: 'Satellite imagery is not available' }),
  ).toBeVisible();
  const { image, origin } = await atlas.mapPixels();
  const at = async (lon: number, lat: number) => {
    const p = await atlas.screenPoint(lon, lat);
    return dominantAround(image, p.x - origin.x, p.y - origin.y);
  };
  // Land colour where imagery would be, a tinted fill inside districts, and the region outline.
  expect(distance(await at(OUTSIDE.lon, OUTSIDE.lat), hexToRgb(MAP_COLORS.land))).toBeLessThan(8);
  expect(distance(await at(IN_AGHDAM.lon, IN_AGHDAM.lat), hexToRgb(MAP_COLORS.land))).toBeGreaterThan(5);
  expect(countNear(image, hexToRgb(MAP_COLORS.regionOutline), 40)).toBeGreaterThan(300);
  // The only remote requests are imagery tiles: no glyph, sprite or style server.
  expect(new Set(remote)).toEqual(new Set(['tiles.fixture.test']));
});
