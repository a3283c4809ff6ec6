/**
 * Validates a set of data files given by name and text: the one entry point of the app's loader and of the
 * curator's `check-data`, so both see the same entries and the same issues. A file's kind comes from its
 * name. Kinds are validated in dependency order, each against the valid content of the kinds before it
 * (district ids and shapes, imagery, project and scene ids); the first file of a kind is the one the others
 * are checked against. A kind that is not in the set can come from `references` (check-data reads data/ for
 * them): those files are validated for their content, but their own problems are not reported.
 */
import { indexDistricts } from './geo-checks.ts';
import { sortIssues, type DataIssue } from './issues.ts';
import type { About } from './about-schema.ts';
import type { Correction } from './corrections.ts';
import type { KioskSettings } from './kiosk-settings-schema.ts';
import type { Scene } from './scene-schema.ts';
import type { DistrictFeature, ProjectFeature } from './schema.ts';
import { validateAbout, validateCorrections } from './validate-trust.ts';
import {
  validateDistricts,
  validateImagery,
  validateKiosk,
  validateProjects,
  validateScenes,
  type ImageryCatalog,
  type Validated,
} from './validate.ts';

export type DataKind = 'districts' | 'projects' | 'imagery' | 'scenes' | 'kiosk' | 'about' | 'corrections';

/** The kind of a data file, from its name (`my-projects.geojson` is a projects file). */
export function kindOfFile(path: string): DataKind | undefined {
  const name = path.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  if (/districts.*\.geojson$/.test(name)) return 'districts';
  if (/projects.*\.geojson$/.test(name)) return 'projects';
  if (/imagery.*\.json$/.test(name)) return 'imagery';
  if (/scenes.*\.json$/.test(name)) return 'scenes';
  if (/kiosk.*\.json$/.test(name)) return 'kiosk';
  if (/^about.*\.json$/.test(name)) return 'about';
  if (/^corrections.*\.json$/.test(name)) return 'corrections';
  return undefined;
}

/** The valid entries of a data set: what the app shows. */
export interface ValidData {
  districts: DistrictFeature[];
  projects: ProjectFeature[];
  imagery: ImageryCatalog;
  scenes: Scene[];
  kiosk: KioskSettings | undefined;
  /** Licences, the report address, towns outside their polygons (the "About the data" panel). */
  about: About | undefined;
  /** The public corrections log, oldest first. */
  corrections: Correction[];
}

export const emptyValidData: ValidData = {
  districts: [],
  projects: [],
  imagery: { defaultPair: { before: '', after: '' }, layers: [] },
  scenes: [],
  kiosk: undefined,
  about: undefined,
  corrections: [],
};

/** What became of one file: how many of its entries are valid (and so shown) out of how many. */
export interface FileSummary {
  kind: DataKind;
  valid: number;
  /** Entries in the file, valid or not; undefined when the file could not be read at all. */
  total: number | undefined;
}

export interface ValidatedFiles {
  /** The valid entries of the first file of each kind (empty for a kind that was not given). */
  data: ValidData;
  /** Every problem in the given files (not in `references`), by file, line and column. */
  issues: DataIssue[];
  /** How many valid entries each given file has. */
  counts: Record<string, number>;
  /** Each given file's entries, valid and in all. */
  files: Record<string, FileSummary>;
  /** Given files whose name says no kind: not validated. */
  unknown: string[];
}

/** Texts by file name (`data/projects.geojson` → its text). */
export type FileTexts = Readonly<Record<string, string>>;

export function validateFiles(files: FileTexts, references: FileTexts = {}): ValidatedFiles {
  const unknown = Object.keys(files).filter((name) => !kindOfFile(name));
  const issues: DataIssue[] = [];
  const counts: Record<string, number> = {};
  const summaries: Record<string, FileSummary> = {};
  const namesOf = (texts: FileTexts, kind: DataKind) =>
    Object.keys(texts).filter((name) => kindOfFile(name) === kind);

  /** Validates the given files of a kind; the first one's value (or the reference's) is the kind's. */
  function validateKind<T>(
    kind: DataKind,
    validate: (text: string, file: string) => Validated<T>,
    count: (value: T) => number,
  ): { value: T } | undefined {
    let first: { value: T } | undefined;
    for (const name of namesOf(files, kind)) {
      const result = validate(files[name] ?? '', name);
      issues.push(...result.issues);
      counts[name] = count(result.value);
      summaries[name] = { kind, valid: counts[name], total: result.total };
      first ??= { value: result.value };
    }
    const reference = namesOf(references, kind)[0];
    if (first || reference === undefined) return first;
    return { value: validate(references[reference] ?? '', reference).value };
  }

  const length = (items: readonly unknown[]) => items.length;
  // A kind with no valid entries (a file that could not be read) is no reason to reject every reference to
  // it: those checks are skipped.
  const idsOf = (items: readonly { id: string }[]) =>
    items.length > 0 ? new Set(items.map((item) => item.id)) : undefined;

  const districts = validateKind('districts', validateDistricts, length)?.value ?? [];
  const imagery =
    validateKind('imagery', validateImagery, (catalog) => catalog.layers.length)?.value ??
    emptyValidData.imagery;
  const imageryIds = idsOf(imagery.layers);
  const districtIndex = districts.length > 0 ? indexDistricts(districts) : undefined;
  const projects =
    validateKind(
      'projects',
      (text, file) => validateProjects(text, file, { districts: districtIndex, imageryIds }),
      length,
    )?.value ?? [];
  const projectIds = idsOf(projects);
  const scenes =
    validateKind(
      'scenes',
      (text, file) => validateScenes(text, file, { imageryIds, imageryLayers: imagery.layers, projectIds }),
      length,
    )?.value ?? [];
  const sceneIds = idsOf(scenes);
  const kiosk = validateKind(
    'kiosk',
    (text, file) => validateKiosk(text, file, { sceneIds }),
    (settings) => (settings ? 1 : 0),
  )?.value;
  const about = validateKind('about', validateAbout, (value) => (value ? 1 : 0))?.value;
  const corrections =
    validateKind(
      'corrections',
      (text, file) =>
        validateCorrections(text, file, {
          project: projectIds,
          scene: sceneIds,
          district: idsOf(districts),
        }),
      length,
    )?.value ?? [];
  return {
    data: { districts, projects, imagery, scenes, kiosk, about, corrections },
    issues: sortIssues(issues),
    counts,
    files: summaries,
    unknown,
  };
}
