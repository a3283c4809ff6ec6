import { AIRPORT, FIXTURE_DATA } from './fixture-data.ts';
import { expect, test } from './helper.ts';

test.use({ data: FIXTURE_DATA });

test('the panel sits beside the map on desktop and below it as a sheet on phones', async ({
  atlas,
  page,
}) => {
  await atlas.open(`project=${AIRPORT.id}`);
  const viewport = page.viewportSize();
  const panel = await page.getByRole('complementary').boundingBox();
  const map = await atlas.mainCanvas.boundingBox();
  if (!viewport || !panel || !map) throw new Error('layout not measurable');
  if (viewport.width <= 720) {
    expect(Math.round(panel.y + panel.height)).toBe(viewport.height);
    expect(Math.round(panel.width)).toBe(viewport.width);
    expect(Math.abs(map.width - viewport.width)).toBeLessThan(1);
  } else {
    expect(panel.x + panel.width).toBeLessThanOrEqual(map.x + 1);
    expect(panel.height).toBeGreaterThan(viewport.height / 2);
  }
  await expect(page.getByRole('heading', { name: AIRPORT.name })).toBeVisible();
});
