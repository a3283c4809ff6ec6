/**
 * Checks a set of data files with the app's own `validateFiles`. Cross-references (district ids, imagery
 * and project ids, scene ids) are resolved against the other files given, or else against the files in
 * data/, so that checking one file alone still catches a reference to nothing. District boundaries are also
 * checked for crossings and overlaps (`district-geometry.ts`), and boundary corrections
 * (`boundary-corrections.json`) for their fields, for how they apply to the districts and for being applied.
 */
import { basename, join } from 'node:path';
import { DATA_FILES } from '../../src/data/load.ts';
import {
  type DistrictArea,
  isBoundaryCorrectionsFile,
  validateBoundaryCorrections,
} from '../../src/data/boundary-corrections.ts';
import { geometryIssuesOf } from '../../src/data/district-geometry.ts';
import { sortIssues } from '../../src/data/issues.ts';
import { kindOfFile, validateFiles, type DataKind } from '../../src/data/validate-files.ts';

export interface FileToCheck {
  path: string;
  text: string;
}

interface Options {
  dataDir: string;
  readFile: (path: string) => string;
}

export function checkFiles(files: readonly FileToCheck[], options: Options) {
  const given = new Set(files.map((file) => kindOfFile(file.path)));
  // The files in data/ that the app loads stand in for the kinds not given (when readable).
  const references: Record<string, string> = {};
  for (const [kind, file] of Object.entries(DATA_FILES)) {
    if (given.has(kind as DataKind)) continue;
    const path = join(options.dataDir, basename(file));
    try {
      references[path] = options.readFile(path);
    } catch {
      // No such file: references to that kind are not checked.
    }
  }
  const texts = Object.fromEntries(files.map((file) => [file.path, file.text]));
  const { issues, unknown, counts, data } = validateFiles(texts, references);
  // Boundary corrections are not loaded by the app (the pipeline writes them into districts.geojson).
  const corrections = unknown.filter(isBoundaryCorrectionsFile);
  for (const path of corrections) {
    const result = validateBoundaryCorrections(texts[path] ?? '', path, {
      districts: data.districts as DistrictArea[],
      requireApplied: true,
    });
    issues.push(...result.issues);
    counts[path] = result.value.length;
  }
  // Boundary geometry (crossings, overlaps) is checked here and in the pipeline, not on the app's start.
  return {
    issues: sortIssues([...issues, ...geometryIssuesOf(texts)]),
    unknown: unknown.filter((path) => !isBoundaryCorrectionsFile(path)),
    counts,
  };
}
