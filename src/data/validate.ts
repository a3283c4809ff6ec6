/**
 * Validation of every data file, shared by the browser (load.ts) and the curator CLI (scripts/check-data.ts).
 * Each validator returns the items that are valid and the issues found; an item with an error is left out
 * so that the app shows everything else.
 */
import { getIssues as geojsonStructureIssues } from '@placemarkio/check-geojson';
import { findNodeAtOffset, getNodePath, parseTree } from 'jsonc-parser';
import type { z } from 'zod';
import {
  checkDistrictPlacement,
  checkInRegion,
  checkRouteDensity,
  type DistrictIndex,
} from './geo-checks.ts';
import { addZodIssues, IssueList, valueAtPath, type DataIssue } from './issues.ts';
import { parseJsonSource, type JsonPath, type JsonSource } from './json-source.ts';
import {
  districtFeature,
  imageryCatalog,
  imageryLayer,
  kioskSettings,
  LANGUAGES,
  projectFeature,
  REQUIRED_LANGUAGES,
  scene,
  scenesFile,
  type DistrictFeature,
  type ImageryLayer,
  type KioskSettings,
  type LocalizedText,
  type ProjectFeature,
  type Scene,
} from './schema.ts';

export type DataKind = 'districts' | 'projects' | 'imagery' | 'scenes' | 'kiosk';

export interface Validated<T> {
  value: T;
  issues: DataIssue[];
}

/** The kind of a data file, from its name (`my-projects.geojson` is a projects file). */
export function kindOfFile(path: string): DataKind | undefined {
  const name = path.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  if (/districts.*\.geojson$/.test(name)) return 'districts';
  if (/projects.*\.geojson$/.test(name)) return 'projects';
  if (/imagery.*\.json$/.test(name)) return 'imagery';
  if (/scenes.*\.json$/.test(name)) return 'scenes';
  if (/kiosk.*\.json$/.test(name)) return 'kiosk';
  return undefined;
}

interface Document {
  source: JsonSource;
  value: unknown;
}

/** Parses a file; syntax errors and empty files become issues and yield no document. */
function readDocument(text: string, issues: IssueList): Document | undefined {
  const source = issues.source;
  if (text.replace(/^\uFEFF/, '').trim() === '' || !source) {
    issues.error('empty-file', 'the file is empty (expected a JSON document)');
    return undefined;
  }
  if (source.syntaxError) {
    issues.items.push({
      file: issues.file,
      ...source.syntaxError.position,
      severity: 'error',
      code: 'invalid-json',
      message: `the file is not valid JSON: ${source.syntaxError.message}`,
    });
    return undefined;
  }
  return { source, value: source.value };
}

/** Partial dates compare at their common precision: an end in "2021" is not before a start in "2021-09". */
function isBefore(date: string, other: string): boolean {
  const length = Math.min(date.length, other.length);
  return date.slice(0, length) < other.slice(0, length);
}

function subjectOf(kind: string, id: unknown, index: number): string {
  return typeof id === 'string' && id !== '' ? `${kind} "${id}"` : `${kind} #${index + 1}`;
}

function warnMissingTranslations(
  issues: IssueList,
  text: LocalizedText | undefined,
  path: JsonPath,
  subject: string,
): void {
  if (!text) return;
  const missing = LANGUAGES.filter((lang) => !REQUIRED_LANGUAGES.includes(lang as 'az') && !text[lang]);
  if (missing.length > 0) {
    issues.warn(
      'missing-translation',
      `${path.at(-1)} has no ${missing.join(', ')} text in ${subject} (the app falls back to English)`,
      path,
    );
  }
}

interface FeatureFile {
  features: unknown[];
  /** Feature indexes whose geometry check-geojson found broken (reported already). */
  broken: Set<number>;
}

const isPosition = (value: unknown): boolean =>
  Array.isArray(value) &&
  (value.length === 2 || value.length === 3) &&
  value.every((n) => typeof n === 'number' && Number.isFinite(n));

/**
 * A Point or LineString that check-geojson would accept (its rules for these two types are exactly these),
 * checked without serialising it: most project geometries, so large files skip most of check-geojson's cost.
 */
function isWellFormedPointOrLine(geometry: object): boolean {
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type === 'Point') return isPosition(coordinates);
  if (type === 'LineString')
    return Array.isArray(coordinates) && coordinates.length >= 2 && coordinates.every(isPosition);
  return false;
}

/**
 * GeoJSON structure: check-geojson explains what is wrong with a geometry (unclosed rings, positions with
 * one number…). It runs on each geometry alone, which is about 15 times faster than on the whole file, and
 * zod checks the rest of each feature.
 */
