import { MAP_COLORS } from '../../src/ui/theme.ts';
import { FIXTURE_DATA } from './fixture-data.ts';
import { expect, test } from './helper.ts';
import { countNear, hexToRgb } from './pixels.ts';

test.use({
  data: {
    ...FIXTURE_DATA,
    'projects.geojson': { text: '{ "type": "FeatureCollection", "features": [ oops' },
  },
});

test('a projects file that is not JSON is named, and the rest of the map still works', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await expect(
    page.getByText('data/projects.geojson could not be read: no projects are shown.'),
  ).toBeVisible();
  const { image } = await atlas.mapPixels();
  expect(countNear(image, hexToRgb(MAP_COLORS.regionOutline), 40)).toBeGreaterThan(300);
});

test.describe('a missing data file', () => {
  test.use({
    data: {
      'districts.geojson': FIXTURE_DATA['districts.geojson'],
      'imagery.json': FIXTURE_DATA['imagery.json'],
    },
  });
  test('is named with its HTTP status', async ({ atlas, page }) => {
    await page.route('**/data/projects.geojson', (route) =>
      route.fulfill({ status: 404, body: 'Not found' }),
    );
    await atlas.open();
    await expect(page.getByText('data/projects.geojson could not be loaded (HTTP 404)')).toBeVisible();
  });
});
