/**
 * The base style: a land-coloured background that always renders (offline, no server needed) and, when the
 * network allows, a satellite raster on top. No glyphs and no sprite: nothing is fetched from a style server.
 */
import type { RasterSourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { ImageryLayer } from '../data/schema.ts';
import { MAP_COLORS } from './theme.ts';

export const BASE_IMAGERY_SOURCE = 'base-imagery';
export const BACKGROUND_LAYER = 'background';
export const BASE_IMAGERY_LAYER = 'base-imagery';

/** Region bounds the camera may not leave: the liberated territories and a margin of context. */
export const MAX_BOUNDS: [number, number, number, number] = [44.9, 38.55, 48.1, 40.85];
export const MIN_ZOOM = 7;
export const MAX_ZOOM = 17;

export function rasterSource(layer: ImageryLayer): RasterSourceSpecification {
  return {
    type: 'raster',
    ...(layer.type === 'pmtiles' ? { url: layer.url } : { tiles: [layer.url] }),
    // A 256 px tile at map zoom z is requested from zoom z+1: the declared size keeps imagery sharp.
    tileSize: layer.tileSize,
    minzoom: layer.minzoom,
    // Past maxzoom MapLibre over-zooms the last level instead of asking for tiles that do not exist.
    maxzoom: layer.maxzoom,
    ...(layer.bounds ? { bounds: layer.bounds } : {}),
  };
}

export function baseStyle(imagery: ImageryLayer | undefined): StyleSpecification {
  return {
    version: 8,
    sources: imagery ? { [BASE_IMAGERY_SOURCE]: rasterSource(imagery) } : {},
    layers: [
      { id: BACKGROUND_LAYER, type: 'background', paint: { 'background-color': MAP_COLORS.land } },
      ...(imagery
        ? [
            {
              id: BASE_IMAGERY_LAYER,
              type: 'raster' as const,
              source: BASE_IMAGERY_SOURCE,
              paint: { 'raster-fade-duration': 0 },
            },
          ]
        : []),
    ],
  };
}
