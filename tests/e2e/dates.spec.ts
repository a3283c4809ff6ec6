/**
 * Dates and numbers in every language, as Chromium renders them: its Intl has no Azerbaijani date or number
 * data ("2021 M10 26", "1,247"), so the app formats them itself. A raw CLDR fallback pattern anywhere in
 * the passport or the district panel fails the test.
 */
import { FIXTURE_DATA } from './fixture-data.ts';
import { expect, test } from './helper.ts';

test.use({ data: FIXTURE_DATA });

/** "M10", "2021 M04": what Intl prints for a month it has no name for; ISO dates and slashed ones too. */
const RAW_PATTERN = /\bM\d{1,2}\b|\b\d{4}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;

/** The fixture airport's status date (2021-09-05), start (2021-01); Fuzuli's liberation (2020-10-17), area. */
const EXPECTED = {
  az: { asOf: '5 sentyabr 2021', start: 'yanvar 2021', liberated: '17 oktyabr 2020', area: '1.247 km²' },
  en: { asOf: 'September 5, 2021', start: 'January 2021', liberated: 'October 17, 2020', area: '1,247 km²' },
  ru: {
    asOf: '5 сентября 2021 г.',
    start: 'январь 2021 г.',
    liberated: '17 октября 2020 г.',
    area: '1\u00a0247 km²',
  },
  // Latin digits in Arabic, as everywhere in the app.
  ar: { asOf: '5 سبتمبر 2021', start: 'يناير 2021', liberated: '17 أكتوبر 2020', area: '1,247 كم²' },
  tr: { asOf: '5 Eylül 2021', start: 'Ocak 2021', liberated: '17 Ekim 2020', area: '1.247 km²' },
} as const;

for (const [lang, expected] of Object.entries(EXPECTED)) {
  test(`dates and numbers in ${lang} are written out, never a raw pattern`, async ({ atlas }) => {
    const { page } = atlas;
    await page.goto(`./?lang=${lang}&project=fixture-airport`);
    const passport = page.locator('article.passport');
    await expect(passport.locator('.status-badge')).toContainText(expected.asOf);
    // Category, status, start: the third value of the passport.
    await expect(passport.locator('dd').nth(2)).toHaveText(expected.start);
    expect(await passport.innerText()).not.toMatch(RAW_PATTERN);
    // The district, from the passport's link to it.
    await passport.locator('.link-button').first().click();
    const district = page.locator('article.district-panel');
    // Region, area, liberated.
    await expect(district.locator('dd').nth(1)).toHaveText(expected.area);
    await expect(district.locator('dd').nth(2)).toHaveText(expected.liberated);
    expect(await district.innerText()).not.toMatch(RAW_PATTERN);
  });
}
