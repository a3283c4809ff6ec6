/**
 * The route layer's filter: the filter panel's state as a map expression. Routes not started by the
 * timeline's day are not filtered out but drawn transparent (map/layers/projects.ts): a filter reading the
 * day would re-cut the routes' tiles on every date step.
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { Language } from '../data/schema.ts';
import { toExpression } from '../filters/to-expression.ts';
import type { AppState } from '../store/app-store.ts';
import type { FilterState } from '../store/filter-slice.ts';

/** The filter as a map expression, remembered for the same filters and language. */
let lastLineFilter: { filters: FilterState; lang: Language; expression: FilterSpecification } | undefined;
export function selectLineFilter(state: AppState): FilterSpecification {
  const { filters } = state;
  const { lang } = state.ui;
  if (lastLineFilter?.filters !== filters || lastLineFilter.lang !== lang) {
    lastLineFilter = { filters, lang, expression: toExpression(filters, lang) };
  }
  return lastLineFilter.expression;
}
