/**
 * The benchmark's baseline: a bare MapLibre page drawing the same data as the app (imagery, district fill
 * and outline, clustered project points) with no React, store, validation or UI. The app's first idle is
 * reported as a ratio to this page's.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);

interface Catalog {
  defaultPair: { after: string };
  layers: { id: string; url: string; tileSize: number; maxzoom: number }[];
}

async function start(): Promise<void> {
  const [districts, projects, catalog] = await Promise.all([
    fetch('../data/districts.geojson').then((r) => r.json() as Promise<GeoJSON.FeatureCollection>),
    fetch('../data/projects.geojson').then((r) => r.json() as Promise<GeoJSON.FeatureCollection>),
    fetch('../data/imagery.json').then((r) => r.json() as Promise<Catalog>),
  ]);
  const imagery = catalog.layers.find((layer) => layer.id === catalog.defaultPair.after);
  const points = { ...projects, features: projects.features.filter((f) => f.geometry.type === 'Point') };
  const map = new maplibregl.Map({
    container: 'map',
    center: [46.75, 39.62],
    zoom: 8,
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
        {
          id: 'clusters',
          type: 'circle',
          source: 'projects',
          filter: ['has', 'point_count'],
          paint: { 'circle-radius': 16 },
        },
        {
          id: 'points',
          type: 'circle',
          source: 'projects',
          filter: ['!', ['has', 'point_count']],
          paint: { 'circle-radius': 8 },
        },
      ],
    },
  });
  map.once('idle', () => performance.mark('atlas:first-idle'));
}

void start();
