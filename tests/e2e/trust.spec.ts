/**
 * What makes the data trustworthy to a visitor: schematic routes drawn dashed, the current district in the
 * passport, the data date, licences and the public corrections log in "About the data".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DATA } from './fixture-data.ts';
import { AxeBuilder, expect, FIXTURES, test, type Page } from './helper.ts';
import { countNear, hexToRgb } from './pixels.ts';

interface RawFeature {
  id: string;
  properties: Record<string, unknown>;
}

/** The fixture projects with the road marked schematic and the village in a re-created district. */
function trustProjects(): string {
  const collection = JSON.parse(readFileSync(join(FIXTURES, 'data', 'projects.geojson'), 'utf8')) as {
    features: RawFeature[];
  };
  for (const feature of collection.features) {
    if (feature.id === 'fixture-road') feature.properties.precision = 'schematic';
    if (feature.id === 'fixture-village') {
      feature.properties.currentDistrict = {
        name: { az: 'Ağdərə', en: 'Aghdara', ru: 'Агдере' },
        since: '2023-12-05',
        sources: [{ title: 'Law on Aghdara district', url: 'https://example.org/law', date: '2023-12' }],
      };
    }
  }
  return JSON.stringify(collection);
}

test.use({ data: { ...FIXTURE_DATA, 'projects.geojson': { text: trustProjects() } } });
// Two map renders and pixel reads per test: allow for a busy machine's software GL.
test.setTimeout(150_000);

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

/** The road's colour (energy) in the map area around the road: fewer pixels when dashed than solid. */
const ROAD = { west: 47.04, east: 47.25, south: 39.57, north: 39.62 };
const ENERGY = hexToRgb('#f59f00');

test('a schematic route is drawn dashed, read from the feature, and the legend names it', async ({
  atlas,
  page,
}) => {
  await atlas.open('map=11.00/39.595/47.145');
  const rendered = await page.evaluate(() =>
    window.__revivalAtlas?.map.queryRenderedFeatures({ layers: ['project-line'] }).map((f) => f.properties),
  );
  expect(rendered).toContainEqual(expect.objectContaining({ pid: 'fixture-road', precision: 'schematic' }));

  const roadBox = async () => {
    const a = await atlas.screenPoint(ROAD.west, ROAD.north);
    const b = await atlas.screenPoint(ROAD.east, ROAD.south);
    const { image, origin } = await atlas.mapPixels();
    const box = { x: a.x - origin.x, y: a.y - origin.y - 10, width: b.x - a.x, height: b.y - a.y + 20 };
    return countNear(image, ENERGY, 40, box);
  };
  const dashed = await roadBox();
  // The same road drawn solid, for comparison in the same run.
  await page.evaluate(() =>
    window.__revivalAtlas?.map.setPaintProperty('project-line', 'line-dasharray', ['literal', [1, 0]]),
  );
  await atlas.waitForMapIdle();
  const solid = await roadBox();
  expect(solid).toBeGreaterThan(200);
  expect(dashed).toBeGreaterThan(solid * 0.3);
  expect(dashed).toBeLessThan(solid * 0.8);

  await page.getByText('Project categories').click();
  await expect(page.getByText('Schematic route (not the surveyed alignment)')).toBeVisible();
});

test('the passport names the current district and says a route is schematic', async ({ atlas, page }) => {
  await atlas.open('project=fixture-village');
  const passport = page.getByRole('article');
  await expect(passport).toContainText('Aghdara district (re-created 2023); boundary not drawn');
  await expect(passport).toContainText('By the law of December 5, 2023');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Close project' }).click();
  await atlas.openFromList('Fixture road');
  await expect(page.getByRole('article')).toContainText('Schematic route: drawn through the towns');
});

test('"About the data" shows the data date, licences and the corrections log', async ({ atlas, page }) => {
  await atlas.open();
  await page.getByRole('button', { name: 'About the data' }).click();
  const panel = page.getByRole('region', { name: 'About the data' });
  await expect(panel).toBeVisible();
  // The newest statusAsOf of the fixture projects.
  await expect(panel).toContainText('Data current to 2025');
  await expect(panel.getByRole('link', { name: 'Report a correction' })).toHaveAttribute(
    'href',
    'mailto:corrections@fixture.example.org',
  );
  await expect(panel).toContainText('CC BY 4.0');
  await expect(panel.getByRole('heading', { name: /Corrections log \(3 corrections\)/ })).toBeVisible();
  const entries = panel.locator('.correction');
  await expect(entries).toHaveCount(3);
  // Newest first; names, not ids; what changed.
  await expect(entries.first()).toContainText('Route');
  await expect(entries.first()).toContainText('Fixture road');
  await expect(entries.last()).toContainText('Fixture airport');
  await expect(entries.last()).toContainText(/Moved 0\.\d+ km/);
  expect(await axeViolations(page)).toEqual([]);

  // The tour shows each scene's sources with its caption.
  await page.getByRole('button', { name: 'Guided tour' }).click();
  await expect(page.locator('.tour-sources')).toContainText('Sources:');
  await expect(page.locator('.tour-sources')).toContainText('Fixture');
});
