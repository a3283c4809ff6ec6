import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { baseStyle, LAND_PAINT } from '../basemap.ts';
import { rasterSource } from '../../lib/raster-source.ts';
import {
  DISTRICT_LABEL,
  DISTRICTS_SOURCE,
  DISTRICT_LABELS_SOURCE,
  districtLayers,
  REGION_SOURCE,
} from './districts.ts';
import { CLUSTER_OPTIONS, PROJECT_LINES_SOURCE, PROJECT_POINTS_SOURCE, projectLayers } from './projects.ts';
import type { ImageryLayer } from '../../data/imagery-schema.ts';
import { startedFilter } from '../../lib/status-expression.ts';

import type { GeoJSONSourceSpecification } from 'maplibre-gl';

const empty: GeoJSONSourceSpecification = {
  type: 'geojson',
  data: { type: 'FeatureCollection', features: [] },
};

const imagery: ImageryLayer = {
  id: 's2-2024',
  source: 'eox',
  title: { az: 'a', en: 'e', ru: 'r' },
  date: '2024',
  type: 'xyz',
  url: 'https://tiles.example/{z}/{y}/{x}.jpg',
  tileSize: 256,
  minzoom: 0,
  maxzoom: 15,
  attribution: 'x',
  license: 'CC BY 4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
  nonCommercial: false,
  savePictures: false,
};

function composedStyle(lang: 'en' | 'ar'): StyleSpecification {
  const base = baseStyle();
  return {
    ...base,
    sources: {
      'base-imagery': rasterSource(imagery),
      [DISTRICTS_SOURCE]: empty,
      [DISTRICT_LABELS_SOURCE]: empty,
      [REGION_SOURCE]: empty,
      [PROJECT_POINTS_SOURCE]: { ...empty, ...CLUSTER_OPTIONS },
      [PROJECT_LINES_SOURCE]: empty,
    },
    layers: [
      { id: 'background', type: 'background', paint: LAND_PAINT },
      { id: 'base-imagery', type: 'raster', source: 'base-imagery' },
      ...districtLayers(lang),
      ...projectLayers(),
    ],
  };
}

describe('map layer specs', () => {
  it.each(['en', 'ar'] as const)('compose into a valid style (%s)', (lang) => {
    expect(validateStyleMin(composedStyle(lang))).toEqual([]);
  });

  it("accept the timeline's started filter on the routes (it reads the global state)", () => {
    const style = composedStyle('en');
    const layers = style.layers.map((layer) =>
      layer.id === 'project-line' ? { ...layer, filter: startedFilter() } : layer,
    );
    expect(validateStyleMin({ ...style, layers })).toEqual([]);
  });

  it('have unique ids', () => {
    const ids = composedStyle('en').layers.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('need no glyph server: no layer draws text', () => {
    for (const layer of composedStyle('en').layers) {
      expect(JSON.stringify(layer)).not.toContain('text-field');
    }
    expect(composedStyle('en').glyphs).toBeUndefined();
  });

  it('label districts in the chosen language', () => {
    const label = districtLayers('ar').find((layer) => layer.id === DISTRICT_LABEL);
    expect(JSON.stringify(label)).toContain('name_ar');
  });

  it('catch a broken spec (the validator is really applied)', () => {
    const style = composedStyle('en');
    const broken = { ...style, layers: [...style.layers, { id: 'x', type: 'circle', source: 'missing' }] };
    expect(validateStyleMin(broken as StyleSpecification).length).toBeGreaterThan(0);
  });

  it('start from a style with nothing to fetch (no server, no glyphs, no sprite)', () => {
    const style = baseStyle();
    expect(style.sources).toEqual({});
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('resolve a relative PMTiles archive against the page', () => {
    const source = rasterSource(
      { ...imagery, type: 'pmtiles', url: 'pmtiles://./tiles/s2.pmtiles' },
      'https://kiosk.local/atlas/',
    );
    expect(source.url).toBe('pmtiles://https://kiosk.local/atlas/tiles/s2.pmtiles');
  });
});
