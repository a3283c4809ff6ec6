/**
 * The curator workbench (`?edit=1`): every test saves the file (as a download), checks it with check-data
 * and compares it line by line with the shipped projects.geojson.
 */
import { checkData, lineDiff, originalProjects, originalScenes } from './saved-file.ts';
import { AxeBuilder, expect, test, type Page } from './helper.ts';

const AGHALI = { id: 'aghali-smart-village', lon: 46.7592, lat: 39.1803 };
const VIEW = `map=13/${AGHALI.lat}/${AGHALI.lon}`;

test.beforeEach(async ({ page }) => {
  // Downloads stand in for the File System Access API, whose picker a test cannot answer.
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'showSaveFilePicker');
  });
});

async function openWorkbench(page: Page, atlas: { open(query: string): Promise<void> }, query = VIEW) {
  await atlas.open(`edit=1&${query}`);
  await expect(page.locator('.workbench')).toHaveAttribute('data-status', 'ready');
}

async function save(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('projects.geojson');
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  return readFileSync(path, 'utf8');
}

const steps = (page: Page) =>
  page.evaluate(() => window.__revivalAtlasWorkbench?.getState().past.length ?? -1);

async function selectProject(page: Page, id: string) {
  await page.getByRole('listbox', { name: 'Projects in the file' }).selectOption(id);
  await expect(page.getByRole('form', { name: id })).toBeVisible();
}

test('editing one English name changes one line', async ({ atlas, page }) => {
  await openWorkbench(page, atlas);
  await selectProject(page, AGHALI.id);
  const name = page.getByRole('group', { name: 'Name' }).getByRole('textbox', { name: 'English' });
  await name.fill('Aghali smart village, first stage');
  const text = await save(page);
  expect(lineDiff(originalProjects(), text)).toEqual({
    removed: ['          "en": "Aghali smart village",'],
    added: ['          "en": "Aghali smart village, first stage",'],
  });
  expect(checkData(text).ok).toBe(true);
});

test('a project added by clicking the map and filling the form adds only its lines', async ({
  atlas,
  page,
}) => {
  await openWorkbench(page, atlas);
  await page.getByRole('button', { name: 'Add project' }).click();
  await expect(page.locator('.workbench')).toHaveAttribute('data-draw-mode', 'point');
  const at = await atlas.screenPoint(46.745, 39.19);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByRole('form', { name: 'new-project-1' })).toBeVisible();
  // The keyboard alone: each field is focused and typed into.
  await page.getByRole('form', { name: 'new-project-1' }).getByRole('textbox', { name: 'Id' }).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('aghali-school');
  // The form is named by the project's id, so it now has the new one (and stayed open while it was typed).
  const form = page.getByRole('form', { name: 'aghali-school' });
  await expect(form.getByRole('textbox', { name: 'Id' })).toBeFocused();
  const fields: [string, string, string][] = [
    ['Name', 'Azerbaijani', 'Ağalı məktəbi'],
    ['Name', 'English', 'Aghali school'],
    ['Name', 'Russian', 'Школа Агалы'],
    ['Summary', 'Azerbaijani', 'Kənd məktəbi.'],
    ['Summary', 'English', 'Village school.'],
    ['Summary', 'Russian', 'Сельская школа.'],
    ['Sources 1', 'Title', 'Aghali school opened'],
    ['Sources 1', 'URL', 'https://example.org/aghali-school'],
  ];
  for (const [group, field, value] of fields) {
    await form.getByRole('group', { name: group }).getByRole('textbox', { name: field, exact: true }).focus();
    await page.keyboard.type(value);
  }
  await expect(form.getByRole('group', { name: 'Districts' }).getByRole('textbox')).toHaveValue('AZ-ZAN');
  const text = await save(page);
  const diff = lineDiff(originalProjects(), text);
  // Only added lines, and they are the new project: every shipped project is still there, unchanged.
  expect(diff.removed).toEqual([]);
  const saved = JSON.parse(text) as { features: { id: string }[] };
  expect(saved.features.slice(1)).toEqual((JSON.parse(originalProjects()) as typeof saved).features);
  expect(saved.features[0]?.id).toBe('aghali-school');
  expect(diff.added).toContain('      "id": "aghali-school",');
  expect(diff.added).toContain('          "en": "Aghali school",');
  const verdict = checkData(text);
  expect(verdict.output).not.toMatch(/aghali-school.*error/i);
  expect(verdict.ok).toBe(true);
});

test('dragging a point changes only its coordinate line, in one undo step', async ({ atlas, page }) => {
  await openWorkbench(page, atlas);
  await selectProject(page, AGHALI.id);
  const from = await atlas.screenPoint(AGHALI.lon, AGHALI.lat);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + 20, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => steps(page)).toBe(1);
  const text = await save(page);
  const diff = lineDiff(originalProjects(), text);
  expect(diff.removed).toEqual(['        "coordinates": [46.7592, 39.1803]']);
  expect(diff.added).toHaveLength(1);
  expect(diff.added[0]).toMatch(/^ {8}"coordinates": \[46\.76\d{0,2}, 39\.17\d{0,2}\]$/);
  expect(checkData(text).ok).toBe(true);
});

