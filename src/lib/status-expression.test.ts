import {
  createExpression,
  createPropertyExpression,
  featureFilter,
  latest,
  validateStyleMin,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DistrictFeature, ProjectFeature } from '../data/schema.ts';
import { earliestStart, statusAsOf, type AsOfStatus } from './as-of.ts';
import { addYears, firstDay, lastDay } from './day.ts';
import { AS_OF_STATE, asOfProperties, startedFilter, statusAsOfExpression } from './status-expression.ts';

/** The shipped data (check-data validates it): every project, with the day its districts returned. */
const features = <T>(file: string) =>
  (JSON.parse(readFileSync(`data/${file}`, 'utf8')) as { features: T[] }).features;
const districts = features<DistrictFeature>('districts.geojson');
const projects = features<ProjectFeature>('projects.geojson');
const byDistrict = new Map(districts.map((d) => [d.id, d]));
const subjects = projects.map((project) => {
  const earliest = earliestStart(project.properties.districts, byDistrict);
  return { project, earliest, properties: asOfProperties(project.properties, earliest) };
});

/** The global state the map would hold: the expressions read it at every evaluation. */
const globalState: Record<string, unknown> = {};
const stringSpec = {
  type: 'string',
  'property-type': 'data-driven',
  expression: { interpolated: false, parameters: ['zoom', 'feature'] },
} as unknown as StylePropertySpecification;
const parsed = createExpression(statusAsOfExpression(), 'status', stringSpec, globalState);
if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
const mapStatus = (properties: object): unknown =>
  parsed.value.evaluate({ zoom: 10 }, { type: 1, properties: properties as Record<string, unknown> });

/** Days that matter: every half year, and each day before, on and after every date in the data. */
function testDays(): string[] {
  const days = new Set<string>();
  for (let year = 2015; year <= 2027; year++) days.add(`${year}-01-01`).add(`${year}-07-01`);
  for (const { project, earliest } of subjects) {
    const { start, end, statusAsOf: confirmed } = project.properties;
    const edges = [start && firstDay(start), end && lastDay(end), lastDay(confirmed), earliest].filter(
      (day): day is string => day !== undefined,
    );
    for (const day of edges) {
      const date = new Date(`${day}T00:00:00Z`);
      for (const shift of [-1, 0, 1]) {
        days.add(new Date(date.getTime() + shift * 86_400_000).toISOString().slice(0, 10));
      }
    }
  }
  return [...days].sort();
}

describe('the map expression and statusAsOf agree on the shipped data', () => {
  const days = testDays();

  it(`for every project on ${days.length} days`, () => {
    const seen = new Set<AsOfStatus>();
    let compared = 0;
    for (const day of days) {
      globalState[AS_OF_STATE] = day;
      for (const { project, earliest, properties } of subjects) {
        const expected = statusAsOf(project, day, { earliest });
        expect(mapStatus(properties), `${project.id} on ${day}`).toBe(expected);
        seen.add(expected);
        compared++;
      }
    }
    // The days cover every state, so the agreement is not on one trivial answer.
    expect([...seen].sort()).toEqual([
      'completed',
      'date-unknown',
      'not-started',
      'planned',
      'under-construction',
    ]);
    expect(compared).toBeGreaterThan(days.length * 150);
  });

  it('today (no day set, or an empty one) is the curated status', () => {
    for (const value of [undefined, null, '']) {
      globalState[AS_OF_STATE] = value;
      for (const { project, properties } of subjects) {
        expect(mapStatus(properties), project.id).toBe(project.properties.status);
      }
    }
  });

  it('filters out projects not started, also with the day given as a value (source filters)', () => {
    const byState = featureFilter(startedFilter(), 'filter', globalState);
    const byValue = featureFilter(startedFilter('2021-06-01'), 'filter');
    globalState[AS_OF_STATE] = '2021-06-01';
    const started = subjects.filter(
      ({ project, earliest }) => statusAsOf(project, '2021-06-01', { earliest }) !== 'not-started',
    );
    const kept = (filter: typeof byState) =>
      subjects.filter(({ properties }) =>
        filter.filter({ zoom: 10 }, { type: 1, properties: { ...properties } }),
      );
    expect(kept(byState).map((s) => s.project.id)).toEqual(started.map((s) => s.project.id));
    expect(kept(byValue).map((s) => s.project.id)).toEqual(started.map((s) => s.project.id));
    expect(started.length).toBeGreaterThan(10);
    expect(started.length).toBeLessThan(subjects.length);
  });

  it('works as a data-driven colour in a valid style', () => {
    const color = [
      'match',
      statusAsOfExpression(),
      'completed',
      '#2e7d32',
      'under-construction',
      '#f9a825',
      '#9e9e9e',
    ];
    const property = createPropertyExpression(
      color,
      'paint.circle-color',
      latest.paint_circle['circle-color'] as StylePropertySpecification,
      globalState,
    );
    expect(property.result).toBe('success');
    const style = {
      version: 8,
      state: { [AS_OF_STATE]: { default: null } },
      sources: { projects: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
      layers: [
        {
          id: 'projects',
          type: 'circle',
          source: 'projects',
          filter: startedFilter(),
          paint: { 'circle-color': color },
        },
      ],
    };
    expect(validateStyleMin(style as Parameters<typeof validateStyleMin>[0])).toEqual([]);
  });
});

it('a project dated to the day changes on the day (Fuzuli airport)', () => {
  const airport = subjects.find((s) => s.project.id === 'fuzuli-international-airport');
  if (!airport) throw new Error('Fuzuli airport is not in the data');
  const at = (day: string) => {
    globalState[AS_OF_STATE] = day;
    return mapStatus(airport.properties);
  };
  expect(at('2021-06-01')).toBe('under-construction');
  expect(at('2022-01-01')).toBe('completed');
  expect(at(addYears('2021-06-01', -2))).toBe('not-started');
});
