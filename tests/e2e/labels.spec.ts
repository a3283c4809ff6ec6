/** Project names on the map, on the shipped data: where there is room, never over a district's name. */
import type { Box } from './driver.ts';
import { expect, test } from './helper.ts';

// The shipped data files: no fixture stands in for them.
test.use({ data: {} });

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const lang of ['en', 'az'] as const) {
  test(`project names show beside their markers and yield to district names (${lang})`, async ({
    atlas,
    page,
  }) => {
    // Fuzuli, Khojavend and Jabrayil: many projects, three district names.
    await atlas.open(`lang=${lang}&map=10.00/39.5500/47.0500`);
    const { districts, projects } = await atlas.labelBoxes();
    expect(districts.length).toBeGreaterThan(0);
    expect(projects.length).toBeGreaterThan(2);
    for (const project of projects) {
      for (const district of districts) expect(overlap(project, district)).toBe(false);
    }
    await page.screenshot({ path: `test-results/labels/labels-${lang}.png` });
    // District names come first: without the project names not one more district name shows.
    await page.evaluate(() =>
      window.__revivalAtlas?.map.setLayoutProperty('project-label', 'visibility', 'none'),
    );
    await atlas.waitForMapIdle();
    expect((await atlas.labelBoxes()).districts).toHaveLength(districts.length);
  });
}
