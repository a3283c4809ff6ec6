/**
 * District boundaries in the workbench (`?edit=1`): a vertex dragged on the map, the geometry checks as the
 * curator edits, undo, and the saved data/boundary-corrections.json (a download), checked with check-data and
 * against the shipped districts.
 */
import { checkData } from './saved-file.ts';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './helper.ts';

type Ring = number[][];

const shippedRing = (id: string): Ring => {
  const collection = JSON.parse(readFileSync('data/districts.geojson', 'utf8')) as {
    features: { id: string; geometry: { coordinates: Ring[] } }[];
  };
  return collection.features.find((feature) => feature.id === id)?.geometry.coordinates[0] ?? [];
};

test.beforeEach(async ({ page }) => {
  // Downloads stand in for the File System Access API, whose picker a test cannot answer.
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'showSaveFilePicker');
  });
});

async function openBoundaries(
  page: Page,
  atlas: { open(query: string): Promise<void> },
  district: string,
  [lon, lat]: number[],
) {
  await atlas.open(`edit=1&map=13/${lat}/${lon}`);
  await expect(page.locator('.workbench')).toHaveAttribute('data-status', 'ready');
  await page.locator('.workbench-boundaries > summary').click();
  await expect(page.locator('.boundary-editor')).toHaveAttribute('data-status', 'ready');
  await page.getByRole('combobox', { name: 'District' }).selectOption(district);
  await expect(page.getByRole('status', { name: 'Boundary checks' })).toContainText('No problems');
}

/** The district's outer ring as the editor has it now (its correction's, else the shipped one). */
const ringOf = (page: Page, id: string) =>
  page.evaluate((id) => {
    const state = window.__revivalAtlasBoundaries?.getState();
    const entry = state?.doc.corrections.find((candidate) => candidate.district === id);
    const geometry = (entry?.geometry ??
      state?.districts.find((district) => district.id === id)?.geometry) as { coordinates: number[][][] };
    return geometry.coordinates[0] ?? [];
  }, id);

const steps = (page: Page) =>
  page.evaluate(() => window.__revivalAtlasBoundaries?.getState().past.length ?? -1);
const key = (p: number[] | undefined) => JSON.stringify(p);

/** A side of `id`'s ring whose two ends `other` shares: the border between them, in `id`'s order. */
function sharedSide(ring: Ring, other: Ring): [number[], number[]] {
  const theirs = new Set(other.map(key));
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a && b && theirs.has(key(a)) && theirs.has(key(b))) return [a, b];
  }
  throw new Error('no shared side');
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

