/**
 * One pass over the projects gives both what passes the filters and the live count of every facet value
 * under the other filters (a category's count ignores the category filter but honours status, district,
 * years and text). This runs on every filter change, so it avoids allocations and iterator protocols.
 */
import type { ProjectEntry } from '../data/project-index.ts';
import type { Category, Language } from '../data/schema.ts';
import type { AsOfStatus } from '../lib/as-of.ts';
import type { FilterState } from './filter-slice.ts';
import { dimensionTests, type Dimension } from './filter-predicate.ts';

export interface FacetCounts {
  category: Partial<Record<Category, number>>;
  status: Partial<Record<AsOfStatus, number>>;
  district: Record<string, number>;
  /** Projects passing every filter. */
  total: number;
}

export interface FilterResult {
  visible: ProjectEntry[];
  counts: FacetCounts;
}

export function evaluateFilters(
  entries: readonly ProjectEntry[],
  filters: FilterState,
  lang: Language,
): FilterResult {
  const tests = dimensionTests(filters, lang);
  const dimensions: Dimension[] = tests.map(([dimension]) => dimension);
  const checks = tests.map(([, test]) => test);
  const n = checks.length;
  const category: Partial<Record<Category, number>> = {};
  const status: Partial<Record<AsOfStatus, number>> = {};
  const district: Record<string, number> = {};
  const visible: ProjectEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as ProjectEntry;
    let failed = -1;
    let failures = 0;
    for (let d = 0; d < n && failures < 2; d++) {
      if (!(checks[d] as (entry: ProjectEntry) => boolean)(entry)) {
        failed = d;
        failures++;
      }
    }
    if (failures > 1) continue;
    // Passing all: counts everywhere. Failing only one dimension: counts in that dimension's facet.
    const only = failures === 0 ? undefined : dimensions[failed];
    if (failures === 0) visible.push(entry);
    if (only === undefined || only === 'category')
      category[entry.category] = (category[entry.category] ?? 0) + 1;
    if (only === undefined || only === 'status') status[entry.status] = (status[entry.status] ?? 0) + 1;
    if (only === undefined || only === 'district') {
      const ids = entry.districts;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] as string;
        district[id] = (district[id] ?? 0) + 1;
      }
    }
  }
  return { visible, counts: { category, status, district, total: visible.length } };
}

export function facetCounts(
  entries: readonly ProjectEntry[],
  filters: FilterState,
  lang: Language,
): FacetCounts {
  return evaluateFilters(entries, filters, lang).counts;
}
