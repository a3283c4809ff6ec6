/**
 * The same filter as a MapLibre expression, for layers whose features carry `filterProperties`
 * (data/project-index.ts). It must agree with predicate.ts: to-expression.test.ts checks it does.
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { Language } from '../data/schema.ts';
import { foldForSearch } from '../lib/search-fold.ts';
import type { FilterState } from '../store/filter-slice.ts';

export function toExpression(filters: FilterState, lang: Language): FilterSpecification {
  const clauses: unknown[] = [];
  if (filters.categories.length > 0)
    clauses.push(['in', ['get', 'category'], ['literal', [...filters.categories]]]);
  if (filters.statuses.length > 0)
    clauses.push(['in', ['get', 'status'], ['literal', [...filters.statuses]]]);
  if (filters.districts.length > 0) {
    clauses.push(['any', ...filters.districts.map((id) => ['in', `|${id}|`, ['get', 'districtKeys']])]);
  }
  if (filters.to !== undefined) clauses.push(['<=', ['get', 'fromYear'], filters.to]);
  if (filters.from !== undefined) clauses.push(['>=', ['get', 'toYear'], filters.from]);
  const query = foldForSearch(filters.text);
  if (query !== '') clauses.push(['in', query, ['get', `search_${lang}`]]);
  return ['all', ...clauses] as FilterSpecification;
}
