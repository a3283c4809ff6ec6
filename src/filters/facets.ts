/**
 * Live counts for every facet value under the other filters (a category's count ignores the category
 * filter but honours status, district, years and text), in one pass over the projects.
 */
import type { ProjectEntry } from '../data/project-index.ts';
import type { Category, Language, Status } from '../data/schema.ts';
import type { FilterState } from './filter-slice.ts';
import { dimensionTests, type Dimension } from './predicate.ts';

export interface FacetCounts {
  category: Partial<Record<Category, number>>;
  status: Partial<Record<Status, number>>;
  district: Record<string, number>;
  /** Projects passing every filter. */
  total: number;
}

export function facetCounts(
  entries: readonly ProjectEntry[],
  filters: FilterState,
  lang: Language,
): FacetCounts {
  const tests = dimensionTests(filters, lang);
  const counts: FacetCounts = { category: {}, status: {}, district: {}, total: 0 };
  const bump = <K extends string>(record: Partial<Record<K, number>>, key: K) => {
    record[key] = (record[key] ?? 0) + 1;
  };
  for (const entry of entries) {
    let failed: Dimension | undefined;
    let failures = 0;
    for (const [dimension, test] of tests) {
      if (!test(entry)) {
        failed = dimension;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    // Passing all: counts everywhere. Failing only one dimension: counts in that dimension's facet.
    if (failures === 0) counts.total++;
    if (failures === 0 || failed === 'category') bump(counts.category, entry.category);
    if (failures === 0 || failed === 'status') bump(counts.status, entry.status);
    if (failures === 0 || failed === 'district') for (const id of entry.districts) bump(counts.district, id);
  }
  return counts;
}
