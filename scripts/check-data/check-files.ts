/**
 * Checks a set of data files with the app's own validators. Cross-references (district ids, imagery and
 * project ids, scene ids) are resolved against the other files given, or else against the files in data/,
 * so that checking one file alone still catches a reference to nothing.
 */
import { join } from 'node:path';
import { indexDistricts } from '../../src/data/geo-checks.ts';
import { sortIssues, type DataIssue } from '../../src/data/issues.ts';
import type { DistrictFeature, ImageryLayer, ProjectFeature, Scene } from '../../src/data/schema.ts';
import {
  kindOfFile,
  validateDistricts,
  validateImagery,
  validateKiosk,
  validateProjects,
  validateScenes,
  type DataKind,
} from '../../src/data/validate.ts';

export interface FileToCheck {
  path: string;
  text: string;
}

interface Options {
  dataDir: string;
  readFile: (path: string) => string;
}

const DEFAULT_NAMES: Record<DataKind, string> = {
  districts: 'districts.geojson',
  projects: 'projects.geojson',
  imagery: 'imagery.json',
  scenes: 'scenes.json',
  kiosk: 'kiosk.json',
};

/** Validation order: each kind is cross-checked against the kinds before it. */
const ORDER: DataKind[] = ['districts', 'imagery', 'projects', 'scenes', 'kiosk'];

export function checkFiles(files: readonly FileToCheck[], options: Options) {
  const unknown: string[] = [];
  const byKind = new Map<DataKind, FileToCheck[]>();
  for (const file of files) {
    const kind = kindOfFile(file.path);
    if (!kind) unknown.push(file.path);
    else byKind.set(kind, [...(byKind.get(kind) ?? []), file]);
  }
  /** The reference file of a kind: the first one given, else the one in data/ (if readable). */
  const reference = (kind: DataKind): FileToCheck | undefined => {
    const given = byKind.get(kind)?.[0];
    if (given) return given;
    const path = join(options.dataDir, DEFAULT_NAMES[kind]);
    try {
      return { path, text: options.readFile(path) };
    } catch {
      return undefined;
    }
  };
  const idsOf = (items: readonly { id: string }[]) =>
    items.length > 0 ? new Set(items.map((item) => item.id)) : undefined;

  // Each file is validated once; the reference file of a kind doubles as a checked file when it was given.
  const results = new Map<string, { issues: DataIssue[]; count: number }>();
  const remember = <T>(
    file: FileToCheck,
    result: { value: T; issues: DataIssue[] },
    count: (value: T) => number,
  ): T => {
    results.set(file.path, { issues: result.issues, count: count(result.value) });
    return result.value;
  };
  const length = (value: readonly unknown[]) => value.length;
  const checkDistricts = (file: FileToCheck): DistrictFeature[] =>
    remember(file, validateDistricts(file.text, file.path), length);
  const checkImagery = (file: FileToCheck): ImageryLayer[] =>
    remember(file, validateImagery(file.text, file.path), (value) => value.layers.length).layers;
  const refDistricts = reference('districts');
  const districts = refDistricts ? checkDistricts(refDistricts) : [];
  const districtIndex = districts.length > 0 ? indexDistricts(districts) : undefined;
  const refImagery = reference('imagery');
  const imageryIds = idsOf(refImagery ? checkImagery(refImagery) : []);
  const checkProjects = (file: FileToCheck): ProjectFeature[] =>
    remember(file, validateProjects(file.text, file.path, { districts: districtIndex, imageryIds }), length);
  const refProjects = reference('projects');
  const projectIds = idsOf(refProjects ? checkProjects(refProjects) : []);
  const checkScenes = (file: FileToCheck): Scene[] =>
    remember(file, validateScenes(file.text, file.path, { imageryIds, projectIds }), length);
  const refScenes = reference('scenes');
  const sceneIds = idsOf(refScenes ? checkScenes(refScenes) : []);
  const checkKiosk = (file: FileToCheck) =>
    remember(file, validateKiosk(file.text, file.path, { sceneIds }), (value) => (value ? 1 : 0));
  const run: Record<DataKind, (file: FileToCheck) => unknown> = {
    districts: checkDistricts,
    imagery: checkImagery,
    projects: checkProjects,
    scenes: checkScenes,
    kiosk: checkKiosk,
  };

  const issues: DataIssue[] = [];
  const counts: Record<string, number> = {};
  for (const kind of ORDER) {
    for (const file of byKind.get(kind) ?? []) {
      if (!results.has(file.path)) run[kind](file);
      const result = results.get(file.path);
      issues.push(...(result?.issues ?? []));
      counts[file.path] = result?.count ?? 0;
    }
  }
  return { issues: sortIssues(issues), unknown, counts };
}
