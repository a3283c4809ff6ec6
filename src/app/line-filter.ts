/** The route layer's filter: the filter panel's state as a map expression, plus the timeline's started test. */
import type { FilterSpecification } from 'maplibre-gl';
import type { Language } from '../data/schema.ts';
import { toExpression } from '../filters/to-expression.ts';
import { startedFilter } from '../lib/status-expression.ts';
import type { AppState } from '../store/app-store.ts';
import type { FilterState } from '../store/filter-slice.ts';

/** The filter as a map expression, remembered for the same filters and language. */
let lastLineFilter: { filters: FilterState; lang: Language; expression: FilterSpecification } | undefined;
export function selectLineFilter(state: AppState): FilterSpecification {
  const { filters } = state;
  const { lang } = state.ui;
  if (lastLineFilter?.filters !== filters || lastLineFilter.lang !== lang) {
    // Routes not started by the timeline's day leave the map (the filter reads the map's global state).
    const expression = ['all', toExpression(filters, lang), startedFilter()] as FilterSpecification;
    lastLineFilter = { filters, lang, expression };
  }
  return lastLineFilter.expression;
}