function readFeatureCollection(doc: Document, issues: IssueList): FeatureFile | undefined {
  const value = doc.value as { type?: unknown; features?: unknown } | null;
  if (value === null || typeof value !== 'object' || value.type !== 'FeatureCollection') {
    issues.error('not-a-feature-collection', 'the file must be a GeoJSON FeatureCollection', ['type']);
    return undefined;
  }
  if (!Array.isArray(value.features)) {
    issues.error('missing-features', 'a FeatureCollection needs a "features" array', ['features']);
    return undefined;
  }
  const broken = new Set<number>();
  value.features.forEach((feature: unknown, index) => {
    const geometry = (feature as { geometry?: unknown } | null)?.geometry;
    if (geometry === null || typeof geometry !== 'object') return; // zod reports a missing geometry
    if (isWellFormedPointOrLine(geometry)) return;
    const json = JSON.stringify(geometry);
    const [hint] = geojsonStructureIssues(json);
    if (!hint) return;
    // Point at the offending part (a position, a ring): find it in the geometry's own text (errors only).
    const root = parseTree(json);
    const node = root && findNodeAtOffset(root, hint.from);
    const id = (feature as { id?: unknown }).id;
    issues.error('invalid-geojson', `${hint.message} in ${subjectOf('feature', id, index)}`, [
      'features',
      index,
      'geometry',
      ...(node ? getNodePath(node) : []),
    ]);
    broken.add(index);
  });
  return { features: value.features, broken };
}

/** Parses each item with zod; the valid ones come back with their index in the file. */
function parseItems<T>(
  items: unknown[],
  schema: z.ZodType<T>,
  issues: IssueList,
  basePath: JsonPath,
  kind: string,
  skip: Set<number> = new Set(),
): { item: T; index: number; subject: string }[] {
  const valid: { item: T; index: number; subject: string }[] = [];
  const seen = new Set<string>();
  items.forEach((raw, index) => {
    if (skip.has(index)) return;
    const id = (raw as { id?: unknown } | null)?.id;
    const subject = subjectOf(kind, id, index);
    const result = schema.safeParse(raw);
    if (!result.success) {
      addZodIssues(issues, result.error, [...basePath, index], subject, (path) => valueAtPath(raw, path));
      return;
    }
    if (typeof id === 'string') {
      if (seen.has(id)) {
        issues.error('duplicate-id', `id "${id}" is used twice: ids must be unique`, [
          ...basePath,
          index,
          'id',
        ]);
        return;
      }
      seen.add(id);
    }
    valid.push({ item: result.data, index, subject });
  });
  return valid;
}

export function validateDistricts(text: string, file: string): Validated<DistrictFeature[]> {
  const issues = new IssueList(file, parseJsonSource(text));
  const doc = readDocument(text, issues);
  const collection = doc && readFeatureCollection(doc, issues);
  if (!collection) return { value: [], issues: issues.items };
  const parsed = parseItems(
    collection.features,
    districtFeature,
    issues,
    ['features'],
    'district',
    collection.broken,
  );
  const value: DistrictFeature[] = [];
  for (const { item, index, subject } of parsed) {
    const before = issues.errorCount();
    if (item.properties.region !== 'other') {
      checkInRegion(issues, item.geometry, ['features', index, 'geometry', 'coordinates'], subject);
    }
    warnMissingTranslations(issues, item.properties.name, ['features', index, 'properties', 'name'], subject);
    if (issues.errorCount() === before) value.push(item);
  }
  return { value, issues: issues.items };
}

export interface ProjectContext {
  districts?: DistrictIndex;
  imageryIds?: ReadonlySet<string>;
}

export function validateProjects(
  text: string,
  file: string,
  context: ProjectContext = {},
): Validated<ProjectFeature[]> {
  const issues = new IssueList(file, parseJsonSource(text));
  const doc = readDocument(text, issues);
  const collection = doc && readFeatureCollection(doc, issues);
  if (!collection) return { value: [], issues: issues.items };
  const parsed = parseItems(
    collection.features,
    projectFeature,
    issues,
    ['features'],
    'project',
    collection.broken,
  );
  const value: ProjectFeature[] = [];
  for (const { item, index, subject } of parsed) {
    const before = issues.errorCount();
    const at = (...path: (string | number)[]) => ['features', index, ...path];
    const { properties } = item;
    if (!properties.start) {
      issues.warn(
        'missing-start',
        `start is not given in ${subject} (add it when a source states it)`,
        at('properties'),
      );
    } else if (properties.end && isBefore(properties.end, properties.start)) {
      issues.error(
        'end-before-start',
        `end "${properties.end}" is before start "${properties.start}" in ${subject}`,
        at('properties', 'end'),
      );
    }
    if (checkInRegion(issues, item.geometry, at('geometry', 'coordinates'), subject) && context.districts) {
      checkDistrictPlacement(issues, context.districts, item, at, subject);
    }
    checkRouteDensity(issues, item, at, subject);
    if (context.imageryIds && properties.imagery) {
      for (const side of ['before', 'after'] as const) {
        const id = properties.imagery[side];
        if (!context.imageryIds.has(id)) {
          issues.error(
            'unknown-imagery',
            `imagery.${side} "${id}" is not a layer in imagery.json in ${subject}`,
            at('properties', 'imagery', side),
          );
        }
      }
    }
    warnMissingTranslations(issues, properties.name, at('properties', 'name'), subject);
    if (issues.errorCount() === before) value.push(item);
  }
  return { value, issues: issues.items };
}

