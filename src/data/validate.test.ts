import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticProjects } from '../../bench/synthetic-projects.ts';
import { fixtureText } from '../../tests/fixture-files.ts';
import { indexDistricts } from './geo-checks.ts';
import type { DataIssue } from './issues.ts';
import { CATEGORIES } from './schema.ts';
import { hashPin } from '../lib/pin-hash.ts';
import {
  validateDistricts,
  validateImagery,
  validateKiosk,
  validateProjects,
  validateScenes,
} from './validate.ts';

// ---------------------------------------------------------------------------------------------------------
// Helpers: expected positions are computed from the fixture text, the way an editor counts them.

const INVALID = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'invalid');
const invalidText = (name: string) => readFileSync(join(INVALID, name), 'utf8');

interface Position {
  line: number;
  column: number;
}

/** Index of the nth (1-based) occurrence of `needle`; without `nth`, the needle must occur exactly once. */
function indexOf(text: string, needle: string, nth?: number): number {
  let index = -1;
  for (let i = 0; i < (nth ?? 1); i++) {
    index = text.indexOf(needle, index + 1);
    expect(index, `occurrence ${i + 1} of ${JSON.stringify(needle)}`).toBeGreaterThanOrEqual(0);
  }
  if (nth === undefined)
    expect(text.indexOf(needle, index + 1), `${JSON.stringify(needle)} is unique`).toBe(-1);
  return index;
}

/** Line and column (1-based) of a character offset. A byte-order mark is not a column. */
function positionAtIndex(text: string, index: number): Position {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const before = text.slice(bom, index);
  return { line: before.split('\n').length, column: index - bom - before.lastIndexOf('\n') };
}

/** Where `needle` starts (`offset` characters further in), e.g. the opening quote of a string value. */
function positionOf(text: string, needle: string, options: { nth?: number; offset?: number } = {}): Position {
  return positionAtIndex(text, indexOf(text, needle, options.nth) + (options.offset ?? 0));
}

/** Replaces the only occurrence of `from`. */
function edit(text: string, from: string, to: string): string {
  const index = indexOf(text, from);
  return text.slice(0, index) + to + text.slice(index + from.length);
}

const codes = (issues: readonly DataIssue[]) => issues.map((issue) => issue.code);
const errors = (issues: readonly DataIssue[]) => issues.filter((issue) => issue.severity === 'error');

/** The one issue with `code` at `at`; fails with the full list otherwise. */
function issueAt(issues: readonly DataIssue[], code: string, at: Position): DataIssue {
  const found = issues.filter(
    (issue) => issue.code === code && issue.line === at.line && issue.column === at.column,
  );
  expect(found, `one ${code} at ${at.line}:${at.column} in ${JSON.stringify(issues, null, 1)}`).toHaveLength(
    1,
  );
  return found[0] as DataIssue;
}

// ---------------------------------------------------------------------------------------------------------
// The valid fixture set and the context the app builds from it.

const DISTRICTS = fixtureText('districts.geojson');
const PROJECTS = fixtureText('projects.geojson');
const IMAGERY = fixtureText('imagery.json');
const SCENES = fixtureText('scenes.json');
const KIOSK = fixtureText('kiosk.json');

const districtIndex = indexDistricts(validateDistricts(DISTRICTS, 'data/districts.geojson').value);
const imageryIds = new Set(
  validateImagery(IMAGERY, 'data/imagery.json').value.layers.map((layer) => layer.id),
);
const projectIds = new Set(
  validateProjects(PROJECTS, 'data/projects.geojson', { districts: districtIndex }).value.map((p) => p.id),
);
const sceneIds = new Set(['fixture-fuzuli']);

const P_FILE = 'data/projects.geojson';
const projects = (text: string) => validateProjects(text, P_FILE, { districts: districtIndex, imageryIds });
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const ALL_PROJECTS = ['fixture-airport', 'fixture-village', 'fixture-mosque', 'fixture-road'];

const VALIDATORS = {
  districts: (text: string) => validateDistricts(text, 'data/districts.geojson').issues,
  projects: (text: string) => projects(text).issues,
  imagery: (text: string) => validateImagery(text, 'data/imagery.json').issues,
  scenes: (text: string) => validateScenes(text, 'data/scenes.json', { imageryIds, projectIds }).issues,
  kiosk: (text: string) => validateKiosk(text, 'data/kiosk.json', { sceneIds }).issues,
};
const GOOD_TEXT = {
  districts: DISTRICTS,
  projects: PROJECTS,
  imagery: IMAGERY,
  scenes: SCENES,
  kiosk: KIOSK,
};

