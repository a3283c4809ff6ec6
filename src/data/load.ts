/**
 * Fetches the curator's data files at run time (never bundled, so a kiosk's files can be replaced without a
 * rebuild) and validates them with the same code as the CLI. One broken file never stops the others.
 */
import type { LoadedData, LoadFailure } from '../store/data-slice.ts';
import { emptyData } from '../store/data-slice.ts';
import { indexDistricts } from './geo-checks.ts';
import { sortIssues } from './issues.ts';
import {
  validateDistricts,
  validateImagery,
  validateKiosk,
  validateProjects,
  validateScenes,
  type DataKind,
} from './validate.ts';

export const DATA_FILES: Record<DataKind, string> = {
  districts: 'data/districts.geojson',
  projects: 'data/projects.geojson',
  imagery: 'data/imagery.json',
  scenes: 'data/scenes.json',
  kiosk: 'data/kiosk.json',
};

type Fetcher = (url: string) => Promise<Response>;

async function fetchText(kind: DataKind, baseUrl: string, fetcher: Fetcher): Promise<string | LoadFailure> {
  const file = DATA_FILES[kind];
  try {
    const response = await fetcher(`${baseUrl}${file}`);
    if (!response.ok) return { file, kind, message: `HTTP ${response.status}` };
    return await response.text();
  } catch (error) {
    return { file, kind, message: error instanceof Error ? error.message : String(error) };
  }
}

export async function loadData(
  baseUrl: string,
  fetcher: Fetcher = (url) => fetch(url, { cache: 'no-cache' }),
): Promise<LoadedData> {
  const kinds = Object.keys(DATA_FILES) as DataKind[];
  const texts = await Promise.all(kinds.map((kind) => fetchText(kind, baseUrl, fetcher)));
  const failures: LoadFailure[] = [];
  const textOf = (kind: DataKind): string | undefined => {
    const text = texts[kinds.indexOf(kind)];
    if (typeof text === 'string') return text;
    if (text) failures.push(text);
    return undefined;
  };
  const result: LoadedData = { ...emptyData, issues: [], failures };
  const read = <T>(
    kind: DataKind,
    validate: (text: string, file: string) => { value: T; issues: LoadedData['issues'] },
  ) => {
    const text = textOf(kind);
    if (text === undefined) return undefined;
    const { value, issues } = validate(text, DATA_FILES[kind]);
    result.issues.push(...issues);
    return value;
  };
  // Order matters: each file is cross-checked against the valid content of the ones before it.
  result.districts = read('districts', validateDistricts) ?? [];
  result.imagery = read('imagery', validateImagery) ?? result.imagery;
  // A file that could not be read is not a reason to reject every reference to it: skip those checks.
  const idsOf = <T extends { id: string }>(items: T[]) =>
    items.length > 0 ? new Set(items.map((item) => item.id)) : undefined;
  const imageryIds = idsOf(result.imagery.layers);
  const districts = result.districts.length > 0 ? indexDistricts(result.districts) : undefined;
  result.projects =
    read('projects', (text, file) => validateProjects(text, file, { districts, imageryIds })) ?? [];
  const projectIds = idsOf(result.projects);
  result.scenes =
    read('scenes', (text, file) => validateScenes(text, file, { imageryIds, projectIds })) ?? [];
  const sceneIds = idsOf(result.scenes);
  result.kiosk = read('kiosk', (text, file) => validateKiosk(text, file, { sceneIds }));
  result.issues = sortIssues(result.issues);
  return result;
}