test('the arrow keys nudge a selected point by the file precision', async ({ atlas, page }) => {
  await openWorkbench(page, atlas);
  await selectProject(page, AGHALI.id);
  await page.getByRole('button', { name: 'Move the point with the arrow keys' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowUp');
  const text = await save(page);
  expect(lineDiff(originalProjects(), text)).toEqual({
    removed: ['        "coordinates": [46.7592, 39.1803]'],
    added: ['        "coordinates": [46.7594, 39.1813]'],
  });
});

test('undoing every step gives back the file byte for byte', async ({ atlas, page }) => {
  await openWorkbench(page, atlas);
  await selectProject(page, AGHALI.id);
  await page.getByRole('group', { name: 'Name' }).getByRole('textbox', { name: 'Turkish' }).fill('Ağalı');
  await page.getByRole('button', { name: 'Move the point with the arrow keys' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('combobox', { name: 'Status' }).selectOption('planned');
  await page.getByRole('button', { name: 'Delete project' }).click();
  expect(await steps(page)).toBe(4);
  await page.keyboard.press('Control+z');
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  while (await undo.isEnabled()) await undo.click();
  expect(await save(page)).toBe(originalProjects());
});

test('a reload in the middle of an edit offers the draft back', async ({ atlas, page }) => {
  await openWorkbench(page, atlas);
  await selectProject(page, AGHALI.id);
  await page
    .getByRole('group', { name: 'Name' })
    .getByRole('textbox', { name: 'English' })
    .fill('Aghali (draft)');
  await expect(page.locator('.workbench')).not.toHaveAttribute('data-draft-writes', '0');
  await page.reload();
  await expect(page.locator('.workbench')).toHaveAttribute('data-status', 'ready');
  await page.getByRole('button', { name: 'Restore the draft' }).click();
  const text = await save(page);
  expect(lineDiff(originalProjects(), text).added).toEqual(['          "en": "Aghali (draft)",']);
});

test('a file with an error names it before it is saved', async ({ atlas, page }) => {
  await openWorkbench(page, atlas);
  await selectProject(page, AGHALI.id);
  const url = page.getByRole('group', { name: 'Sources 1' }).first().getByRole('textbox', { name: 'URL' });
  await url.fill('http://www.azernews.az/nation/197195.html');
  // At the field as the curator types.
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'The file has errors (1). Save it anyway?' });
  await expect(dialog).toContainText('must be an https:// URL');
  expect(downloaded).toBe(false);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save anyway' }).click();
  const { readFileSync } = await import('node:fs');
  const verdict = checkData(readFileSync(await (await download).path(), 'utf8'));
  expect(verdict.ok).toBe(false);
  expect(verdict.output).toContain('must be an https:// URL');
});

test('a scene added from the compared view adds only its lines to scenes.json, named errors first', async ({
  atlas,
  page,
}) => {
  await openWorkbench(page, atlas, `${VIEW}&before=s2-2019&after=s2-2024&mode=fade`);
  await page.getByRole('button', { name: 'Add scene from this view' }).click();
  const form = page.getByRole('form', { name: 'New scene' });
  await expect(form).toBeVisible();
  // Texts and the source are the curator's to write: saving now names what is missing before anything is written.
  await form.getByRole('button', { name: 'Save scenes.json' }).click();
  const dialog = page.getByRole('dialog', { name: /The file has errors/ });
  await expect(dialog).toContainText('title');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const texts = {
    Title: ['Aghali', 'Ağalı', 'Агалы'],
    Caption: ['The smart village from 2019 to 2024.', 'Ağıllı kənd 2019–2024.', 'Умное село, 2019–2024.'],
  };
  for (const [group, [en, az, ru]] of Object.entries(texts)) {
    const fields = form.getByRole('group', { name: group, exact: true });
    await fields.getByRole('textbox', { name: 'English' }).fill(en ?? '');
    await fields.getByRole('textbox', { name: 'Azerbaijani' }).fill(az ?? '');
    await fields.getByRole('textbox', { name: 'Russian' }).fill(ru ?? '');
  }
  const source = form.getByRole('group', { name: 'Sources 1' });
  await source.getByRole('textbox', { name: 'Title' }).first().fill('Aghali smart village');
  await source.getByRole('textbox', { name: 'URL' }).fill('https://president.az/en/articles/view/56149');
  const download = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Save scenes.json' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('scenes.json');
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(await file.path(), 'utf8');
  const { removed, added } = lineDiff(originalScenes(), text);
  // The last scene gains a comma and the new one follows it (the diff aligns its closing brace with the old
  // last scene's): nothing else changes.
  expect(removed).toEqual([]);
  expect(added[0]).toBe('    },');
  const scene = JSON.parse([...added.slice(1), '    }'].join('\n')) as Record<string, unknown>;
  expect(scene).toMatchObject({
    id: 'new-scene-1',
    title: { en: 'Aghali', az: 'Ağalı', ru: 'Агалы' },
    camera: { center: [AGHALI.lon, AGHALI.lat], zoom: 13 },
    imagery: { before: 's2-2019', after: 's2-2024', mode: 'fade' },
    sources: [{ title: 'Aghali smart village', url: 'https://president.az/en/articles/view/56149' }],
  });
  const verdict = checkData(text, 'scenes.json');
  expect(verdict.ok).toBe(true);
});

test('curator mode has no accessibility violations', async ({ atlas, page }) => {
  await openWorkbench(page, atlas);
  await selectProject(page, AGHALI.id);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html}`).join(', ')}`,
    ),
  ).toEqual([]);
});