test('a vertex dragged into the neighbour is an overlap at once; a shared vertex moves in both and is saved as corrections', async ({
  atlas,
  page,
}) => {
  // A side of the Lachin–Shusha border (where Lachin town lies outside its generalised polygon), in the middle
  // of the map.
  const [a, b] = sharedSide(shippedRing('AZ-SUS'), shippedRing('AZ-LAC'));
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  await openBoundaries(page, atlas, 'AZ-SUS', [(ax + bx) / 2, (ay + by) / 2]);
  const shusha = await ringOf(page, 'AZ-SUS');
  expect(shusha).toEqual(shippedRing('AZ-SUS'));
  // The middle of the shared side, dragged 1.5 km outwards (to the right of a counter-clockwise ring): into Lachin.
  const length = Math.hypot(bx - ax, by - ay);
  const outward = [(by - ay) / length, -(bx - ax) / length];
  const middle = await atlas.screenPoint((ax + bx) / 2, (ay + by) / 2);
  const inLachin = await atlas.screenPoint(
    (ax + bx) / 2 + (outward[0] ?? 0) * 0.015,
    (ay + by) / 2 + (outward[1] ?? 0) * 0.015,
  );
  await drag(page, middle, inLachin);
  await expect.poll(() => steps(page)).toBe(1);
  const checks = page.getByRole('status', { name: 'Boundary checks' });
  await expect(checks).toContainText(/Shusha overlaps the neighbouring district Lachin by [\d.]+ km²/);
  await page.screenshot({ path: test.info().outputPath('boundary-overlap.png') });

  // Saving now names the overlap before anything is written.
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Save boundary-corrections.json' }).click();
  const dialog = page.getByRole('dialog', { name: /The file has errors/ });
  await expect(dialog).toContainText('overlaps district "AZ-LAC"');
  expect(downloaded).toBe(false);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Undo (Ctrl+Z, as in the project editor) takes the boundary back, and the checks with it.
  await page.locator('.workbench').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(checks).toContainText('No problems');
  expect(await ringOf(page, 'AZ-SUS')).toEqual(shusha);

  // The shared vertex `a` moved 300 m along the border: Lachin's copy of it moves too, so no gap or overlap.
  const from = await atlas.screenPoint(ax, ay);
  const to = await atlas.screenPoint(ax + 0.003, ay + 0.001);
  await drag(page, from, to);
  await expect.poll(async () => (await ringOf(page, 'AZ-SUS')).map(key).includes(key(a))).toBe(false);
  await expect(checks).toContainText('No problems');
  const moved = (await ringOf(page, 'AZ-SUS')).find((p, i) => key(p) !== key(shusha[i])) ?? [];
  expect((await ringOf(page, 'AZ-LAC')).map(key)).toContain(key(moved));

  const form = page.getByRole('form', { name: 'Boundary correction' });
  await form.getByRole('textbox', { name: 'Note' }).fill('Border moved to the ridge seen on the imagery.');
  await form.getByRole('textbox', { name: 'Precision' }).fill('About 100 m, traced on Sentinel-2 2024.');
  const source = form.getByRole('group', { name: 'Sources 1' });
  await source.getByRole('textbox', { name: 'Title', exact: true }).fill('Sentinel-2 cloudless 2024');
  await source.getByRole('textbox', { name: 'URL' }).fill('https://s2maps.eu/');
  await page.screenshot({ path: test.info().outputPath('boundary-edited.png') });

  // The neighbours' corrections made by the shared vertex still need their own note: named, then saved anyway.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save boundary-corrections.json' }).click();
  const named = page.getByRole('dialog', { name: /The file has errors/ });
  await expect(named).toContainText('note "": must not be empty in boundary correction #2');
  await expect(named).not.toContainText('boundary correction #1');
  await named.getByRole('button', { name: 'Save anyway' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('boundary-corrections.json');
  const text = readFileSync(await file.path(), 'utf8');
  const saved = JSON.parse(text) as {
    corrections: { district: string; geometry: { coordinates: Ring[] } }[];
  };
  const shushaEntry = saved.corrections.find((entry) => entry.district === 'AZ-SUS');
  const lachinEntry = saved.corrections.find((entry) => entry.district === 'AZ-LAC');
  expect(shushaEntry).toMatchObject({
    date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown,
    note: 'Border moved to the ridge seen on the imagery.',
    precision: 'About 100 m, traced on Sentinel-2 2024.',
    sources: [{ title: 'Sentinel-2 cloudless 2024', url: 'https://s2maps.eu/' }],
  });
  expect(shushaEntry?.geometry.coordinates[0]?.map(key)).toContain(key(moved));
  expect(lachinEntry?.geometry.coordinates[0]?.map(key)).toContain(key(moved));
  // Each position on a line of its own: a later edit of one vertex changes one line.
  expect(text).toContain(`            [${moved.join(', ')}],\n`);
  // check-data accepts Shusha's entry and every geometry: it asks for the pipeline to apply the corrections,
  // and for the neighbours' texts.
  const verdict = checkData(text, 'boundary-corrections.json');
  const errors = verdict.output.split('\n').filter((line) => / error /.test(line));
  expect(errors.some((line) => line.includes('boundary-not-applied'))).toBe(true);
  expect(
    errors.filter((line) => /correction #1\b/.test(line) && !line.includes('boundary-not-applied')),
  ).toEqual([]);
  expect(errors.filter((line) => /overlap|self-intersection/.test(line))).toEqual([]);
});
