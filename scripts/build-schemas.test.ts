import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { indexDistricts } from '../src/data/geo-checks.ts';
import { validateDistricts, validateProjects } from '../src/data/validate.ts';
import { isPartialDate } from '../src/lib/day.ts';
import { FILE_SCHEMAS, jsonSchemaOf } from './build-schemas.ts';
import { DATE_PATTERN } from './schema-rules.ts';

const districtIndex = indexDistricts(
  validateDistricts(readFileSync('data/districts.geojson', 'utf8'), 'districts.geojson').value,
);

describe('data/schema', () => {
  it.each(Object.keys(FILE_SCHEMAS))(
    '%s.schema.json is up to date with the zod schemas in src/data/ (npm run data:schema)',
    (kind) => {
      const onDisk = JSON.parse(readFileSync(`data/schema/${kind}.schema.json`, 'utf8')) as unknown;
      expect(onDisk).toEqual(jsonSchemaOf(kind));
    },
  );

  it('tells editors the allowed categories', () => {
    expect(JSON.stringify(jsonSchemaOf('projects'))).toContain('"enum":["housing","transport"');
  });
});

describe('the schemas reject what check-data rejects, where JSON Schema can say it', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const accepts = (kind: string, value: unknown) => ajv.validate(jsonSchemaOf(kind), value);
  const checkerErrors = (feature: unknown) =>
    validateProjects(JSON.stringify({ type: 'FeatureCollection', features: [feature] }), 'projects.geojson', {
      districts: districtIndex,
    }).issues.filter((issue) => issue.severity === 'error');
  const bad = JSON.parse(readFileSync('tests/fixtures/invalid/projects-errors.geojson', 'utf8')) as {
    features: { id: string; properties: { districts?: string[] } }[];
  };
  // The checker's fixture with many problems: these are the faults an editor can flag as the curator types.
  const EXPRESSIBLE =
    /https:\/\/ URL|YYYY-MM-DD|outside the region|not in districts\.geojson|is not one of|has no "|unknown field/;

  it.each(['districts', 'projects', 'imagery', 'scenes', 'kiosk'])('accept the shipped %s file', (kind) => {
    const name = readdirSync('data').find((file) => file.startsWith(kind) && /\.(geo)?json$/.test(file));
    expect(accepts(kind, JSON.parse(readFileSync(`data/${name}`, 'utf8')))).toBe(true);
  });

  it.each(bad.features.map((feature) => [feature.id, feature] as const))(
    '%s: as the checker',
    (_id, feature) => {
      const errors = checkerErrors(feature);
      const schemaOk = accepts('projects', { type: 'FeatureCollection', features: [feature] });
      if (errors.length === 0) expect(schemaOk).toBe(true);
      else if (errors.some((issue) => EXPRESSIBLE.test(issue.message))) expect(schemaOk).toBe(false);
    },
  );

  it.each([
    ['an http source', ['properties', 'sources', 0, 'url'], 'http://example.org/a'],
    ['a javascript: source', ['properties', 'sources', 0, 'url'], 'javascript:alert(1)'],
    ['month 13', ['properties', 'start'], '2021-13'],
    ['a point outside the region', ['geometry', 'coordinates'], [48.1, 39.6]],
    ['an unknown district', ['properties', 'districts', 0], 'AZ-QQQ'],
  ])('reject %s, as the checker does', (_name, path, value) => {
    const feature = structuredClone(bad.features.find((f) => f.id === 'complete-airport'));
    let node = feature as unknown as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key as string] as Record<string | number, unknown>;
    node[path.at(-1) as string] = value;
    expect(checkerErrors(feature).length).toBeGreaterThan(0);
    expect(accepts('projects', { type: 'FeatureCollection', features: [feature] })).toBe(false);
  });
});

describe('DATE_PATTERN', () => {
  it('accepts exactly the dates the checker accepts (every day and month of 1896–2404, and months 0 and 13)', () => {
    const pattern = new RegExp(DATE_PATTERN);
    const mismatches: string[] = [];
    for (let year = 1896; year <= 2404; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const mm = String(month).padStart(2, '0');
          const dd = String(day).padStart(2, '0');
          for (const value of [`${year}`, `${year}-${mm}`, `${year}-${mm}-${dd}`]) {
            if (pattern.test(value) !== isPartialDate(value)) mismatches.push(value);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
