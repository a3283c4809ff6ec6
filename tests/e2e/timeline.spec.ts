/**
 * The timeline on the shipped data: one date drives the map (the status expression through global state),
 * the list, the facet counts, the passport and the imagery. Remote imagery tiles are answered with one
 * colour per year of the Sentinel-2 series, so the pixels say which year is drawn.
 */
import { expect, test, type Page } from './helper.ts';
import { dominantAround } from './pixels.ts';
import { colourTilesByYear, nearestYear } from './year-tiles.ts';

const AIRPORT = {
  id: 'fuzuli-international-airport',
  name: 'Fuzuli International Airport',
  lon: 47.1967,
  lat: 39.5944,
};

/** The status ring the map draws around the airport's marker, as #rrggbb. */
function ringColour(page: Page): Promise<string | undefined> {
  return page.evaluate((pid) => {
    const map = window.__revivalAtlas?.map;
    const feature = map
      ?.queryRenderedFeatures({ layers: ['project-point'] })
      .find((f) => f.properties['pid'] === pid);
    const colour = feature?.layer.paint?.['circle-stroke-color' as never] as
      { r: number; g: number; b: number } | undefined;
    if (!colour) return undefined;
    const hex = (v: number) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, '0');
    return `#${hex(colour.r)}${hex(colour.g)}${hex(colour.b)}`;
  }, AIRPORT.id);
}

const RING = { 'under-construction': '#f08c00', completed: '#ffffff' } as const;

async function statusEverywhere(page: Page, status: 'Under construction' | 'Completed') {
  const list = page.getByRole('list', { name: 'Projects' });
  await expect(list.getByRole('button', { name: new RegExp(AIRPORT.name) })).toContainText(status);
  // Folded at this width: opened once, it stays open.
  const folded = page.getByRole('button', { name: /^Status/, expanded: false });
  if ((await folded.count()) > 0) await folded.click();
  const facets = page.getByRole('group', { name: 'Status' });
  await expect(facets.getByRole('checkbox', { name: `${status}, 1` })).toBeVisible();
  const other = status === 'Completed' ? 'Under construction' : 'Completed';
  await expect(facets.getByRole('checkbox', { name: `${other}, 0` })).toBeVisible();
}

for (const [asOf, status, ring] of [
  ['2021-06-01', 'Under construction', RING['under-construction']],
  ['2022-01-01', 'Completed', RING.completed],
] as const) {
  test(`on ${asOf} Fuzuli airport is ${status.toLowerCase()} on the map, in the list, facets and passport`, async ({
    atlas,
    page,
  }) => {
    await atlas.open(
      `lang=en&asOf=${asOf}&q=Fuzuli%20International%20Airport&map=12/${AIRPORT.lat}/${AIRPORT.lon}`,
    );
    await statusEverywhere(page, status);
    await expect.poll(() => ringColour(page)).toBe(ring);
    await atlas.openFromList(AIRPORT.name);
    const passport = page.getByRole('article');
    await expect(passport.locator('.status-badge')).toHaveText(new RegExp(`^${status} on `));
  });
}

test('the Date slider moves by keyboard and by its buttons, and the map, list and URL follow', async ({
  atlas,
  page,
}) => {
  await atlas.open(
    `lang=en&asOf=2021-06-01&q=Fuzuli%20International%20Airport&map=12/${AIRPORT.lat}/${AIRPORT.lon}`,
  );
  const slider = page.getByRole('slider', { name: 'Date' });
  await expect(slider).toHaveAttribute('aria-valuetext', /^June 1, 2021; imagery: .*2020/);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  // The next imagery date: the 2021 mosaic, shown from the last day of 2021.
  await expect(slider).toHaveAttribute('data-day', '2021-12-31');
  await statusEverywhere(page, 'Completed');
  await expect.poll(() => ringColour(page)).toBe(RING.completed);
  // Unfolding the Status group (one-column desktops) took the focus: back to the slider.
  await slider.focus();
  await page.keyboard.press('PageDown');
  await expect(slider).toHaveAttribute('data-day', '2020-12-31');
  // Work began in January 2021: on the last day of 2020 the airport is on neither the list nor the map.
  await expect(
    page.getByRole('list', { name: 'Projects' }).getByRole('button', { name: new RegExp(AIRPORT.name) }),
  ).toHaveCount(0);
  await expect.poll(() => ringColour(page)).toBeUndefined();
  await page.getByRole('button', { name: 'Next imagery date' }).click();
  await expect(slider).toHaveAttribute('data-day', '2021-12-31');
  await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe('2021-12-31');
  await page.getByRole('button', { name: 'Back to today' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBeNull();
  await expect(slider).toHaveAttribute('aria-valuetext', /^Today; /);
});

test('the imagery follows the date (pixels of the yearly mosaics)', async ({ atlas, page }) => {
  await colourTilesByYear(page);
  await atlas.open(`lang=en&asOf=2019-06-01&map=11/39.70/46.90`);
  const yearDrawn = async () => {
    await atlas.waitForImagery();
    const { image } = await atlas.mapPixels();
    return nearestYear(
      dominantAround(image, Math.round(image.width * 0.8), Math.round(image.height * 0.3), 4),
    );
  };
  // Mid-2019 shows the mosaic of 2018 (the 2019 one mixes captures of the whole year).
  await expect.poll(yearDrawn).toBe('2018');
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('data-day', '2021-06-01');
  await expect.poll(yearDrawn).toBe('2020');
});

test('playing fetches the next dates’ tiles of the view ahead of time', async ({ atlas, page }) => {
  await colourTilesByYear(page);
  await atlas.open(`lang=en&asOf=2019-06-01&map=11/39.70/46.90`);
  await atlas.waitForImagery();
  const slider = page.getByRole('slider', { name: 'Date' });
  await expect(slider).toHaveAttribute('data-day', '2019-06-01');
  const ahead = page.waitForRequest(/s2cloudless-2020_3857/);
  await page.getByRole('button', { name: 'Play time-lapse' }).click();
  await ahead;
  // The 2020 mosaic is two dates ahead: its tiles come while the map still shows 2018 or 2019.
  expect(['2019-06-01', '2019-12-31']).toContain(await slider.getAttribute('data-day'));
  await page.getByRole('button', { name: 'Pause time-lapse' }).click();
});
