import { FIXTURE_DATA } from './fixture-data.ts';
import { expect, test } from './helper.ts';

test.use({ data: FIXTURE_DATA });

test('switching to Azerbaijani translates the interface and goes into the URL', async ({ atlas, page }) => {
  await atlas.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Revival Atlas' })).toBeVisible();
  await atlas.chooseLanguage('Azərbaycanca');
  await expect(page.getByRole('heading', { level: 1, name: 'Dirçəliş Atlası' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'az');
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
