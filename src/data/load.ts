/**
 * Fetches the curator's data files at run time (never bundled, so a kiosk's files can be replaced without a
 * rebuild) and validates them as one set with the CLI's own `validateFiles`. One broken file never stops
 * the others.
 */
import type { DataIssue } from './issues.ts';
import {
  emptyValidData,
  validateFiles,
  type DataKind,
  type FileSummary,
  type ValidData,
} from './validate-files.ts';

export const DATA_FILES: Record<DataKind, string> = {
  districts: 'data/districts.geojson',
  projects: 'data/projects.geojson',
  imagery: 'data/imagery.json',
  scenes: 'data/scenes.json',
  kiosk: 'data/kiosk.json',
  about: 'data/about.json',
  corrections: 'data/corrections.json',
};

/** A data file that could not be fetched at all (network error, 404): the app runs on without it. */
export interface LoadFailure {
  file: string;
  kind: DataKind;
  message: string;
}

export interface LoadedData extends ValidData {
  issues: DataIssue[];
  failures: LoadFailure[];
  /** Each loaded file's entries, valid and in all: what the public notice tells about. */
  files: Record<string, FileSummary>;
}

export const emptyData: LoadedData = { ...emptyValidData, issues: [], failures: [], files: {} };

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
  const fetched = await Promise.all(kinds.map((kind) => fetchText(kind, baseUrl, fetcher)));
  const texts: Record<string, string> = {};
  const failures: LoadFailure[] = [];
  fetched.forEach((text, i) => {
    if (typeof text === 'string') texts[DATA_FILES[kinds[i] as DataKind]] = text;
    else failures.push(text);
  });
  const { data, issues, files } = validateFiles(texts);
  return { ...data, issues, failures, files };
}
