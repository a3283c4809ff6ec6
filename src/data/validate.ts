/**
 * Validation of each kind of data file. Each validator returns the items that are valid and the issues
 * found; an item with an error is left out so that the app shows everything else. A set of files is
 * validated together by `validateFiles` (validate-files.ts), in the browser and in the curator CLI alike.
 */
import { checkInRegion, checkRouteDensity, type DistrictIndex } from './geo-checks.ts';
import { addZodIssues, IssueList, valueAtPath, type DataIssue } from './issues.ts';
import { parseJsonSource } from './json-source.ts';
import { parseItems, warnMissingTranslations } from './parse-items.ts';
import { readDocument } from './read-document.ts';
import { readFeatureCollection } from './read-feature-collection.ts';
import { checkSceneImagery, type SceneContext } from './scene-checks.ts';
import { isBefore } from '../lib/day.ts';
import { checkResettlement, checkStatusDates } from './time-checks.ts';
import { imageryCatalog, imageryLayer, type ImageryLayer } from './imagery-schema.ts';
import { kioskSettings, type KioskSettings } from './kiosk-settings-schema.ts';
import { scene, scenesFile, type Scene } from './scene-schema.ts';
import { districtFeature, projectFeature, type DistrictFeature, type ProjectFeature } from './schema.ts';
import { checkPlacement, checkRecordedSite, checkSceneFigures } from './trust-checks.ts';

export interface Validated<T> {
  value: T;
  issues: DataIssue[];
  /** How many entries the file has, valid or not; undefined when the file could not be read as a whole. */
  total?: number;
}

export function validateDistricts(text: string, file: string): Validated<DistrictFeature[]> {
  const issues = new IssueList(file, parseJsonSource(text));
  const doc = readDocument(text, issues);
  const collection = doc && readFeatureCollection(doc, issues);
  if (!collection) return { value: [], issues: issues.items };
  const total = collection.features.length;
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
  return { value, issues: issues.items, total };
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
  const total = collection.features.length;
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
    checkPlacement(issues, context.districts, item, at, subject);
    checkRecordedSite(issues, item, at, subject);
    checkRouteDensity(issues, item, at, subject);
    checkStatusDates(issues, properties, at, subject);
    checkResettlement(issues, properties, at, subject);
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
  return { value, issues: issues.items, total };
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
  const layers: ImageryLayer[] = [];
  const familyDates = new Set<string>();
  for (const { item, index, subject } of parseItems(
    top.data.layers,
    imageryLayer,
    issues,
    ['layers'],
    'layer',
  )) {
    // Two layers of one family on one date would be two frames of one day in a time-lapse.
    const key = item.family === undefined ? undefined : `${item.family} ${item.date}`;
    if (key !== undefined && familyDates.has(key)) {
      issues.error(
        'duplicate-date',
        `${subject} has the same date "${item.date}" as another layer of family "${item.family}" (one layer per date)`,
        ['layers', index, 'date'],
      );
      continue;
    }
    if (key !== undefined) familyDates.add(key);
    layers.push(item);
  }
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
  return { value: { defaultPair, layers }, issues: issues.items, total: top.data.layers.length };
}

export type { SceneContext };

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
    checkSceneImagery(issues, item, context, at, subject);
    checkSceneFigures(issues, item, at, subject);
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
  return { value, issues: issues.items, total: top.data.scenes.length };
}

/**
 * The PIN of earlier kiosk files, in clear text: an error of its own that says what to do (the file is
 * served to every browser), and the rest of the settings checked without it.
 */
function withoutClearPin(value: unknown, issues: IssueList): unknown {
  if (typeof value !== 'object' || value === null || !('operatorPin' in value)) return value;
  issues.error(
    'clear-operatorPin',
    'operatorPin holds the PIN in clear text, readable by every browser: run `npm run kiosk:pin` and put the line it prints in "operatorPinHash" instead',
    ['operatorPin'],
  );
  const rest: Record<string, unknown> = { ...value };
  delete rest['operatorPin'];
  return rest;
}

export function validateKiosk(
  text: string,
  file: string,
  context: { sceneIds?: ReadonlySet<string> } = {},
): Validated<KioskSettings | undefined> {
  const issues = new IssueList(file, parseJsonSource(text));
  const doc = readDocument(text, issues);
  if (!doc) return { value: undefined, issues: issues.items };
  const settings = withoutClearPin(doc.value, issues);
  const result = kioskSettings.safeParse(settings);
  if (!result.success) {
    addZodIssues(issues, result.error, [], 'the kiosk settings', (path) => valueAtPath(doc.value, path));
  }
  // All or nothing: the kiosk runs on its defaults rather than on half of its settings.
  if (!result.success || issues.errorCount() > 0) return { value: undefined, issues: issues.items, total: 1 };
  result.data.featuredScenes.forEach((id, i) => {
    if (context.sceneIds && !context.sceneIds.has(id)) {
      issues.warn('unknown-scene', `featured scene "${id}" is not in scenes.json (ignored)`, [
        'featuredScenes',
        i,
      ]);
    }
  });
  return { value: result.data, issues: issues.items, total: 1 };
}
