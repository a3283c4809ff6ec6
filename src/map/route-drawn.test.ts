/**
 * Routes not started by the timeline's day stay in their layer, transparent (a filter would re-cut their
 * tiles on every date step): the paint hides them and the pointer ignores them.
 */
import { createExpression, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { MapGeoJSONFeature } from 'maplibre-gl';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedDataFetch } from '../../tests/fixture-files.ts';
import { loadData } from '../data/load.ts';
import { asOfProperties, AS_OF_STATE } from '../lib/status-expression.ts';
import { useAppStore } from '../store/app-store.ts';
import { PROJECT_LINE, PROJECT_LINE_CASING, PROJECT_LINES_SOURCE, projectLayers } from './layers/projects.ts';
import { isDrawn } from './use-map-pointer.ts';

beforeAll(async () => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.getState().setData(await loadData('/', shippedDataFetch));
});

const state = () => useAppStore.getState();
/** A highway started on 2021-10-26. */
const ROUTE = 'horadiz-aghband-highway';

const feature = (source: string, pid: string) =>
  ({ layer: { source }, properties: { pid } }) as unknown as MapGeoJSONFeature;

describe('a route not started by the day', () => {
  it('takes no hover or click, and does again once started', () => {
    state().setAsOf('2021-06-01');
    expect(isDrawn(feature(PROJECT_LINES_SOURCE, ROUTE))).toBe(false);
    // Points leave the clusters by data: whatever the pointer finds among them is drawn.
    expect(isDrawn(feature('project-points', ROUTE))).toBe(true);
    state().setAsOf('2022-01-01');
    expect(isDrawn(feature(PROJECT_LINES_SOURCE, ROUTE))).toBe(true);
    state().setAsOf(undefined);
    expect(isDrawn(feature(PROJECT_LINES_SOURCE, ROUTE))).toBe(true);
  });

  it('is drawn fully transparent, casing included; a started one is not', () => {
    const globalState: Record<string, unknown> = {};
    const numberSpec = {
      type: 'number',
      'property-type': 'data-driven',
      expression: { interpolated: false, parameters: ['zoom', 'feature'] },
    } as unknown as StylePropertySpecification;
    const opacityOf = (layerId: string) => {
      const layer = projectLayers().find((candidate) => candidate.id === layerId);
      const paint = (layer as { paint: Record<string, unknown> }).paint;
      const parsed = createExpression(paint['line-opacity'], 'line-opacity', numberSpec, globalState);
      if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
      return (properties: object) =>
        parsed.value.evaluate({ zoom: 10 }, { type: 2, properties: properties as Record<string, unknown> });
    };
    const properties = asOfProperties({
      status: 'under-construction',
      statusAsOf: '2024-01',
      start: '2021-10-26',
    });
    for (const layerId of [PROJECT_LINE, PROJECT_LINE_CASING]) {
      const opacity = opacityOf(layerId);
      globalState[AS_OF_STATE] = '2021-06-01';
      expect(opacity(properties)).toBe(0);
      globalState[AS_OF_STATE] = '2022-01-01';
      expect(opacity(properties)).toBe(1);
      globalState[AS_OF_STATE] = '';
      expect(opacity(properties)).toBe(1);
    }
  });
});
