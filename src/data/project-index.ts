/**
 * Derived, per-project fields that filtering, the list and the map all read: computed once per loaded data
 * set (memoised on the array), never stored in the store.
 */
import type { AsOfStatus } from '../lib/as-of.ts';
import { foldForSearch } from '../lib/search-fold.ts';
import { LANGUAGES, type Category, type Language, type ProjectFeature } from './schema.ts';

/** A year after every real one: a project without an end is still active. */
export const OPEN_END_YEAR = 9999;

export interface ProjectEntry {
  project: ProjectFeature;
  id: string;
  /** 1-based index: the numeric feature id on the map (feature-state needs numbers). */
  numericId: number;
  category: Category;
  /** The curated status; in the timeline's dated entries, the status on its day (store/dated-entries.ts). */
  status: AsOfStatus;
  districts: readonly string[];
  /** `|AZ-AGM|AZ-TAR|`: district membership as a substring test, which map expressions can evaluate. */
  districtKeys: string;
  /** The years the project is active: from its start to its end (or open, or the year it was confirmed done). */
  fromYear: number;
  toYear: number;
  /**
   * Name and summary folded for search, per language (with the data's fallback to English). Folded on
   * first use: only the language a visitor searches in is ever computed, which keeps start-up fast.
   */
  search: Readonly<Record<Language, string>>;
}

const yearOf = (date: string | undefined): number | undefined =>
  date ? Number(date.slice(0, 4)) : undefined;

export function activeYears(project: ProjectFeature): { fromYear: number; toYear: number } {
  const { start, end, statusAsOf, status } = project.properties;
  const asOf = yearOf(statusAsOf) ?? OPEN_END_YEAR;
  const fromYear = yearOf(start) ?? yearOf(end) ?? asOf;
  const toYear = yearOf(end) ?? (status === 'completed' ? Math.max(asOf, fromYear) : OPEN_END_YEAR);
  return { fromYear, toYear };
}

function searchTexts(project: ProjectFeature): Record<Language, string> {
  const { name, summary } = project.properties;
  const texts = {} as Record<Language, string>;
  for (const lang of LANGUAGES) {
    let folded: string | undefined;
    Object.defineProperty(texts, lang, {
      enumerable: true,
      get: () => (folded ??= foldForSearch(`${name[lang] ?? name.en} ${summary[lang] ?? summary.en}`)),
    });
  }
  return texts;
}

export const districtKeysOf = (districts: readonly string[]) => `|${districts.join('|')}|`;

function entryOf(project: ProjectFeature, index: number): ProjectEntry {
  return {
    project,
    id: project.id,
    numericId: index + 1,
    category: project.properties.category,
    status: project.properties.status,
    districts: project.properties.districts,
    districtKeys: districtKeysOf(project.properties.districts),
    ...activeYears(project),
    search: searchTexts(project),
  };
}

const cache = new WeakMap<readonly ProjectFeature[], readonly ProjectEntry[]>();

export function indexProjects(projects: readonly ProjectFeature[]): readonly ProjectEntry[] {
  let entries = cache.get(projects);
  if (!entries) {
    entries = projects.map(entryOf);
    cache.set(projects, entries);
  }
  return entries;
}

/** The properties a map feature needs so that the filter expression (filters/to-expression.ts) can run on it. */
export function filterProperties(entry: ProjectEntry, lang: Language) {
  return {
    category: entry.category,
    status: entry.status,
    districtKeys: entry.districtKeys,
    fromYear: entry.fromYear,
    toYear: entry.toYear,
    [`search_${lang}`]: entry.search[lang],
  };
}

/**
 * Folds the search texts of one language ahead of the first search, in small slices of idle time, so the
 * first keystroke does not pay for 10 000 folds at once. Returns a function that stops it.
 */
export function prefoldSearch(entries: readonly ProjectEntry[], lang: Language, sliceSize = 500): () => void {
  let index = 0;
  let handle: ReturnType<typeof setTimeout> | undefined;
  const step = () => {
    const end = Math.min(entries.length, index + sliceSize);
    for (; index < end; index++) void entries[index]?.search[lang];
    if (index < entries.length) handle = setTimeout(step, 16);
  };
  handle = setTimeout(step, 500);
  return () => clearTimeout(handle);
}
