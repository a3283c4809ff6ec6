/** The route layer dashes schematic routes, read from the feature's precision, and draws the others solid. */
import { expression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { projectsToMap } from '../map-data.ts';
import { indexProjects } from '../../data/project-index.ts';
import type { ProjectFeature } from '../../data/schema.ts';
import { PROJECT_LINE, projectLayers } from './projects.ts';

const route = (id: string, precision: 'exact' | 'schematic'): ProjectFeature => ({
  type: 'Feature',
  id,
  geometry: {
    type: 'LineString',
    coordinates: [
      [46.7, 39.5],
      [46.75, 39.52],
    ],
  },
  properties: {
    name: { az: id, en: id, ru: id },
    summary: { az: id, en: id, ru: id },
    category: 'transport',
    status: 'under-construction',
    statusAsOf: '2025',
    districts: ['AZ-FUZ'],
    precision,
    sources: [{ title: 't', url: 'https://example.org/' }],
  },
});

function dashOf(precision: string | undefined): unknown {
  const layer = projectLayers().find((candidate) => candidate.id === PROJECT_LINE);
  const value =
    layer && 'paint' in layer ? (layer.paint as Record<string, unknown>)['line-dasharray'] : undefined;
  const spec = latest.paint_line['line-dasharray'] as unknown as StylePropertySpecification;
  const compiled = expression.createPropertyExpression(value, 'line-dasharray', spec);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  const feature = { type: 'LineString' as const, properties: { precision }, geometry: [] };
  return compiled.value.evaluate({ zoom: 10 }, feature as never);
}

describe('route dashes', () => {
  it('dashes a schematic route and draws a surveyed one solid', () => {
    expect(dashOf('schematic')).toEqual([2, 1.5]);
    expect(dashOf('exact')).toEqual([1, 0]);
  });

  it('the route features carry the precision the layer reads', () => {
    const map = projectsToMap(indexProjects([route('a', 'schematic'), route('b', 'exact')]));
    expect(map.lines.features.map((feature) => feature.properties.precision)).toEqual(['schematic', 'exact']);
  });
});
