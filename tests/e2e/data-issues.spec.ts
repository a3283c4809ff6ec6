import { CATEGORY_COLORS } from '../../src/ui/theme.ts';
import { AIRPORT, FIXTURE_DATA, VILLAGE } from './fixture-data.ts';
import { expect, test } from './helper.ts';
import { distance, dominantAround, hexToRgb } from './pixels.ts';

test.use({ data: { ...FIXTURE_DATA, 'projects.geojson': { fixture: 'data/projects-broken.geojson' } } });

test('a projects file with bad entries shows the valid projects and lists the problems', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  // The valid projects are on the map.
  const { image, origin } = await atlas.mapPixels();
  for (const [place, colour] of [
    [AIRPORT, CATEGORY_COLORS.transport],
    [VILLAGE, CATEGORY_COLORS.housing],
  ] as const) {
    const p = await atlas.screenPoint(place.lon, place.lat);
    expect(distance(dominantAround(image, p.x - origin.x, p.y - origin.y), hexToRgb(colour))).toBeLessThan(
      40,
    );
  }
  // The curator sees how many problems there are and where.
  const button = page.getByRole('button', { name: /Data issues/ });
  await expect(button).toHaveAccessibleName(/^Data issues \d+ errors?, \d+ warnings?$/);
  await button.click();
  const panel = atlas.dataIssues;
  await expect(panel.getByRole('listitem').filter({ hasText: 'Line 186, column 21' })).toContainText(
    'unknown-category',
  );
  await expect(panel).toContainText('"hospital" is not a category (allowed: housing,');
  await expect(panel).toContainText('longitude and latitude look swapped');
  // Curator text is shown as text, never as HTML.
  await expect(page.locator('#data-issues b')).toHaveCount(0);
  await page.getByRole('button', { name: 'Close data issues' }).click();
  await expect(panel).toBeHidden();
});
