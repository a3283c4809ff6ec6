import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexProjects } from '../data/project-index.ts';
import type { ProjectFeature } from '../data/schema.ts';
import { evaluateFilters, facetCounts } from './filter-facets.ts';
import { emptyFilters } from './filter-slice.ts';
import { predicate } from './filter-predicate.ts';

const projects = (JSON.parse(readFileSync('data/projects.geojson', 'utf8')) as { features: ProjectFeature[] })
  .features;
const entries = indexProjects(projects);

describe('facetCounts', () => {
  it('without filters counts every project once per value', () => {
    const counts = facetCounts(entries, emptyFilters, 'en');
    expect(counts.total).toBe(entries.length);
    expect(Object.values(counts.category).reduce((a, b) => a + b, 0)).toBe(entries.length);
    expect(Object.values(counts.status).reduce((a, b) => a + b, 0)).toBe(entries.length);
  });

  it('counts a facet under the other filters only', () => {
    const filters = { ...emptyFilters, categories: ['transport' as const], statuses: ['completed' as const] };
    const counts = facetCounts(entries, filters, 'en');
    // Category counts ignore the category filter but honour the status filter, and vice versa.
    const completed = entries.filter((e) => e.status === 'completed');
    expect(counts.category.housing).toBe(completed.filter((e) => e.category === 'housing').length);
    expect(counts.status['under-construction']).toBe(
      entries.filter((e) => e.category === 'transport' && e.status === 'under-construction').length,
    );
    expect(counts.total).toBe(entries.filter(predicate(filters, 'en')).length);
    for (const [id, n] of Object.entries(counts.district)) {
      expect(n).toBe(entries.filter((e) => predicate(filters, 'en')(e) && e.districts.includes(id)).length);
    }
  });
});

describe('evaluateFilters', () => {
  it('returns exactly what the predicate passes, in data order', () => {
    const filters = { ...emptyFilters, statuses: ['completed' as const], text: 'road' };
    const { visible, counts } = evaluateFilters(entries, filters, 'en');
    expect(visible).toEqual(entries.filter(predicate(filters, 'en')));
    expect(counts.total).toBe(visible.length);
  });
});
