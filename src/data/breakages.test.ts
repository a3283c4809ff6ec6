/** The five common breakages of a data file: each is reported where it is to be fixed, with the fix. */
import { describe, expect, it } from 'vitest';
import { BREAKAGES } from '../../tests/breakages.ts';
import { validateFiles } from './validate-files.ts';
import { fixtureText } from '../../tests/fixture-files.ts';

const FILE = 'data/projects.geojson';
const REFERENCES = { 'data/districts.geojson': fixtureText('districts.geojson') };

describe.each(BREAKAGES)('$name', (breakage) => {
  const { issues, files } = validateFiles({ [FILE]: breakage.text }, REFERENCES);
  const errors = issues.filter((issue) => issue.severity === 'error');

  it('is one error, at the character to fix, with the fix in plain words', () => {
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: FILE,
      line: breakage.line,
      column: breakage.column,
      code: breakage.code,
      hint: { text: breakage.fix },
    });
  });

  it('counts errors and warnings apart', () => {
    expect(issues.length - errors.length).toBe(breakage.warnings);
  });

  it('says how much of the file is shown', () => {
    const summary = files[FILE];
    if (breakage.code === 'invalid-json')
      expect(summary).toEqual({ kind: 'projects', valid: 0, total: undefined });
    else expect(summary).toEqual({ kind: 'projects', valid: 3, total: 4 });
  });
});
