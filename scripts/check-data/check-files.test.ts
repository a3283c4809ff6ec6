import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFetch, fixtureText } from '../../tests/fixture-files.ts';
import { DATA_FILES, loadData } from '../../src/data/load.ts';
import { checkFiles } from './check-files.ts';

const broken = readFileSync(
  join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'invalid', 'projects-errors.geojson'),
  'utf8',
);

describe('checkFiles', () => {
  it('reports exactly what the app reports for the same files', async () => {
    const loaded = await loadData('/', fixtureFetch({ 'projects.geojson': broken }));
    const files = Object.values(DATA_FILES).map((path) => ({
      path,
      text: path.endsWith('projects.geojson') ? broken : fixtureText(path.split('/').pop() ?? ''),
    }));
    const checked = checkFiles(files, {
      dataDir: 'nowhere',
      readFile: () => {
        throw new Error('every kind was given');
      },
    });
    expect(loaded.issues.filter((issue) => issue.severity === 'error').length).toBeGreaterThan(3);
    expect(checked.issues).toEqual(loaded.issues);
    expect(checked.counts['data/projects.geojson']).toBe(loaded.projects.length);
  });
});
