import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../tests/fixture-files.ts';
import type { DataIssue } from './issues.ts';
import { kindOfFile, validateFiles } from './validate-files.ts';

const FIXTURES = {
  'data/districts.geojson': fixtureText('districts.geojson'),
  'data/imagery.json': fixtureText('imagery.json'),
  'data/projects.geojson': fixtureText('projects.geojson'),
  'data/scenes.json': fixtureText('scenes.json'),
  'data/kiosk.json': fixtureText('kiosk.json'),
};

/** The fixture projects with one moved to a district that is not in the districts file. */
function projectsIn(district: string): string {
  return fixtureText('projects.geojson').replace('"districts": ["AZ-ZAN"]', `"districts": ["${district}"]`);
}

const errorsOf = (issues: readonly DataIssue[]) => issues.filter((issue) => issue.severity === 'error');

describe('kindOfFile', () => {
  it.each([
    ['data/districts.geojson', 'districts'],
    ['data/my-projects.geojson', 'projects'],
    ['C:\\data\\Projects-2026.geojson', 'projects'],
    ['imagery.json', 'imagery'],
    ['scenes-draft.json', 'scenes'],
    ['kiosk.json', 'kiosk'],
    ['projects.json', undefined],
    ['notes.json', undefined],
    ['data/imagery-notes.md', undefined],
  ])('%s is a %s file', (path, kind) => {
    expect(kindOfFile(path)).toBe(kind);
  });
});

describe('validateFiles', () => {
  it('gives the valid entries of every kind and counts them per file', () => {
    const { data, issues, counts, unknown } = validateFiles(FIXTURES);
    expect(errorsOf(issues)).toEqual([]);
    expect(data.districts).toHaveLength(7);
    expect(data.projects.map((project) => project.id)).toContain('fixture-airport');
    expect(data.imagery.layers).toHaveLength(2);
    expect(data.scenes).toHaveLength(1);
    expect(data.kiosk?.operatorPinHash).toMatch(/^pbkdf2-sha256\$600000\$/);
    expect(counts).toEqual({
      'data/districts.geojson': 7,
      'data/imagery.json': 2,
      'data/projects.geojson': data.projects.length,
      'data/scenes.json': 1,
      'data/kiosk.json': 1,
    });
    expect(unknown).toEqual([]);
  });

  it('checks each file against the others, with file, line and column', () => {
    const text = projectsIn('AZ-XXX');
    const { data, issues } = validateFiles({ ...FIXTURES, 'data/projects.geojson': text });
    const [issue, ...rest] = errorsOf(issues);
    expect(rest).toEqual([]);
    const before = text.slice(0, text.indexOf('"AZ-XXX"'));
    expect(issue).toMatchObject({
      file: 'data/projects.geojson',
      line: before.split('\n').length,
      column: before.length - before.lastIndexOf('\n'),
      code: 'unknown-district',
    });
    expect(data.projects.map((project) => project.id)).not.toContain('fixture-village');
  });

  it('skips the checks against a kind that is missing, rather than rejecting every reference to it', () => {
    const { 'data/districts.geojson': _, ...withoutDistricts } = FIXTURES;
    const { data, issues } = validateFiles({
      ...withoutDistricts,
      'data/projects.geojson': projectsIn('AZ-XXX'),
    });
    expect(errorsOf(issues)).toEqual([]);
    expect(data.districts).toEqual([]);
    expect(data.projects.map((project) => project.id)).toContain('fixture-village');
  });

  it('checks against reference files without reporting their own problems', () => {
    const brokenDistricts = fixtureText('districts.geojson').replace(
      '"region": "karabakh"',
      '"region": "elsewhere"',
    );
    const { issues, counts, data } = validateFiles(
      { 'drafts/projects.geojson': projectsIn('AZ-XXX') },
      { 'data/districts.geojson': brokenDistricts, 'data/imagery.json': FIXTURES['data/imagery.json'] },
    );
    expect(errorsOf(issues).map((issue) => [issue.file, issue.code])).toEqual([
      ['drafts/projects.geojson', 'unknown-district'],
    ]);
    expect(Object.keys(counts)).toEqual(['drafts/projects.geojson']);
    expect(data.districts.length).toBeGreaterThan(0);
  });

  it('checks every file of a kind against the first one, and lists files of no kind', () => {
    const { issues, counts, unknown } = validateFiles({
      'a/districts.geojson': FIXTURES['data/districts.geojson'],
      'b/districts.geojson': '{',
      'notes.json': '{}',
    });
    expect(errorsOf(issues).map((issue) => [issue.file, issue.code])).toEqual([
      ['b/districts.geojson', 'invalid-json'],
    ]);
    expect(counts).toEqual({ 'a/districts.geojson': 7, 'b/districts.geojson': 0 });
    expect(unknown).toEqual(['notes.json']);
  });
});
