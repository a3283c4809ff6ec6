import { FIXTURE_DATA } from './fixture-data.ts';
import { expect, test, type Page } from './helper.ts';

test.use({ data: FIXTURE_DATA });

test('switching to Azerbaijani translates the interface and goes into the URL', async ({ atlas, page }) => {
  await atlas.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Revival Atlas' })).toBeVisible();
  await atlas.chooseLanguage('Azərbaycanca');
  await expect(page.getByRole('heading', { level: 1, name: 'Dirçəliş Atlası' })).toBeVisible();
  await expect(atlas.document).toHaveAttribute('lang', 'az');
  await expect(page).toHaveURL(/lang=az/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dirçəliş Atlası' })).toBeVisible();
});

test('an unknown URL value is ignored, not an error page', async ({ atlas, page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await atlas.open('lang=xx&map=nonsense');
  await expect(page.getByRole('heading', { level: 1, name: 'Revival Atlas' })).toBeVisible();
  expect(warnings.join('\n')).toContain('lang="xx"');
});

/** The district names the map draws now: each label is an image named after its text (label-images.ts). */
async function mapLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__revivalAtlas?.map;
    const features = map?.queryRenderedFeatures({ layers: ['district-label'] }) ?? [];
    return features
      .map((feature) => {
        const image = (feature.layer.layout as Record<string, unknown> | undefined)?.['icon-image'];
        const name = typeof image === 'object' && image !== null && 'name' in image ? image.name : image;
        return String(name).replace(/^label:/, '');
      })
      .sort();
  });
}

/** Whether the map has drawn a label's image (it is drawn when first shown, by the browser's text engine). */
async function labelDrawn(page: Page, text: string): Promise<boolean> {
  return page.evaluate((text) => window.__revivalAtlas?.map.hasImage(`label:${text}`) === true, text);
}

test('switching the language renames the districts on the map and in the list', async ({ atlas, page }) => {
  await atlas.open();
  expect(await mapLabels(page)).toContain('Fuzuli');
  const airport = atlas.list.getByRole('button', { name: /Fixture airport/ });
  await expect(airport).toContainText('Fuzuli');

  await atlas.chooseLanguage('Azərbaycanca');
  await expect.poll(() => mapLabels(page)).toContain('Füzuli');
  expect(await mapLabels(page)).not.toContain('Fuzuli');
  await expect.poll(() => labelDrawn(page, 'Füzuli')).toBe(true);
  const row = page
    .getByRole('list', { name: 'Layihələr' })
    .getByRole('button', { name: /Sınaq hava limanı/ });
  await expect(row).toContainText('Füzuli');
  // The district group is folded at this width: its button opens it.
  await page.getByRole('button', { name: /^Rayon/, expanded: false }).click();
  await expect(page.getByRole('group', { name: 'Rayon' })).toContainText('Füzuli');

  await atlas.chooseLanguage('Русский');
  await expect.poll(() => mapLabels(page)).toContain('Физули');
  await expect.poll(() => labelDrawn(page, 'Физули')).toBe(true);
  await expect(page.getByRole('list', { name: 'Проекты' })).toContainText('Физули');
});

test('Arabic district names are drawn on the map, shaped by the browser', async ({ atlas, page }) => {
  await atlas.open('lang=ar');
  await expect.poll(() => mapLabels(page)).toContain('فضولي');
  await expect.poll(() => labelDrawn(page, 'فضولي')).toBe(true);
});
