import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILE_SCHEMAS, jsonSchemaOf } from './build-schemas.ts';

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
