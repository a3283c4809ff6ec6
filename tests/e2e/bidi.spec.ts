/**
 * Text in another script inside the Arabic interface keeps its own order: an English fallback summary
 * ends with its full stop on the right, an imagery title keeps its parentheses, a source's date keeps its
 * day. Checked by where the browser draws the characters, not only by the markup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DATA } from './fixture-data.ts';
import { expect, FIXTURES, test, type Locator } from './helper.ts';

const SUMMARY = 'Fuzuli International Airport (ICAO code UBBF, code FZL).';

/** The fixture projects, the airport with an English-only summary in brackets and a dated source. */
const projects = readFileSync(join(FIXTURES, 'data', 'projects.geojson'), 'utf8')
  .replace('"en": "For tests."', `"en": ${JSON.stringify(SUMMARY)}`)
  .replace(
    '{ "title": "Fixture", "url": "https://example.org/airport" }',
    '{ "title": "Airport opens (press release)", "url": "https://example.org/airport", "publisher": "APA", "date": "2021-09-05" }',
  );

test.use({ data: { ...FIXTURE_DATA, 'projects.geojson': { text: projects } } });

interface Box {
  left: number;
  top: number;
}

/** Where, on screen, the browser drew the `nth` occurrence of `text` inside the element. */
async function boxOf(element: Locator, text: string, nth = 0): Promise<Box> {
  return element.evaluate(
    (root, [text, nth]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const content = node.textContent ?? '';
        for (let at = content.indexOf(text); at >= 0; at = content.indexOf(text, at + 1)) {
          if (seen++ < nth) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          const { left, top } = range.getBoundingClientRect();
          return { left, top };
        }
      }
      throw new Error(`"${text}" is not in the element`);
    },
    [text, nth] as const,
  );
}

/** Reading order of two pieces of text: on an earlier line, or on the same line further along. */
async function readsBefore(element: Locator, first: string, second: string, dir: 'ltr' | 'rtl') {
  const a = await boxOf(element, first);
  const b = await boxOf(element, second);
  if (Math.abs(a.top - b.top) > 4) return a.top < b.top;
  return dir === 'ltr' ? a.left < b.left : a.left > b.left;
}

test('in Arabic, Latin-script fallback text keeps its order', async ({ atlas }) => {
  const { page } = atlas;
  await page.goto('./?lang=ar&project=fixture-airport');
  await expect(atlas.document).toHaveAttribute('dir', 'rtl');
  const passport = page.locator('article.passport');

  // The summary is English (there is no Arabic): a left-to-right paragraph marked as English.
  const summary = passport.locator('.summary');
  await expect(summary).toHaveText(SUMMARY);
  await expect(summary).toHaveAttribute('lang', 'en');
  expect(await summary.evaluate((p) => getComputedStyle(p).direction)).toBe('ltr');
  // Read left to right: the name, the codes, and the closing bracket and full stop last.
  expect(await readsBefore(summary, 'Fuzuli', '(ICAO', 'ltr')).toBe(true);
  expect(await readsBefore(summary, '(ICAO', 'FZL', 'ltr')).toBe(true);
  expect(await readsBefore(summary, 'FZL', ').', 'ltr')).toBe(true);

  // The title too is English, isolated inside the Arabic heading.
  const title = passport.getByRole('heading', { level: 2 }).locator('bdi');
  await expect(title).toHaveAttribute('lang', 'en');
  expect(await title.evaluate((bdi) => getComputedStyle(bdi).direction)).toBe('ltr');

  // A source: its English title keeps its brackets; publisher and date are each isolated, the date whole.
  const source = passport.locator('.sources li');
  expect(await readsBefore(source, '(press', 'release)', 'ltr')).toBe(true);
  const meta = source.locator('.source-meta bdi');
  await expect(meta).toHaveText(['APA', '5 سبتمبر 2021']);
  // Right to left within the date, on one line: the day, the month, the year.
  const date = meta.nth(1);
  expect((await boxOf(date, '5')).top).toBe((await boxOf(date, '2021')).top);
  expect(await readsBefore(date, '5', 'سبتمبر', 'rtl')).toBe(true);
  expect(await readsBefore(date, 'سبتمبر', '2021', 'rtl')).toBe(true);

  // The attribution's English imagery title keeps its brackets: "After (fixture)", not "(After (fixture".
  const attribution = atlas.attribution;
  await expect(attribution).toContainText('After (fixture)');
  expect(await readsBefore(attribution, 'After', '(fixture', 'ltr')).toBe(true);
  expect(await readsBefore(attribution, 'fixture', ')', 'ltr')).toBe(true);
});

test('in Arabic, the list marks an English fallback name as English, left to right', async ({ atlas }) => {
  const { page } = atlas;
  await page.goto('./?lang=ar');
  const name = page.locator('.project-row .row-name bdi', { hasText: 'Fixture airport' });
  await expect(name).toHaveAttribute('lang', 'en');
  expect(await name.evaluate((bdi) => getComputedStyle(bdi).direction)).toBe('ltr');
});
