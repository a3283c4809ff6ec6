/**
 * The MapLibre set-up module: loaded lazily (its own chunk, map-lib.ts) and run once before any map is
 * created. maplibre-gl 6 has no default export, and under Vite its worker is only found through an
 * explicit URL.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Protocol } from 'pmtiles';

maplibregl.setWorkerUrl(workerUrl);

/** One pmtiles protocol for the whole app: archives it opens are cached across maps. */
export const pmtilesProtocol = new Protocol();
maplibregl.addProtocol('pmtiles', pmtilesProtocol.tile);

/** What react-map-gl's `mapLib` receives: MapLibre itself, set up. */
export const mapLib = maplibregl;
