/**
 * The compare benchmark's scene for the bare MapLibre pages (compare-plugin, compare-fade): the app's
 * imagery layers from data/imagery.json as the app's raster sources, and the app's overlays (district fill
 * and outline, clustered project points, with the app's paint) from the data files as URL sources, the way
 * the plugin's example loads them: every map fetches and processes its own copy.
 *
 * The page URL names the scene as the app's does, plus the size of the app's map area:
 * `?before=s2-2019&after=s2-2025&map=12.00/39.6000/47.2000&w=1280&h=800`.
 */
import * as maplibregl from 'maplibre-gl';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { ImageryLayer } from '../../src/data/imagery-schema.ts';
import { rasterSource } from '../../src/lib/raster-source.ts';
import {
  DISTRICT_FILL,
  DISTRICT_LINE,
  DISTRICTS_SOURCE,
  districtLayers,
} from '../../src/map/layers/districts.ts';
import { CATEGORY_COLORS, MAP_COLORS } from '../../src/ui/theme.ts';

maplibregl.setWorkerUrl(workerUrl);

export { maplibregl };

declare global {
  interface Window {
    /** The bench pages' hook for bench/compare.ts. */
    __bench?: {
      maps: maplibregl.Map[];
      /** The plugin's Compare instance (compare-plugin). */
      compare?: unknown;
      /** Sets the after layer's opacity, 0–1 (compare-fade). */
      fade?: (opacity: number) => void;
    };
  }
}

export interface Scene {
  before: ImageryLayer;
  after: ImageryLayer;
  center: [number, number];
  zoom: number;
  width: number;
  height: number;
}

/** A data file's absolute URL: the data folder sits next to the page folders (dist-bench/data/). */
export const dataUrl = (file: string) => new URL(`../data/${file}`, location.href).href;

export async function loadScene(): Promise<Scene> {
  const params = new URLSearchParams(location.search);
  const catalog = (await fetch(dataUrl('imagery.json')).then((r) => r.json())) as {
    layers: ImageryLayer[];
  };
  const layer = (id: string | null) => {
    const found = catalog.layers.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no imagery layer "${id ?? ''}" in data/imagery.json`);
    return found;
  };
  const [zoom = 12, lat = 39.6, lon = 47.2] = (params.get('map') ?? '12/39.6/47.2').split('/').map(Number);
  return {
    before: layer(params.get('before')),
    after: layer(params.get('after')),
    center: [lon, lat],
    zoom,
    width: Number(params.get('w') ?? innerWidth),
    height: Number(params.get('h') ?? innerHeight),
  };
}

const POINTS_SOURCE = 'project-points';

/** The overlays' sources: URL sources, so each map fetches and parses them itself (in its worker). */
export function overlaySources(): Record<string, SourceSpecification> {
  return {
    [DISTRICTS_SOURCE]: { type: 'geojson', data: dataUrl('districts.geojson') },
    [POINTS_SOURCE]: {
      type: 'geojson',
      // The benchmark's synthetic projects are all points. (A source `filter` on ['geometry-type'] cannot
      // keep the shipped file's few routes out: the worker evaluates it on GeoJSON features, whose type is
      // "Feature", so it drops everything. The clusterer gives the routes no position; they are not drawn.)
      data: dataUrl('projects.geojson'),
      cluster: true,
      clusterRadius: 40,
      clusterMaxZoom: 13,
    },
  };
}

const categoryColor = [
  'match',
  ['get', 'category'],
  ...Object.entries(CATEGORY_COLORS).flat(),
  MAP_COLORS.cluster,
];

/** The app's district fill and outline, and its cluster and point markers (same paint). */
export function overlayLayers(): LayerSpecification[] {
  return [
    ...districtLayers('en').filter((layer) => layer.id === DISTRICT_FILL || layer.id === DISTRICT_LINE),
    {
      id: 'project-cluster',
      type: 'circle',
      source: POINTS_SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': MAP_COLORS.cluster,
        'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 50, 24],
        'circle-stroke-color': MAP_COLORS.markerStroke,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'project-point',
      type: 'circle',
      source: POINTS_SOURCE,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': categoryColor,
        'circle-radius': 8,
        'circle-stroke-color': MAP_COLORS.markerStroke,
        'circle-stroke-width': 2,
      },
    },
  ] as LayerSpecification[];
}

/** A style with the land background, the given imagery layers (bottom first) and the overlays. */
export function sceneStyle(
  imagery: { id: string; layer: ImageryLayer; opacity?: number }[],
): StyleSpecification {
  return {
    version: 8,
    sources: {
      ...Object.fromEntries(imagery.map(({ id, layer }) => [id, rasterSource(layer)])),
      ...overlaySources(),
    },
    layers: [
      { id: 'land', type: 'background', paint: { 'background-color': MAP_COLORS.land } },
      ...imagery.map(({ id, opacity }): LayerSpecification => ({
        id,
        type: 'raster',
        source: id,
        paint: { 'raster-fade-duration': 0, ...(opacity === undefined ? {} : { 'raster-opacity': opacity }) },
      })),
      ...overlayLayers(),
    ],
  };
}

/** A map of the scene in a container, set up as the app's overlay map (no attribution control). */
export function sceneMap(container: HTMLElement, scene: Scene, style: StyleSpecification): maplibregl.Map {
  return new maplibregl.Map({
    container,
    style,
    center: scene.center,
    zoom: scene.zoom,
    attributionControl: false,
  });
}

/** Resolves at the map's first `idle`: style, sources and tiles loaded and drawn. */
export const idle = (map: maplibregl.Map) =>
  new Promise<void>((resolve) => map.once('idle', () => resolve()));
