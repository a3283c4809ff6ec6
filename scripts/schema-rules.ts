/**
 * Rules of `check-data` that JSON Schema can express, added to the generated editor schemas so that an editor
 * flags what the checker rejects: https-only URLs, dates written YYYY, YYYY-MM or YYYY-MM-DD that exist, positions inside the region, and district ids that districts.geojson has. (Rules JSON Schema
 * cannot express — a point outside its own district, an end before its start — stay the
 * checker's alone; the guide says so.)
 */
import type { z } from 'zod';
import { httpsUrl, partialDate } from '../src/data/schema-primitives.ts';
import { REGION_BOUNDS } from '../src/data/schema.ts';

/** YYYY, YYYY-MM or a real calendar day YYYY-MM-DD (30 days in April, 29 February in leap years only). */
export const DATE_PATTERN = [
  '^\\d{4}(-(0[1-9]|1[0-2]))?$',
  '^\\d{4}-(0[13578]|1[02])-(0[1-9]|[12]\\d|3[01])$',
  '^\\d{4}-(0[469]|11)-(0[1-9]|[12]\\d|30)$',
  '^\\d{4}-02-(0[1-9]|1\\d|2[0-8])$',
  '^(\\d{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29$',
].join('|');
export const HTTPS_PATTERN = '^https://[^\\s/?#]+[^\\s]*$';

type JsonSchema = Record<string, unknown>;

/** The `override` of z.toJSONSchema: patterns for the refined strings zod cannot write out. */
export function overrideRule(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  if (ctx.zodSchema === (httpsUrl as z.ZodType)) ctx.jsonSchema.pattern = HTTPS_PATTERN;
  if (ctx.zodSchema === (partialDate as z.ZodType)) ctx.jsonSchema.pattern = DATE_PATTERN;
}

const isObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null;

/** A [longitude, latitude(, altitude)] tuple schema: its first two items get the region's bounds. */
function boundPosition(schema: JsonSchema): void {
  const items = schema.prefixItems;
  if (!Array.isArray(items) || items.length < 2 || items.length > 3) return;
  if (!items.every((item) => isObject(item) && item.type === 'number')) return;
  Object.assign(items[0] as JsonSchema, { minimum: REGION_BOUNDS.west, maximum: REGION_BOUNDS.east });
  Object.assign(items[1] as JsonSchema, { minimum: REGION_BOUNDS.south, maximum: REGION_BOUNDS.north });
}

/** Walks a generated schema, calling `visit` on every subschema. */
function walk(
  schema: unknown,
  visit: (schema: JsonSchema, key: string | undefined) => void,
  key?: string,
): void {
  if (Array.isArray(schema)) return schema.forEach((item) => walk(item, visit, key));
  if (!isObject(schema)) return;
  visit(schema, key);
  for (const [child, value] of Object.entries(schema)) walk(value, visit, child);
}

/** Positions inside the region (projects' geometries, scenes' camera centres), as checkInRegion requires. */
export function addRegionBounds(schema: JsonSchema, within: 'geometry' | 'camera'): void {
  walk(schema, (node, key) => {
    if (key === within) walk(node, boundPosition);
  });
}

/** A project's `districts` items: one of the ids in districts.geojson. */
export function addDistrictIds(schema: JsonSchema, ids: readonly string[]): void {
  walk(schema, (node) => {
    const properties = node.properties;
    if (!isObject(properties) || !isObject(properties.districts)) return;
    const items = properties.districts.items;
    if (isObject(items)) items.enum = [...ids];
  });
}

/** A boundary correction's `district`: one of the ids of data/districts.geojson, as for projects. */
export function addCorrectedDistrictIds(schema: JsonSchema, ids: readonly string[]): void {
  walk(schema, (node) => {
    const properties = node.properties;
    if (isObject(properties) && isObject(properties.district) && isObject(properties.geometry))
      properties.district.enum = [...ids];
  });
}