export interface ImageryCatalog {
  defaultPair: { before: string; after: string };
  layers: ImageryLayer[];
}

export function validateImagery(text: string, file: string): Validated<ImageryCatalog> {
  const issues = new IssueList(file, parseJsonSource(text));
  const empty: ImageryCatalog = { defaultPair: { before: '', after: '' }, layers: [] };
  const doc = readDocument(text, issues);
  if (!doc) return { value: empty, issues: issues.items };
  const top = imageryCatalog.safeParse(doc.value);
  if (!top.success) {
    addZodIssues(issues, top.error, [], 'the imagery catalog', (path) => valueAtPath(doc.value, path));
    return { value: empty, issues: issues.items };
  }
  const layers = parseItems(top.data.layers, imageryLayer, issues, ['layers'], 'layer').map(
    ({ item }) => item,
  );
  const ids = new Set(layers.map((layer) => layer.id));
  const defaultPair = { ...top.data.defaultPair };
  for (const side of ['before', 'after'] as const) {
    if (!ids.has(defaultPair[side])) {
      issues.error(
        'unknown-imagery',
        `defaultPair.${side} "${defaultPair[side]}" is not a valid layer in this file`,
        ['defaultPair', side],
      );
      // Keep the app usable: fall back to the oldest / newest valid layer.
      const sorted = [...layers].sort((a, b) => a.date.localeCompare(b.date));
      defaultPair[side] = (side === 'before' ? sorted[0] : sorted.at(-1))?.id ?? '';
    }
  }
  return { value: { defaultPair, layers }, issues: issues.items };
}

export interface SceneContext {
  imageryIds?: ReadonlySet<string>;
  projectIds?: ReadonlySet<string>;
}

export function validateScenes(text: string, file: string, context: SceneContext = {}): Validated<Scene[]> {
  const issues = new IssueList(file, parseJsonSource(text));
  const doc = readDocument(text, issues);
  if (!doc) return { value: [], issues: issues.items };
  const top = scenesFile.safeParse(doc.value);
  if (!top.success) {
    addZodIssues(issues, top.error, [], 'the scenes file', (path) => valueAtPath(doc.value, path));
    return { value: [], issues: issues.items };
  }
  const value: Scene[] = [];
  for (const { item, index, subject } of parseItems(top.data.scenes, scene, issues, ['scenes'], 'scene')) {
    const before = issues.errorCount();
    const at = (...path: (string | number)[]) => ['scenes', index, ...path];
    checkInRegion(
      issues,
      { type: 'Point', coordinates: item.camera.center },
      at('camera', 'center'),
      subject,
    );
    for (const side of ['before', 'after'] as const) {
      if (context.imageryIds && !context.imageryIds.has(item.imagery[side])) {
        issues.error(
          'unknown-imagery',
          `imagery.${side} "${item.imagery[side]}" is not a layer in imagery.json in ${subject}`,
          at('imagery', side),
        );
      }
    }
    item.projects?.forEach((id, i) => {
      if (context.projectIds && !context.projectIds.has(id)) {
        issues.warn(
          'unknown-project',
          `project "${id}" is not in projects.geojson in ${subject} (ignored)`,
          at('projects', i),
        );
      }
    });
    warnMissingTranslations(issues, item.caption, at('caption'), subject);
    if (issues.errorCount() === before) value.push(item);
  }
  return { value, issues: issues.items };
}

export function validateKiosk(
  text: string,
  file: string,
  context: { sceneIds?: ReadonlySet<string> } = {},
): Validated<KioskSettings | undefined> {
  const issues = new IssueList(file, parseJsonSource(text));
  const doc = readDocument(text, issues);
  if (!doc) return { value: undefined, issues: issues.items };
  const result = kioskSettings.safeParse(doc.value);
  if (!result.success) {
    addZodIssues(issues, result.error, [], 'the kiosk settings', (path) => valueAtPath(doc.value, path));
    return { value: undefined, issues: issues.items };
  }
  result.data.featuredScenes.forEach((id, i) => {
    if (context.sceneIds && !context.sceneIds.has(id)) {
      issues.warn('unknown-scene', `featured scene "${id}" is not in scenes.json (ignored)`, [
        'featuredScenes',
        i,
      ]);
    }
  });
  return { value: result.data, issues: issues.items };
}
