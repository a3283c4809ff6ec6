/** The folder rules of eslint.config.js at work: what a file in each folder of src/ may import. */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: import.meta.dirname });

/** The folder-rule problems of a file at `path` (under src/) with these import lines. */
async function folderProblems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(import.meta.dirname, path) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'boundaries/dependencies')
    .map((message) => message.message);
}

// The first lint loads the whole ESLint configuration (parsers, plugins): seconds on a busy machine.
describe('folder rules', { timeout: 30_000 }, () => {
  it('stop a feature importing a sibling feature', async () => {
    expect(
      await folderProblems(
        'src/projects/probe.ts',
        "import { FilterPanel } from '../filters/filter-panel.tsx';\nexport const probe = FilterPanel;\n",
      ),
    ).toEqual([
      'src/projects may not import src/filters: see the folder rules in eslint.config.js (features meet only in app/)',
    ]);
  });

  it('treat a new folder as a feature', async () => {
    const problems = await folderProblems(
      'src/timeline/probe.ts',
      "import { ProjectList } from '../projects/project-list.tsx';\nexport const probe = ProjectList;\n",
    );
    expect(problems).toHaveLength(1);
  });

  it('stop lazy imports and re-exports across features too', async () => {
    const problems = await folderProblems(
      'src/kiosk/probe.ts',
      "export { MapView } from '../map/map-view.tsx';\nexport const later = () => import('../imagery/compare-toolbar.tsx');\n",
    );
    expect(problems).toHaveLength(2);
  });

  it('let a feature use the shared folders', async () => {
    const code = [
      "import { useAppStore } from '../store/app-store.ts';",
      "import { CATEGORIES } from '../data/schema.ts';",
      "import { Panel } from '../ui/panel.tsx';",
      "import { CATEGORY_COLORS } from '../ui/theme.ts';",
      "import { localized } from '../lib/localized.ts';",
      "import { LANGUAGE_NAMES } from '../i18n/i18n.ts';",
      'export const probe = [useAppStore, CATEGORIES, Panel, CATEGORY_COLORS, localized, LANGUAGE_NAMES];',
    ].join('\n');
    expect(await folderProblems('src/districts/probe.ts', code)).toEqual([]);
  });

  it('let features meet in app/', async () => {
    const code =
      "import { FilterPanel } from '../filters/filter-panel.tsx';\nimport { ProjectList } from '../projects/project-list.tsx';\nexport const probe = [FilterPanel, ProjectList];\n";
    expect(await folderProblems('src/app/probe.ts', code)).toEqual([]);
  });

  it('keep the shared folders free of features', async () => {
    const probe =
      "import { ProjectList } from '../projects/project-list.tsx';\nexport const probe = ProjectList;\n";
    for (const folder of ['store', 'data', 'ui', 'lib', 'i18n']) {
      expect(await folderProblems(`src/${folder}/probe.ts`, probe), folder).toHaveLength(1);
    }
  });

  it('let lib/ use the data contract for its types only', async () => {
    const lib = 'src/lib/probe.ts';
    const typeOnly = "import type { Language } from '../data/schema.ts';\nexport type Probe = Language;\n";
    const value = "import { LANGUAGES } from '../data/schema.ts';\nexport const probe = LANGUAGES;\n";
    expect(await folderProblems(lib, typeOnly)).toEqual([]);
    expect(await folderProblems(lib, value)).toHaveLength(1);
  });
});
