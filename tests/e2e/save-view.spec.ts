/**
 * Pictures to take home: the saved PNG is the view as seen (both sides of a swipe) with the caption burned
 * in, and the saved video has one frame per imagery date. Remote Sentinel-2 tiles get one colour per year.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import { expect, test, type Page } from './helper.ts';
import { decodePng, dominantAround, pixelAt, type Image } from './pixels.ts';
import { colourTilesByYear, nearestYear } from './year-tiles.ts';

const VIEW = 'lang=en&map=11/39.70/46.90';

async function openSave(page: Page) {
  await page.getByRole('button', { name: 'Share' }).click();
  return page.getByRole('region', { name: 'Share this view' });
}

async function saved(page: Page, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Lines of light text on the caption band (rows from `top` down), counted as runs of rows with text. */
function textLines(image: Image, top: number): number {
  let lines = 0;
  let inText = false;
  for (let y = top; y < image.height; y++) {
    let text = false;
    for (let x = 0; x < image.width && !text; x += 2) text = Math.min(...pixelAt(image, x, y)) > 180;
    if (text && !inText) lines++;
    inText = text;
  }
  return lines;
}

test('Save picture: both sides of a swipe, and the place, dates, credits and link burned in', async ({
  atlas,
  page,
}) => {
  await colourTilesByYear(page);
  await atlas.open(`${VIEW}&before=s2-2019&after=s2-2025&mode=swipe&split=50`);
  await atlas.waitForImagery();
  const panel = await openSave(page);
  const file = await saved(page, 'Save picture');
  expect(file.name).toBe('revival-atlas_2019-2025.png');
  // Kept with the screenshots, to look at.
  mkdirSync('test-results/screenshots', { recursive: true });
  writeFileSync('test-results/screenshots/saved-picture.png', file.bytes);
  const image = decodePng(file.bytes);
  const area = await page.locator('.map-stack').boundingBox();
  if (!area) throw new Error('no map area');
  const scale = image.width / area.width;
  const mapHeight = Math.round(area.height * scale);
  const at = (fx: number, fy: number) =>
    nearestYear(dominantAround(image, Math.round(image.width * fx), Math.round(mapHeight * fy), 4));
  expect(at(0.15, 0.45)).toBe('2019');
  expect(at(0.85, 0.45)).toBe('2025');
  // Place, dates, one credit per layer (each with its licence), the link: five lines at least.
  expect(image.height).toBeGreaterThan(mapHeight);
  expect(textLines(image, mapHeight)).toBeGreaterThanOrEqual(5);
  await expect(panel.getByRole('status')).toHaveText('Saved: revival-atlas_2019-2025.png');
});

test('no picture of Esri imagery: its terms do not allow it, and the panel says so', async ({
  atlas,
  page,
}) => {
  await atlas.open(`${VIEW}&before=wayback-2020-12-16&after=s2-2025&mode=swipe`);
  const panel = await openSave(page);
  await expect(panel.getByText(/do not allow saving/)).toBeVisible();
  await expect(panel.getByRole('button', { name: /^Save/ })).toHaveCount(0);
});

test('Save animation: one frame per Sentinel-2 mosaic, and the date is today again after', async ({
  atlas,
  page,
}) => {
  test.setTimeout(180_000);
  await colourTilesByYear(page);
  await atlas.open(VIEW);
  await openSave(page);
  const file = await saved(page, 'Save animation');
  expect(file.name).toBe('revival-atlas_2016-2025.webm');
  const input = new Input({ source: new BufferSource(file.bytes), formats: ALL_FORMATS });
  const track = await input.getPrimaryVideoTrack();
  if (!track) throw new Error('no video track');
  let frames = 0;
  for await (const _packet of new EncodedPacketSink(track).packets()) frames++;
  // 2016 and 2018–2025.
  expect(frames).toBe(9);
  expect(await input.computeDuration()).toBeCloseTo(9, 0);
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', /^Today; /);
});
