/**
 * The benchmark's baseline: a bare MapLibre page drawing the same layers as the app (imagery, district fill
 * and outline, district labels, clustered project points with their counts, route lines) from the same data,
 * with no React, store, validation or UI. The app's first idle, Speed Index and TBT are reported as ratios
 * to this page's, so the comparison stays fair as the app grows.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);

interface Catalog {
  defaultPair: { after: string };
  layers: { id: string; url: string; tileSize: number; maxzoom: number }[];
}

/** Labels as images drawn by the browser, as the app does (no glyph server). */
function textImage(text: string, font: string, fill: string) {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.font = font;
  const metrics = context.measureText(text);
  canvas.width = Math.ceil(metrics.width + 8);
  canvas.height = Math.ceil(metrics.actualBoundingBoxAscent + metrics.actualBoundingBoxDescent + 10);
  context.font = font;
  context.lineWidth = 4;
  context.strokeStyle = 'rgba(255,255,255,0.9)';
  context.strokeText(text, 4, metrics.actualBoundingBoxAscent + 5);
  context.fillStyle = fill;
  context.fillText(text, 4, metrics.actualBoundingBoxAscent + 5);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** A point inside each district for its label: the centre of its bounding box is enough for a baseline. */
function labelPoints(districts: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: districts.features.map((feature) => {
      const coordinates = JSON.stringify(feature.geometry).match(/-?\d+\.?\d*,-?\d+\.?\d*/g) ?? [];
      const xs = coordinates.map((pair) => Number(pair.split(',')[0]));
      const ys = coordinates.map((pair) => Number(pair.split(',')[1]));
      const center = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
      const name = (feature.properties?.name as { en?: string } | undefined)?.en ?? '';
      return { type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: center } };
    }),
  };
}

async function start(): Promise<void> {
  const [districts, projects, catalog] = await Promise.all([
    fetch('../data/districts.geojson').then((r) => r.json() as Promise<GeoJSON.FeatureCollection>),
    fetch('../data/projects.geojson').then((r) => r.json() as Promise<GeoJSON.FeatureCollection>),
    fetch('../data/imagery.json').then((r) => r.json() as Promise<Catalog>),
  ]);
  const imagery = catalog.layers.find((layer) => layer.id === catalog.defaultPair.after);
  const points = { ...projects, features: projects.features.filter((f) => f.geometry.type === 'Point') };
  const lines = { ...projects, features: projects.features.filter((f) => f.geometry.type !== 'Point') };
  const map = new maplibregl.Map({
    container: 'map',
    center: [46.75, 39.62],
    zoom: 8,
    attributionControl: false,
    style: {
      version: 8,
      sources: {
        ...(imagery
          ? {
              imagery: {
                type: 'raster',
                tiles: [imagery.url],
                tileSize: imagery.tileSize,
                maxzoom: imagery.maxzoom,
              },
            }
          : {}),
        districts: { type: 'geojson', data: districts },
        labels: { type: 'geojson', data: labelPoints(districts) },
        lines: { type: 'geojson', data: lines },
        projects: { type: 'geojson', data: points, cluster: true, clusterRadius: 40, clusterMaxZoom: 13 },
      },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': '#e9e4d8' } },
        ...(imagery ? [{ id: 'imagery', type: 'raster' as const, source: 'imagery' }] : []),
        {
          id: 'fill',
          type: 'fill',
          source: 'districts',
          paint: { 'fill-color': '#f4d58d', 'fill-opacity': 0.18 },
        },
        { id: 'line', type: 'line', source: 'districts', paint: { 'line-color': '#7a5c2e' } },
        { id: 'routes', type: 'line', source: 'lines', paint: { 'line-color': '#444', 'line-width': 3.5 } },
        {
          id: 'clusters',
          type: 'circle',
          source: 'projects',
          filter: ['has', 'point_count'],
          paint: { 'circle-radius': 16 },
        },
        {
          id: 'cluster-count',
          type: 'symbol',
          source: 'projects',
          filter: ['has', 'point_count'],
          layout: {
            'icon-image': ['concat', 'count:', ['get', 'point_count_abbreviated']],
            'icon-allow-overlap': true,
          },
        },
        {
          id: 'points',
          type: 'circle',
          source: 'projects',
          filter: ['!', ['has', 'point_count']],
          paint: { 'circle-radius': 8 },
        },
        {
          id: 'labels',
          type: 'symbol',
          source: 'labels',
          layout: { 'icon-image': ['concat', 'label:', ['get', 'name']] },
        },
      ],
    },
  });
  map.setMissingStyleImageResolver((id) => {
    const [kind, text = ''] = id.split(/:(.*)/);
    const image = textImage(
      text,
      kind === 'label' ? '600 14px sans-serif' : '700 13px sans-serif',
      '#1b1b1b',
    );
    if (image && !map.hasImage(id)) map.addImage(id, image);
  });
  map.once('idle', () => performance.mark('atlas:first-idle'));
}

void start();
