/**
 * A curator breaks projects.geojson in the five common ways. `?issues=1` opens the list at once; the error
 * comes first, at the line to fix, with the fix in plain words; the counts say which is which, in the list
 * and on the button; the public notice says truthfully what is not shown, and at the kiosk names no file.
 */
import { BREAKAGES } from '../breakages.ts';
import { FIXTURE_DATA } from './fixture-data.ts';
import { expect, test } from './helper.ts';

for (const breakage of BREAKAGES) {
  test.describe(breakage.name, () => {
    test.use({ data: { ...FIXTURE_DATA, 'projects.geojson': { text: breakage.text } } });

    test('is listed first, at its line, with the fix and the counts', async ({ atlas }) => {
      const { page } = atlas;
      await page.goto('./?lang=en&issues=1');
      const panel = atlas.dataIssues;
      await expect(panel).toBeVisible();
      const file = panel.getByRole('region').first();
      await expect(file).toHaveAccessibleName('data/projects.geojson');
      const counts = `${breakage.errors} error, ${breakage.warnings} warning${breakage.warnings === 1 ? '' : 's'}`;
      await expect(file.getByRole('heading', { level: 3 })).toHaveText(`data/projects.geojson ${counts}`);
      const first = file.getByRole('listitem').first();
      await expect(first).toHaveClass(/issue-error/);
      await expect(first.locator('.issue-where')).toHaveText(
        `Line ${breakage.line}, column ${breakage.column}`,
      );
      await expect(first.locator('.issue-fix')).toHaveText(`Fix: ${breakage.fix}.`);
      await expect(first.locator('.issue-message code')).toHaveText(breakage.code);

      // The button says the same as the list: errors and warnings, in words.
      const totals = await panel.evaluate((root) => ({
        errors: root.querySelectorAll('.issue-error').length,
        warnings: root.querySelectorAll('.issue-warning').length,
      }));
      expect(totals.errors).toBe(1);
      await expect(page.getByRole('button', { name: /^Data issues/ }).locator('.badge')).toHaveText(
        `1 error, ${totals.warnings} warning${totals.warnings === 1 ? '' : 's'}`,
      );

      // The public notice: nothing of a file that cannot be read, else how many projects are left out.
      await expect(atlas.dataNotice).toHaveText(
        breakage.code === 'invalid-json'
          ? 'data/projects.geojson could not be read: no projects are shown.'
          : '1 project in data/projects.geojson has errors and is not shown.',
      );
    });
  });
}

test.describe('at the kiosk', () => {
  test.use({ data: { ...FIXTURE_DATA, 'projects.geojson': { text: BREAKAGES[0]?.text ?? '' } } });

  test('the notice speaks to visitors and names no file', async ({ atlas }) => {
    const { page } = atlas;
    await page.goto('./?kiosk=1&lang=en&issues=1');
    await expect(atlas.dataNotice).toHaveText('Some content is being updated.');
    // No curator list or button at the kiosk, ?issues=1 or not.
    await expect(atlas.dataIssues).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Data issues/ })).toHaveCount(0);
  });
});

test.describe('in Azerbaijani', () => {
  test.use({ data: { ...FIXTURE_DATA, 'projects.geojson': { text: BREAKAGES[0]?.text ?? '' } } });

  test('the fix is in the curator’s language, the validator’s message in English', async ({ atlas }) => {
    const { page } = atlas;
    const breakage = BREAKAGES[0];
    await page.goto('./?lang=az&issues=1');
    const first = page.locator('#data-issues .issue').first();
    await expect(first.locator('.issue-where')).toHaveText(
      `Sətir ${breakage?.line}, sütun ${breakage?.column}`,
    );
    await expect(first.locator('.issue-fix')).toHaveText(
      `Düzəliş: sətir ${breakage?.line}: son elementdən sonra gələn vergülü silin.`,
    );
    await expect(first.locator('.issue-message')).toHaveAttribute('lang', 'en');
    await expect(atlas.dataNotice).toHaveText('data/projects.geojson oxuna bilmədi: layihələr göstərilmir.');
  });
});
