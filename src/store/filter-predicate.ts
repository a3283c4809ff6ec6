/** The filter as a JavaScript test of one project: what the list shows (and the clustered markers). */
import type { ProjectEntry } from '../data/project-index.ts';
import type { Language } from '../data/schema.ts';
import { foldForSearch } from '../lib/search-fold.ts';
import type { FilterState } from './filter-slice.ts';

export type Dimension = 'category' | 'status' | 'district' | 'years' | 'text';

/** One test per active filter dimension; a project passes when it passes all of them. */
export function dimensionTests(
  filters: FilterState,
  lang: Language,
): [Dimension, (entry: ProjectEntry) => boolean][] {
  const tests: [Dimension, (entry: ProjectEntry) => boolean][] = [];
  if (filters.categories.length > 0) tests.push(['category', (e) => filters.categories.includes(e.category)]);
  if (filters.statuses.length > 0) {
    const statuses: readonly string[] = filters.statuses;
    tests.push(['status', (e) => statuses.includes(e.status)]);
  }
  if (filters.districts.length > 0) {
    const keys = filters.districts.map((id) => `|${id}|`);
    tests.push(['district', (e) => keys.some((key) => e.districtKeys.includes(key))]);
  }
  const { from, to } = filters;
  if (from !== undefined || to !== undefined) {
    tests.push([
      'years',
      (e) => (to === undefined || e.fromYear <= to) && (from === undefined || e.toYear >= from),
    ]);
  }
  const query = foldForSearch(filters.text);
  if (query !== '') tests.push(['text', (e) => e.search[lang].includes(query)]);
  return tests;
}

export function predicate(filters: FilterState, lang: Language): (entry: ProjectEntry) => boolean {
  const tests = dimensionTests(filters, lang).map(([, test]) => test);
  return (entry) => tests.every((test) => test(entry));
}