describe('the valid fixture data set', () => {
  it('has no errors, only missing-translation warnings', () => {
    for (const [kind, validate] of Object.entries(VALIDATORS)) {
      const issues = validate(GOOD_TEXT[kind as keyof typeof GOOD_TEXT]);
      expect(errors(issues), kind).toEqual([]);
      expect(new Set(codes(issues)), kind).toEqual(new Set(issues.length > 0 ? ['missing-translation'] : []));
    }
  });

  it('keeps every item', () => {
    expect(validateDistricts(DISTRICTS, 'd').value).toHaveLength(7);
    expect(ids(projects(PROJECTS).value)).toEqual(ALL_PROJECTS);
    expect(validateImagery(IMAGERY, 'i').value.layers).toHaveLength(2);
    expect(validateScenes(SCENES, 's', { imageryIds, projectIds }).value).toHaveLength(1);
    expect(validateKiosk(KIOSK, 'k', { sceneIds }).value?.operatorPinHash).toMatch(/^pbkdf2-sha256\$/);
  });

  it('applies the schema defaults', () => {
    expect(projects(PROJECTS).value[0]?.properties.precision).toBe('exact');
    const scene = validateScenes(SCENES, 's').value[0];
    expect(scene?.camera).toMatchObject({ bearing: 0, pitch: 0 });
    expect(validateImagery(IMAGERY, 'i').value.layers[0]?.nonCommercial).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('file-level checks', () => {
  it.each(Object.entries(VALIDATORS))('reports an empty %s file', (kind, validate) => {
    for (const text of ['', '   \n\t\r\n  ', '\uFEFF', '\uFEFF\r\n']) {
      const file = `data/${kind}.${kind === 'districts' || kind === 'projects' ? 'geojson' : 'json'}`;
      expect(validate(text)).toEqual([
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          code: 'empty-file',
          message: 'the file is empty (expected a JSON document)',
        },
      ]);
    }
  });

  it('accepts a UTF-8 byte-order mark and keeps positions right', () => {
    const bad = edit(PROJECTS, '"category": "transport"', '"category": "hospital"');
    const withBom = `\uFEFF${bad}`;
    const result = projects(withBom);
    expect(ids(result.value)).toEqual(ALL_PROJECTS.slice(1));
    const issue = issueAt(result.issues, 'unknown-category', positionOf(withBom, '"hospital"'));
    expect(issue).toMatchObject(positionOf(bad, '"hospital"'));
    expect(projects(`\uFEFF${PROJECTS}`).issues).toEqual(projects(PROJECTS).issues);
  });

  it('accepts CRLF line endings and keeps line numbers right', () => {
    const bad = edit(PROJECTS, '"category": "transport"', '"category": "hospital"');
    const crlf = bad.replaceAll('\n', '\r\n');
    const result = projects(crlf);
    expect(ids(result.value)).toEqual(ALL_PROJECTS.slice(1));
    issueAt(result.issues, 'unknown-category', positionOf(bad, '"hospital"'));
    expect(result.issues).toEqual(projects(bad).issues);
    expect(projects(`\uFEFF${crlf}`).issues).toEqual(projects(bad).issues);
  });

  it('reports text that is not JSON at its first syntax error only', () => {
    // A missing comma after the airport's category, and a trailing comma further down.
    const text = edit(
      edit(PROJECTS, '"category": "transport",', '"category": "transport"'),
      '"precision": "approximate",',
      '"precision": "approximate",,',
    );
    const result = projects(text);
    expect(result.value).toEqual([]);
    // Where the comma belongs: right after "transport", at the end of its line.
    const at = positionOf(text, '"transport"\n', { offset: '"transport"'.length });
    expect(result.issues).toEqual([
      {
        file: P_FILE,
        ...at,
        severity: 'error',
        code: 'invalid-json',
        message: 'the file is not valid JSON: a comma is missing between two items',
        hint: {
          key: 'missingComma',
          params: { line: at.line },
          text: `add a comma at the end of line ${at.line}`,
        },
      },
    ]);
  });

  it.each(Object.entries(VALIDATORS))('reports a %s file that is not JSON', (kind, validate) => {
    const good = GOOD_TEXT[kind as keyof typeof GOOD_TEXT];
    expect(codes(validate(good))).not.toContain('invalid-json');
    const text = `${good.trimEnd().slice(0, -1)}  "oops": ]\n}\n`;
    const issues = validate(text);
    expect(issues).toHaveLength(1);
    // The comma missing before "oops" belongs at the end of the line before it.
    const end = text.slice(0, text.indexOf('"oops"')).trimEnd().length;
    const at = positionAtIndex(text, end);
    expect(issues[0]).toMatchObject({
      code: 'invalid-json',
      severity: 'error',
      ...at,
      hint: { key: 'missingComma', params: { line: at.line } },
    });
  });

  it('rejects comments', () => {
    const text = edit(PROJECTS, '"category": "transport",', '"category": "transport", // the airport');
    const [issue, ...rest] = projects(text).issues;
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'invalid-json',
      message: 'the file is not valid JSON: comments are not allowed in JSON',
      ...positionOf(text, '// the airport'),
    });
  });

  it('rejects trailing commas', () => {
    const text = edit(KIOSK, '"zoom": 8 }', '"zoom": 8, }');
    const issues = validateKiosk(text, 'data/kiosk.json').issues;
    // At the comma itself, not at the "}" after it where the parser stopped.
    const at = positionOf(text, ', }');
    expect(issues).toEqual([
      {
        file: 'data/kiosk.json',
        ...at,
        severity: 'error',
        code: 'invalid-json',
        message: 'the file is not valid JSON: a comma after the last item',
        hint: {
          key: 'trailingComma',
          params: { line: at.line },
          text: `remove the comma after the last item on line ${at.line}`,
        },
      },
    ]);
  });

  it('reports a GeoJSON file that is not a FeatureCollection at its type', () => {
    const text = edit(PROJECTS, '"FeatureCollection"', '"GeometryCollection"');
    const result = projects(text);
    expect(result.value).toEqual([]);
    expect(result.issues).toEqual([
      {
        file: P_FILE,
        ...positionOf(text, '"GeometryCollection"'),
        severity: 'error',
        code: 'not-a-feature-collection',
        message: 'the file must be a GeoJSON FeatureCollection',
      },
    ]);
    for (const other of [KIOSK, '[]', 'null', '"projects"']) {
      expect(projects(other).issues).toMatchObject([
        { code: 'not-a-feature-collection', line: 1, column: 1 },
      ]);
    }
  });

  it('reports a FeatureCollection without a features array', () => {
    const missing = projects('{\n  "type": "FeatureCollection"\n}');
    expect(missing.issues).toMatchObject([
      {
        code: 'missing-features',
        line: 1,
        column: 1,
        message: 'a FeatureCollection needs a "features" array',
      },
    ]);
    const text = '{\n  "type": "FeatureCollection",\n  "features": { "a": 1 }\n}';
    expect(projects(text).issues).toMatchObject([{ code: 'missing-features', ...positionOf(text, '{ "a"') }]);
    expect(validateDistricts(text, 'd').issues).toMatchObject([{ code: 'missing-features' }]);
  });

  it('reports a feature that is not an object and keeps the others', () => {
    const text = edit(PROJECTS, '"features": [', '"features": [\n    null,');
    const result = projects(text);
    expect(ids(result.value)).toEqual(ALL_PROJECTS);
    const issue = issueAt(result.issues, 'invalid-value', positionOf(text, 'null'));
    expect(issue.message).toBe('null: Invalid input: expected object, received null in project #1');
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('GeoJSON structure (check-geojson)', () => {
  it('reports a position with one number at that position and leaves the feature out', () => {
    const text = edit(PROJECTS, '[47.196, 39.594]', '[47.196]');
    const result = projects(text);
    expect(ids(result.value)).toEqual(ALL_PROJECTS.slice(1));
    expect(errors(result.issues)).toEqual([
      {
        file: P_FILE,
        ...positionOf(text, '[47.196]'),
        severity: 'error',
        code: 'invalid-geojson',
        message: 'A position should have 2 or 3 elements - found 1. in feature "fixture-airport"',
      },
    ]);
  });

  it('accepts a position with an altitude', () => {
    const result = projects(edit(PROJECTS, '[47.196, 39.594]', '[47.196, 39.594, 420]'));
    expect(errors(result.issues)).toEqual([]);
    expect(result.value).toHaveLength(4);
  });

  it('reports a line with one position', () => {
    const text = edit(
      PROJECTS,
      '[[47.25, 39.62], [47.15, 39.6], [47.08, 39.58], [47.04, 39.57]]',
      '[[47.25, 39.62]]',
    );
    const result = projects(text);
    expect(ids(result.value)).toEqual(ALL_PROJECTS.slice(0, 3));
    expect(errors(result.issues)).toMatchObject([
      { code: 'invalid-geojson', message: expect.stringContaining('in feature "fixture-road"') },
    ]);
  });

  it('reports an unclosed polygon ring in a districts file and keeps the other districts', () => {
    const text = invalidText('districts-unclosed-ring.geojson');
    const result = validateDistricts(text, 'data/districts.geojson');
    expect(ids(result.value)).toEqual(['AZ-AAA']);
    expect(result.issues).toEqual([
      {
        file: 'data/districts.geojson',
        ...positionOf(text, '[47.0, 39.2], [47.2, 39.2]'),
        severity: 'error',
        code: 'invalid-geojson',
        message:
          'First and last positions of a Polygon or MultiPolygon’s ring should be the same. in feature "AZ-BBB"',
      },
    ]);
    // The same district with its ring closed is valid.
    const closed = edit(text, '[47.0, 39.4]]]', '[47.0, 39.4], [47.0, 39.2]]]');
    expect(validateDistricts(closed, 'd')).toMatchObject({ issues: [], value: [{}, {}] });
  });
});

// ---------------------------------------------------------------------------------------------------------

interface FieldRule {
  rule: string;
  from: string;
  to: string;
  code: string;
  /** Where the issue must point (the offending value), found in the edited text. */
  at: string;
  message: string;
  /** The feature that is left out. */
  id: string;
}

const PROJECT_FIELD_RULES: FieldRule[] = [
  {
    rule: 'an unknown category',
    from: '"category": "transport"',
    to: '"category": "hospital"',
    code: 'unknown-category',
    at: '"hospital"',
    message: `"hospital" is not a category (allowed: ${CATEGORIES.join(', ')}) in project "fixture-airport"`,
    id: 'fixture-airport',
  },
  {
    rule: 'an unknown status',
    from: '"status": "planned"',
    to: '"status": "paused"',
    code: 'unknown-status',
    at: '"paused"',
    message:
      '"paused" is not a status (allowed: planned, under-construction, completed) in project "fixture-mosque"',
    id: 'fixture-mosque',
  },
  {
    rule: 'an unknown precision',
    from: '"precision": "approximate"',
    to: '"precision": "rough"',
    code: 'unknown-precision',
    at: '"rough"',
    message: '"rough" is not a precision (allowed: exact, approximate, schematic) in project "fixture-road"',
    id: 'fixture-road',
  },
  {
    rule: 'a missing name.ru',
    from: ', "ru": "Тестовый аэропорт"',
    to: '',
    code: 'missing-ru',
    at: '{ "az": "Sınaq hava limanı"',
    message: 'properties.name.ru is required in project "fixture-airport"',
    id: 'fixture-airport',
  },
  {
    rule: 'a missing category',
    from: '"category": "transport",',
    to: '',
    code: 'missing-category',
    at: '{\n        "name": { "az": "Sınaq hava limanı"',
    message: 'properties.category is required in project "fixture-airport"',
    id: 'fixture-airport',
  },
  {
    rule: 'an unknown field (a typo)',
    from: '"en": "Fixture airport"',
    to: '"eng": "Fixture airport"',
    code: 'unknown-field',
    at: '"Fixture airport"',
    message: '"eng" is not a known field of properties.name in project "fixture-airport"',
    id: 'fixture-airport',
  },
  {
    rule: 'a bad id',
    from: '"id": "fixture-airport"',
    to: '"id": "Fixture_Airport"',
    code: 'invalid-id',
    at: '"Fixture_Airport"',
    message:
      'id "Fixture_Airport": must be a kebab-case id such as aghali-smart-village in project "Fixture_Airport"',
    id: 'fixture-airport',
  },
  {
    rule: 'a month 13',
    from: '"start": "2021-01"',
    to: '"start": "2021-13"',
    code: 'invalid-start',
    at: '"2021-13"',
    message:
      'properties.start "2021-13": must be a date written YYYY, YYYY-MM or YYYY-MM-DD in project "fixture-airport"',
    id: 'fixture-airport',
  },
  {
    rule: 'a 30 February',
    from: '"statusAsOf": "2021-09-05"',
    to: '"statusAsOf": "2021-02-30"',
    code: 'invalid-statusAsOf',
    at: '"2021-02-30"',
    message:
      'properties.statusAsOf "2021-02-30": must be a date written YYYY, YYYY-MM or YYYY-MM-DD in project "fixture-airport"',
    id: 'fixture-airport',
  },
  {
    rule: 'a date in another format',
    from: '"start": "2021-01"',
    to: '"start": "01.2021"',
    code: 'invalid-start',
    at: '"01.2021"',
    message:
      'properties.start "01.2021": must be a date written YYYY, YYYY-MM or YYYY-MM-DD in project "fixture-airport"',
    id: 'fixture-airport',
  },
  {
    rule: 'an http source URL',
    from: '"https://example.org/airport"',
    to: '"http://example.org/airport"',
    code: 'invalid-url',
    at: '"http://example.org/airport"',
    message:
      'properties.sources[0].url "http://example.org/airport": must be an https:// URL in project "fixture-airport"',
    id: 'fixture-airport',
  },
  {
    rule: 'empty sources',
    from: '[{ "title": "Fixture", "url": "https://example.org/airport" }]',
    to: '[]',
    code: 'invalid-sources',
    at: '[]',
    message: 'properties.sources []: needs at least one source in project "fixture-airport"',
    id: 'fixture-airport',
  },
  {
    rule: 'a district id in the wrong format',
    from: '["AZ-ZAN"]',
    to: '["zangilan"]',
    code: 'invalid-districts',
    at: '"zangilan"',
    message:
      'properties.districts[0] "zangilan": must be a district id such as AZ-AGM in project "fixture-village"',
    id: 'fixture-village',
  },
  {
    rule: 'an empty name',
    from: '"en": "Fixture village"',
    to: '"en": "  "',
    code: 'invalid-en',
    at: '"  "',
    message: 'properties.name.en "  ": must not be empty in project "fixture-village"',
    id: 'fixture-village',
  },
];

describe('project fields (the zod schema)', () => {
  it.each(PROJECT_FIELD_RULES)('reports $rule at the value', ({ from, to, code, at, message, id }) => {
    expect(codes(projects(PROJECTS).issues)).not.toContain(code);
    const text = edit(PROJECTS, from, to);
    const result = projects(text);
    const issue = issueAt(result.issues, code, positionOf(text, at));
    const { hint, ...rest } = issue;
    expect(rest).toEqual({ file: P_FILE, ...positionOf(text, at), severity: 'error', code, message });
    if (code.startsWith('unknown-') && code !== 'unknown-field')
      expect(hint?.key).toMatch(/didYouMean|allowedValues/);
    else expect(hint).toBeUndefined();
    expect(ids(result.value)).toEqual(ALL_PROJECTS.filter((other) => other !== id));
  });

  it('reports a typo in a language key both as unknown and as a missing language', () => {
    const text = edit(PROJECTS, '"en": "Fixture airport"', '"eng": "Fixture airport"');
    const issues = errors(projects(text).issues);
    expect(codes(issues)).toEqual(['missing-en', 'unknown-field']);
    expect(issues[0]).toMatchObject({
      message: 'properties.name.en is required in project "fixture-airport"',
      ...positionOf(text, '{ "az": "Sınaq hava limanı"'),
    });
  });

  it.each([
    ['a leap day', '"statusAsOf": "2021-09-05"', '"statusAsOf": "2024-02-29"'],
    ['a year alone', '"statusAsOf": "2021-09-05"', '"statusAsOf": "2021"'],
    [
      'a source with a publisher and date',
      '"url": "https://example.org/airport"',
      '"url": "https://example.org/airport", "publisher": "AZERTAC", "date": "2021-09"',
    ],
    ['a project in two districts', '["AZ-ZAN"]', '["AZ-ZAN", "AZ-CAB"]'],
    [
      'a name with every language',
      '"ru": "Тестовый аэропорт"',
      '"ru": "Тестовый аэропорт", "ar": "مطار", "tr": "Havalimanı"',
    ],
  ])('accepts %s', (_name, from, to) => {
    const result = projects(edit(PROJECTS, from, to));
    expect(errors(result.issues)).toEqual([]);
    expect(ids(result.value)).toEqual(ALL_PROJECTS);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('project cross-checks', () => {
  it('reports a duplicate id at the second one and leaves the second out', () => {
    const text = edit(PROJECTS, '"id": "fixture-village"', '"id": "fixture-airport"');
    const result = projects(text);
    expect(errors(result.issues)).toEqual([
      {
        file: P_FILE,
        ...positionOf(text, '"fixture-airport"', { nth: 2 }),
        severity: 'error',
        code: 'duplicate-id',
        message: 'id "fixture-airport" is used twice: ids must be unique',
      },
    ]);
    expect(ids(result.value)).toEqual(['fixture-airport', 'fixture-mosque', 'fixture-road']);
    expect(result.value[0]?.properties.category).toBe('transport');
  });

  it('reports an end before the start', () => {
    const text = edit(PROJECTS, '"end": "2021-09"', '"end": "2020-12"');
    const result = projects(text);
    expect(errors(result.issues)).toEqual([
      {
        file: P_FILE,
        ...positionOf(text, '"2020-12"'),
        severity: 'error',
        code: 'end-before-start',
        message: 'end "2020-12" is before start "2021-01" in project "fixture-airport"',
      },
    ]);
    expect(ids(result.value)).toEqual(ALL_PROJECTS.slice(1));
  });

  it.each([
    ['2021-01', '2021'],
    ['2021-01', '2021-01'],
    ['2021-01', '2021-01-01'],
    ['2021-01-15', '2021-01'],
    ['2021', '2021-01-01'],
  ])(
    'accepts a start of %s and an end of %s (partial dates compare at their common precision)',
    (start, end) => {
      const text = edit(
        edit(PROJECTS, '"start": "2021-01"', `"start": "${start}"`),
        '"end": "2021-09"',
        `"end": "${end}"`,
      );
      expect(codes(projects(text).issues)).not.toContain('end-before-start');
    },
  );

  it.each([
    ['2021-01-15', '2021-01-14'],
    ['2021-02', '2021-01-31'],
    ['2022', '2021-12'],
  ])('reports a start of %s and an end of %s', (start, end) => {
    const text = edit(
      edit(PROJECTS, '"start": "2021-01"', `"start": "${start}"`),
      '"end": "2021-09"',
      `"end": "${end}"`,
    );
    expect(codes(projects(text).issues)).toContain('end-before-start');
  });

  it('warns about a missing start and keeps the project', () => {
    const text = edit(PROJECTS, '"start": "2021-01",', '');
    const result = projects(text);
    expect(errors(result.issues)).toEqual([]);
    expect(ids(result.value)).toEqual(ALL_PROJECTS);
    const at = positionOf(text, '{\n        "name": { "az": "Sınaq hava limanı"');
    expect(issueAt(result.issues, 'missing-start', at)).toEqual({
      file: P_FILE,
      ...at,
      severity: 'warning',
      code: 'missing-start',
      message: 'start is not given in project "fixture-airport" (add it when a source states it)',
    });
  });

  it('reports a district that is not in districts.geojson', () => {
    expect(codes(projects(PROJECTS).issues)).not.toContain('unknown-district');
    const text = edit(PROJECTS, '["AZ-ZAN"]', '["AZ-ZAN", "AZ-QQQ"]');
    const result = projects(text);
    expect(errors(result.issues)).toEqual([
      {
        file: P_FILE,
        ...positionOf(text, '"AZ-QQQ"'),
        severity: 'error',
        code: 'unknown-district',
        message: 'district "AZ-QQQ" is not in districts.geojson in project "fixture-village"',
      },
    ]);
    expect(ids(result.value)).not.toContain('fixture-village');
    // Without districts to check against (e.g. districts.geojson is broken) the reference is not checked.
    expect(codes(validateProjects(text, P_FILE).issues)).not.toContain('unknown-district');
  });

  it('reports a position outside the region', () => {
    const text = edit(PROJECTS, '[47.196, 39.594]', '[44.8, 39.594]');
    const result = projects(text);
    expect(errors(result.issues)).toEqual([
      {
        file: P_FILE,
        ...positionOf(text, '[44.8, 39.594]'),
        severity: 'error',
        code: 'outside-region',
        message:
          'position [44.8, 39.594] is outside the region (45.4–47.7 E, 38.8–40.6 N) in project "fixture-airport"',
      },
    ]);
    expect(ids(result.value)).toEqual(ALL_PROJECTS.slice(1));
  });

  it('hints that longitude and latitude look swapped', () => {
    const text = edit(PROJECTS, '[47.196, 39.594]', '[39.7, 46.75]');
    const issue = issueAt(projects(text).issues, 'outside-region', positionOf(text, '[39.7, 46.75]'));
    expect(issue.message).toBe(
      'position [39.7, 46.75] is outside the region (45.4–47.7 E, 38.8–40.6 N) in project "fixture-airport": ' +
        'longitude and latitude look swapped (GeoJSON is [longitude, latitude])',
    );
  });

  it('reports a position in another district and names the district it lies in', () => {
    const text = edit(PROJECTS, '[47.196, 39.594]', '[46.7525, 39.7587]');
    const result = projects(text);
    // The airport (first feature) now stands on the mosque's position (third feature).
    const issue = issueAt(
      result.issues,
      'outside-district',
      positionOf(text, '[46.7525, 39.7587]', { nth: 1 }),
    );
    expect(issue.severity).toBe('error');
    expect(issue.message).toMatch(
      /^position \[46\.7525, 39\.7587\] is not within 4 km of Fuzuli \(AZ-FUZ\) \(\d+\.\d km away\); it lies in Shusha \(AZ-SUS\) in project "fixture-airport"$/,
    );
    expect(ids(result.value)).toEqual(ALL_PROJECTS.slice(1));
  });

  describe('the 4 km tolerance around a district', () => {
    // A square district whose north edge is 39.4 N; 1 km of latitude is 1 / 111.195 degrees.
    const square = indexDistricts(
      validateDistricts(invalidText('districts-unclosed-ring.geojson'), 'd').value,
    );
    const north = (km: number) => (39.4 + km / ((Math.PI / 180) * 6371.0088)).toFixed(5);
    const project = (lat: string) =>
      edit(
        edit(PROJECTS, '[47.196, 39.594]', `[46.9, ${lat}]`),
        '"districts": ["AZ-FUZ"],\n        "start": "2021-01"',
        '"districts": ["AZ-AAA"],\n        "start": "2021-01"',
      );
    const check = (lat: string) => validateProjects(project(lat), P_FILE, { districts: square });

    it.each([0.5, 1, 1.9, 3.9])('accepts a position %s km outside its district with a warning', (km) => {
      const result = check(north(km));
      expect(codes(result.issues)).not.toContain('outside-district');
      expect(codes(result.issues)).toContain('near-district');
      expect(ids(result.value)).toContain('fixture-airport');
    });

    it.each([4.1, 5])('reports a position %s km outside its district', (km) => {
      const text = project(north(km));
      const result = validateProjects(text, P_FILE, { districts: square });
      const issue = issueAt(result.issues, 'outside-district', positionOf(text, `[46.9, ${north(km)}]`));
      expect(issue.message).toBe(
        `position [46.9, ${Number(north(km))}] is not within 4 km of Square (AZ-AAA) (${km.toFixed(1)} km away) in project "fixture-airport"`,
      );
      expect(ids(result.value)).not.toContain('fixture-airport');
    });
  });

  it('checks every vertex of a line against the region', () => {
    const text = edit(PROJECTS, '[47.08, 39.58]', '[48.08, 39.58]');
    const result = projects(text);
    expect(errors(result.issues)).toEqual([
      {
        file: P_FILE,
        ...positionOf(text, '[48.08, 39.58]'),
        severity: 'error',
        code: 'outside-region',
        message:
          'position [48.08, 39.58] is outside the region (45.4–47.7 E, 38.8–40.6 N) in project "fixture-road"',
      },
    ]);
    expect(ids(result.value)).toEqual(ALL_PROJECTS.slice(0, 3));
  });

  it('checks every vertex of a line against its districts', () => {
    const text = edit(PROJECTS, '[47.04, 39.57]', '[46.766, 39.174]');
    const result = projects(text);
    // The road's last vertex (fourth feature) is now the village's position (second feature).
    const issue = issueAt(
      result.issues,
      'outside-district',
      positionOf(text, '[46.766, 39.174]', { nth: 2 }),
    );
    expect(issue.message).toContain('is not within 4 km of Fuzuli (AZ-FUZ)');
    expect(issue.message).toContain('it lies in Zangilan (AZ-ZAN) in project "fixture-road"');
    expect(ids(result.value)).toEqual(ALL_PROJECTS.slice(0, 3));
  });

  it('warns about a missing Arabic or Turkish name and keeps the project', () => {
    const result = projects(PROJECTS);
    expect(ids(result.value)).toEqual(ALL_PROJECTS);
    const at = positionOf(PROJECTS, '{ "az": "Sınaq hava limanı"');
    expect(issueAt(result.issues, 'missing-translation', at)).toEqual({
      file: P_FILE,
      ...at,
      severity: 'warning',
      code: 'missing-translation',
      message: 'name has no ar, tr text in project "fixture-airport" (the app falls back to English)',
    });
    const onlyTr = edit(PROJECTS, '"ru": "Тестовый аэропорт"', '"ru": "Тестовый аэропорт", "ar": "مطار"');
    expect(issueAt(projects(onlyTr).issues, 'missing-translation', at).message).toBe(
      'name has no tr text in project "fixture-airport" (the app falls back to English)',
    );
    const both = edit(
      PROJECTS,
      '"ru": "Тестовый аэропорт"',
      '"ru": "Тестовый аэропорт", "ar": "مطار", "tr": "Havalimanı"',
    );
    expect(projects(both).issues.filter((issue) => issue.line === at.line)).toEqual([]);
  });

  it('reports imagery that is not in imagery.json', () => {
    const good = edit(
      PROJECTS,
      '"start": "2021-01",',
      '"start": "2021-01", "imagery": { "before": "fixture-before", "after": "fixture-after" },',
    );
    expect(errors(projects(good).issues)).toEqual([]);
    const text = edit(good, '"after": "fixture-after"', '"after": "fixture-2030"');
    const result = projects(text);
    expect(errors(result.issues)).toEqual([
      {
        file: P_FILE,
        ...positionOf(text, '"fixture-2030"'),
        severity: 'error',
        code: 'unknown-imagery',
        message: 'imagery.after "fixture-2030" is not a layer in imagery.json in project "fixture-airport"',
      },
    ]);
    expect(ids(result.value)).toEqual(ALL_PROJECTS.slice(1));
  });
});

describe('a projects file with many problems', () => {
  const text = invalidText('projects-errors.geojson');
  const file = 'tests/fixtures/invalid/projects-errors.geojson';
  const result = validateProjects(text, file, { districts: districtIndex, imageryIds });

  it('leaves out every project with an error and keeps the valid ones, warnings included', () => {
    expect(ids(result.value)).toEqual(['complete-airport', 'warning-only']);
    expect(errors(result.issues)).toHaveLength(17);
    expect(result.issues.filter((issue) => issue.severity === 'warning')).toHaveLength(2);
  });

  it.each([
    ['unknown-category', '"hospital"', 'error'],
    ['unknown-status', '"finished"', 'error'],
    ['missing-ru', '{ "az": "Rus adı yoxdur"', 'error'],
    ['missing-en', '{ "az": "Yazı xətası"', 'error'],
    ['unknown-field', '"Typo in en"', 'error'],
    ['invalid-id', '"Bad_Id"', 'error'],
    ['invalid-start', '"2021-13"', 'error'],
    ['invalid-statusAsOf', '"2021-02-30"', 'error'],
    ['invalid-url', '"http://example.org/insecure"', 'error'],
    ['invalid-sources', '[]', 'error'],
    ['end-before-start', '"2021-12"', 'error'],
    ['unknown-district', '"AZ-QQQ"', 'error'],
    ['outside-region', '[39.7, 46.75]', 'error'],
    ['outside-district', '[46.7525, 39.7587]', 'error'],
    ['outside-region', '[48.1, 39.6]', 'error'],
    ['invalid-geojson', '[47.196]', 'error'],
    ['missing-translation', '{ "az": "Yalnız xəbərdarlıq"', 'warning'],
  ])('reports %s at %s', (code, at, severity) => {
    expect(issueAt(result.issues, code, positionOf(text, at)).severity).toBe(severity);
  });

  it('reports the duplicate id at the second occurrence', () => {
    issueAt(result.issues, 'duplicate-id', positionOf(text, '"complete-airport"', { nth: 2 }));
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('districts', () => {
  const text = invalidText('districts-unclosed-ring.geojson');
  const closed = edit(text, '[47.0, 39.4]]]', '[47.0, 39.4], [47.0, 39.2]]]');

  it('reports an unknown region and a bad id at the value', () => {
    const bad = edit(
      edit(
        closed,
        '"region": "karabakh",\n        "source": { "title": "Fixture", "url": "https://example.org/square"',
        '"region": "zangezur",\n        "source": { "title": "Fixture", "url": "https://example.org/square"',
      ),
      '"AZ-BBB"',
      '"BBB"',
    );
    const result = validateDistricts(bad, 'data/districts.geojson');
    expect(result.value).toEqual([]);
    expect(issueAt(result.issues, 'unknown-region', positionOf(bad, '"zangezur"')).message).toBe(
      '"zangezur" is not a region (allowed: karabakh, east-zangezur, other) in district "AZ-AAA"',
    );
    expect(issueAt(result.issues, 'invalid-id', positionOf(bad, '"BBB"')).message).toBe(
      'id "BBB": must be an ISO 3166-2 code such as AZ-AGM in district "BBB"',
    );
  });

  it('reports a liberated district outside the region but not an "other" one', () => {
    const moved = closed.replaceAll('46.8, ', '44.8, ');
    const result = validateDistricts(moved, 'data/districts.geojson');
    expect(ids(result.value)).toEqual(['AZ-BBB']);
    expect(
      issueAt(result.issues, 'outside-region', positionOf(moved, '[44.8, 39.2]', { nth: 1 })).message,
    ).toContain('in district "AZ-AAA"');
    const other = validateDistricts(moved.replaceAll('"karabakh"', '"other"'), 'd');
    expect(other.issues).toEqual([]);
    expect(other.value).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('imagery', () => {
  const I_FILE = 'data/imagery.json';
  const text = invalidText('imagery-errors.json');
  const result = validateImagery(text, I_FILE);

  it('keeps the valid layers only', () => {
    expect(ids(result.value.layers)).toEqual(['newest-valid', 'pmtiles-valid', 'oldest-valid']);
    expect(errors(result.issues)).toHaveLength(5);
  });

  it('reports a tile URL that is not a template', () => {
    const at = positionOf(text, '"https://tiles.fixture.test/tiles/{z}/{x}.png"');
    expect(issueAt(result.issues, 'invalid-url', at)).toEqual({
      file: I_FILE,
      ...at,
      severity: 'error',
      code: 'invalid-url',
      message:
        'url "https://tiles.fixture.test/tiles/{z}/{x}.png": must be a tile template with {z}, {x} and {y} in layer "bad-template"',
    });
  });

  it('reports a pmtiles layer with neither a pmtiles:// nor an https:// URL', () => {
    const at = positionOf(text, '"http://tiles.fixture.test/archive.pmtiles"');
    expect(issueAt(result.issues, 'invalid-url', at).message).toBe(
      'url "http://tiles.fixture.test/archive.pmtiles": a pmtiles layer needs a pmtiles:// or an https:// URL in layer "pmtiles-without-scheme"',
    );
  });

  it('reports minzoom greater than maxzoom', () => {
    const at = positionOf(text, '"minzoom": 15', { offset: '"minzoom": '.length });
    expect(issueAt(result.issues, 'invalid-minzoom', at).message).toBe(
      'minzoom 15: must not be greater than maxzoom in layer "zoom-upside-down"',
    );
    const equal = edit(
      IMAGERY,
      '"minzoom": 0,\n      "maxzoom": 14,\n      "attribution": "Fixture tiles before"',
      '"minzoom": 14,\n      "maxzoom": 14,\n      "attribution": "Fixture tiles before"',
    );
    expect(validateImagery(equal, I_FILE).issues).toEqual([]);
  });

  it('reports a default pair pointing to a missing or broken layer and falls back to the oldest and newest', () => {
    const before = positionOf(text, '"missing-layer"');
    expect(issueAt(result.issues, 'unknown-imagery', before).message).toBe(
      'defaultPair.before "missing-layer" is not a valid layer in this file',
    );
    const after = positionOf(text, '"bad-template"', { nth: 1 });
    expect(issueAt(result.issues, 'unknown-imagery', after).message).toBe(
      'defaultPair.after "bad-template" is not a valid layer in this file',
    );
    expect(result.value.defaultPair).toEqual({ before: 'oldest-valid', after: 'newest-valid' });
  });

  it('keeps a valid side of the default pair', () => {
    const bad = edit(IMAGERY, '"after": "fixture-after" }', '"after": "fixture-2030" }');
    const checked = validateImagery(bad, I_FILE);
    expect(checked.issues).toMatchObject([{ code: 'unknown-imagery', ...positionOf(bad, '"fixture-2030"') }]);
    expect(checked.value.defaultPair).toEqual({ before: 'fixture-before', after: 'fixture-after' });
    expect(checked.value.layers).toHaveLength(2);
  });

  it('reports a duplicate layer id', () => {
    const bad = edit(IMAGERY, '"id": "fixture-after"', '"id": "fixture-before"');
    const checked = validateImagery(bad, I_FILE);
    issueAt(checked.issues, 'duplicate-id', positionOf(bad, '"fixture-before"', { nth: 3 }));
    expect(ids(checked.value.layers)).toEqual(['fixture-before']);
  });

  it('reports a catalog without a default pair', () => {
    const bad = edit(IMAGERY, '"defaultPair": { "before": "fixture-before", "after": "fixture-after" },', '');
    expect(validateImagery(bad, I_FILE)).toMatchObject({
      value: { layers: [] },
      issues: [
        {
          code: 'missing-defaultPair',
          line: 1,
          column: 1,
          message: 'defaultPair is required in the imagery catalog',
        },
      ],
    });
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('scenes', () => {
  const S_FILE = 'data/scenes.json';
  const text = invalidText('scenes-errors.json');
  const result = validateScenes(text, S_FILE, { imageryIds, projectIds });

  it('keeps the scenes that only have warnings', () => {
    expect(ids(result.value)).toEqual(['unknown-project-scene']);
    expect(codes(errors(result.issues))).toEqual(['outside-region', 'unknown-imagery']);
  });

  it('warns about an unknown project and ignores it', () => {
    const at = positionOf(text, '"no-such-project"');
    expect(issueAt(result.issues, 'unknown-project', at)).toEqual({
      file: S_FILE,
      ...at,
      severity: 'warning',
      code: 'unknown-project',
      message:
        'project "no-such-project" is not in projects.geojson in scene "unknown-project-scene" (ignored)',
    });
  });

  it('reports a camera outside the region', () => {
    const at = positionOf(text, '[44.51, 40.18]');
    expect(issueAt(result.issues, 'outside-region', at).message).toBe(
      'position [44.51, 40.18] is outside the region (45.4–47.7 E, 38.8–40.6 N) in scene "camera-abroad"',
    );
    const swapped = edit(SCENES, '[47.196, 39.594]', '[39.594, 47.196]');
    const issue = issueAt(
      validateScenes(swapped, S_FILE).issues,
      'outside-region',
      positionOf(swapped, '[39.594, 47.196]'),
    );
    expect(issue.message).toContain('longitude and latitude look swapped');
  });

  it('reports imagery that is not in imagery.json', () => {
    expect(issueAt(result.issues, 'unknown-imagery', positionOf(text, '"no-such-layer"')).message).toBe(
      'imagery.after "no-such-layer" is not a layer in imagery.json in scene "unknown-imagery-scene"',
    );
  });

  it('checks references only against what it is given', () => {
    const alone = validateScenes(text, S_FILE);
    expect(codes(alone.issues)).toEqual(['outside-region']);
    expect(ids(alone.value)).toEqual(['unknown-project-scene', 'unknown-imagery-scene']);
  });

  it('reports an unknown compare mode', () => {
    const bad = edit(SCENES, '"mode": "swipe"', '"mode": "wipe"');
    expect(
      issueAt(validateScenes(bad, S_FILE).issues, 'unknown-mode', positionOf(bad, '"wipe"')).message,
    ).toBe('"wipe" is not a compare mode (allowed: swipe, fade, side-by-side) in scene "fixture-fuzuli"');
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('kiosk settings', () => {
  const K_FILE = 'data/kiosk.json';

  it('reports a PIN in clear text and too many languages', () => {
    const text = invalidText('kiosk-errors.json');
    const result = validateKiosk(text, K_FILE, { sceneIds });
    expect(result.value).toBeUndefined();
    expect(result.issues).toEqual([
      {
        file: K_FILE,
        ...positionOf(text, '"12ab"'),
        severity: 'error',
        code: 'clear-operatorPin',
        message:
          'operatorPin holds the PIN in clear text, readable by every browser: run `npm run kiosk:pin` and put the line it prints in "operatorPinHash" instead',
      },
      {
        file: K_FILE,
        ...positionOf(text, '["az", "en", "ru"]'),
        severity: 'error',
        code: 'invalid-languages',
        message:
          'languages ["az","en","ru"]: Too big: expected array to have <=2 items in the kiosk settings',
      },
      expect.objectContaining({ code: 'missing-operatorPinHash', severity: 'error' }),
    ]);
  });

  it('refuses the settings when the only error is a PIN in clear text', () => {
    const text = edit(
      KIOSK,
      '"operatorPinHash": "pbkdf2-sha256$600000$a+0VXszl8mb8unG/qbzeaQ==$s2hlli0GMu1G6Uvjkvzk3MlDNdS5z2K08Cd7eaiZz6M="',
      '"operatorPinHash": "pbkdf2-sha256$600000$a+0VXszl8mb8unG/qbzeaQ==$s2hlli0GMu1G6Uvjkvzk3MlDNdS5z2K08Cd7eaiZz6M=", "operatorPin": "2020"',
    );
    const result = validateKiosk(text, K_FILE);
    expect(result.value).toBeUndefined();
    expect(result.issues).toMatchObject([{ code: 'clear-operatorPin', ...positionOf(text, '"2020"') }]);
  });

  it.each(['"2020"', '"pbkdf2-sha256$600000$abc$def"', '"sha1$1000$YWJjZGVmZ2hpamtsbW5vcA==$x"'])(
    'rejects the hash line %s',
    (line) => {
      const text = edit(
        KIOSK,
        '"pbkdf2-sha256$600000$a+0VXszl8mb8unG/qbzeaQ==$s2hlli0GMu1G6Uvjkvzk3MlDNdS5z2K08Cd7eaiZz6M="',
        line,
      );
      const issues = validateKiosk(text, K_FILE).issues;
      expect(issues).toMatchObject([{ code: 'invalid-operatorPinHash', ...positionOf(text, line) }]);
    },
  );

  it('accepts the line that npm run kiosk:pin prints', async () => {
    const line = await hashPin('482913', { iterations: 1000 });
    const value = validateKiosk(
      edit(
        KIOSK,
        '"pbkdf2-sha256$600000$a+0VXszl8mb8unG/qbzeaQ==$s2hlli0GMu1G6Uvjkvzk3MlDNdS5z2K08Cd7eaiZz6M="',
        JSON.stringify(line),
      ),
      K_FILE,
    ).value;
    expect(value?.operatorPinHash).toBe(line);
  });

  it('reports a language that the app does not have', () => {
    const text = edit(KIOSK, '["az", "en"]', '["az", "de"]');
    expect(
      issueAt(validateKiosk(text, K_FILE).issues, 'unknown-languages', positionOf(text, '"de"')).message,
    ).toBe('"de" is not a language (allowed: az, en, ru, ar, tr) in the kiosk settings');
  });

  it('warns about an unknown featured scene and keeps the settings', () => {
    const text = edit(KIOSK, '["fixture-fuzuli"]', '["fixture-fuzuli", "fixture-2030"]');
    const result = validateKiosk(text, K_FILE, { sceneIds });
    expect(result.value?.featuredScenes).toEqual(['fixture-fuzuli', 'fixture-2030']);
    expect(result.issues).toEqual([
      {
        file: K_FILE,
        ...positionOf(text, '"fixture-2030"'),
        severity: 'warning',
        code: 'unknown-scene',
        message: 'featured scene "fixture-2030" is not in scenes.json (ignored)',
      },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('messages', () => {
  it('are plain text that a curator can read', () => {
    const all: DataIssue[] = [
      ...validateProjects(invalidText('projects-errors.geojson'), 'p', {
        districts: districtIndex,
        imageryIds,
      }).issues,
      ...validateProjects(invalidText('projects-not-json.geojson'), 'p').issues,
      ...validateProjects(
        '{"type": "FeatureCollection", "features": [null, 3, [], {"type": "Feature"}]}',
        'p',
      ).issues,
      ...validateDistricts(invalidText('districts-unclosed-ring.geojson'), 'd').issues,
      ...validateImagery(invalidText('imagery-errors.json'), 'i').issues,
      ...validateImagery('[]', 'i').issues,
      ...validateScenes(invalidText('scenes-errors.json'), 's', { imageryIds, projectIds }).issues,
      ...validateKiosk(invalidText('kiosk-errors.json'), 'k').issues,
      ...validateKiosk('{}', 'k').issues,
    ];
    expect(all.length).toBeGreaterThan(40);
    for (const { message, code } of all) {
      expect(message, code).toBe(message.trim());
      expect(message.includes('\u001b'), `${code}: no terminal colours`).toBe(false);
      expect(message, code).not.toMatch(/[\n\r\t]|<\/?[a-z][^>]*>|\[object |undefined|NaN|Infinity| {2}/i);
      expect(code).toMatch(/^[a-z]+(?:-[a-zA-Z]+)*$/);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('performance', () => {
  it('validates 10 000 projects in under a second', () => {
    const districts = validateDistricts(readFileSync('data/districts.geojson', 'utf8'), 'districts').value;
    const text = JSON.stringify(syntheticProjects(districts, 10_000), null, 1);
    const context = { districts: indexDistricts(districts) };
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const { value, issues } = validateProjects(text, 'synthetic.geojson', context);
      times.push(performance.now() - start);
      expect(value).toHaveLength(10_000);
      expect(errors(issues)).toEqual([]);
    }
    expect(Math.min(...times)).toBeLessThan(1000);
  }, 30_000);
});
