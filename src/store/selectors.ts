/**
 * Derived state, memoised on its inputs: the project index, the projects that pass the filters and the facet
 * counts. Nothing here is stored; components read it with `useAppStore(selector)`.
 */
import { indexProjects, type ProjectEntry } from '../data/project-index.ts';
import type { Language } from '../data/schema.ts';
import { facetCounts, type FacetCounts } from '../filters/facets.ts';
import type { FilterState } from '../filters/filter-slice.ts';
import { predicate } from '../filters/predicate.ts';
import type { AppState } from './app-store.ts';

/** Remembers the last result for the same inputs (compared by identity), like a one-slot reselect. */
function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R | undefined;
  return (...args) => {
    if (!lastArgs || args.length !== lastArgs.length || args.some((arg, i) => arg !== lastArgs?.[i])) {
      lastResult = compute(...args);
      lastArgs = args;
    }
    return lastResult as R;
  };
}

export const selectEntries = (state: AppState): readonly ProjectEntry[] => indexProjects(state.data.projects);

const visible = memoLast((entries: readonly ProjectEntry[], filters: FilterState, lang: Language) =>
  entries.filter(predicate(filters, lang)),
);
export const selectVisibleEntries = (state: AppState): readonly ProjectEntry[] =>
  visible(selectEntries(state), state.filters, state.ui.lang);

const facets = memoLast((entries: readonly ProjectEntry[], filters: FilterState, lang: Language) =>
  facetCounts(entries, filters, lang),
);
export const selectFacetCounts = (state: AppState): FacetCounts =>
  facets(selectEntries(state), state.filters, state.ui.lang);
