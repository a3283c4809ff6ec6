/** How the overlay map is created (read once, when a map is made: the map owns its camera after that). */
import type { MapProps } from 'react-map-gl/maplibre';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './basemap.ts';
import { DISTRICT_FILL } from './layers/districts.ts';
import { PROJECT_INTERACTIVE_LAYERS } from './layers/projects.ts';

export const OVERLAY_MAP_OPTIONS: MapProps = {
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  maxBounds: MAX_BOUNDS,
  attributionControl: false,
  // A flat map: no rotation or tilt for a visitor to get lost in.
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  interactiveLayerIds: [...PROJECT_INTERACTIVE_LAYERS, DISTRICT_FILL],
};

/**
 * The right map of a side by side is kept for the whole session but shown now and then, each time after
 * the camera flew somewhere: its tile cache keeps one zoom level (about what it shows) rather than five,
 * so tiles of past flights do not pile up in it and in the worker (measured with `npm run soak`).
 */
export const FOLLOWER_MAP_OPTIONS: MapProps = { maxTileCacheZoomLevels: 1 };
