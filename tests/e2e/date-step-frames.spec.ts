/**
 * A date step over a slow tile server never shows a mixed or half-drawn picture: every frame the map draws
 * is read from its canvas (frame-sampler.ts) and judged against the date the slider shows. The previous
 * date stays whole on screen until the new one is complete, then the new one appears in one frame.
 */
import { expect, test, type Page } from './helper.ts';
import { installSampler, judgeFrames, type SamplerState } from './frame-sampler.ts';
import { hexToRgb } from './pixels.ts';
import { colourTilesByYear, YEAR_COLOURS } from './year-tiles.ts';

type Frames = { __frames: SamplerState };
const YEARS = Object.keys(YEAR_COLOURS).sort();
const COLOURS = Object.fromEntries(YEARS.map((year) => [year, hexToRgb(YEAR_COLOURS[year] ?? '#000000')]));

/** Tiles of a new date arrive one by one over about a second: 100–1000 ms, spread by tile column and row. */
function slowTile(url: string): number {
  const [y = 0, x = 0] = (/\/(\d+)\/(\d+)\.jpg$/.exec(url)?.slice(1) ?? []).map(Number);
  return 100 + ((x * 7 + y * 13) % 10) * 100;
}

const waitForYear = (page: Page, year: string) =>
  page.evaluate((y) => (window as unknown as Frames).__frames.waitFor(y, 30_000), year);

const records = (page: Page) =>
  page.evaluate(() => {
    const { drawn, claims } = (window as unknown as Frames).__frames;
    return { drawn, claims };
  });

test('a slowed-down date step shows the old date whole, then the new one whole, never a mix', async ({
  atlas,
  page,
}) => {
  await colourTilesByYear(page, slowTile);
  await atlas.open('lang=en&asOf=2019-06-01&map=11/39.70/46.90');
  await atlas.waitForImagery();
  await page.evaluate(installSampler, COLOURS);
  // Mid-2019 shows the 2018 mosaic.
  await waitForYear(page, '2018');
  await page.evaluate(() => (window as unknown as Frames).__frames.reset());

  await page.getByRole('button', { name: 'Next imagery date' }).click();
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('data-day', '2019-12-31');
  await waitForYear(page, '2019');
  const verdict = judgeFrames(await records(page), YEARS);
  expect(verdict.examples).toEqual([]);
  expect(verdict.wrong).toBe(0);
  // The step did wait for its tiles (the old date held meanwhile), and the map drew while it waited.
  expect(verdict.held).toBeGreaterThan(0);
  expect((await records(page)).drawn.length).toBeGreaterThan(3);
});
