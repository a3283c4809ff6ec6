/**
 * The base of every map: a land-coloured background that always renders (offline, no server needed), then
 * satellite imagery under the overlays (map-view.tsx), as layers so that both change with the comparison
 * without restyling the map. No glyphs and no sprite: nothing is fetched from a style server.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { MAP_COLORS } from '../ui/theme.ts';

export const BASE_IMAGERY_SOURCE = 'base-imagery';
export const BACKGROUND_LAYER = 'background';

/** Region bounds the camera may not leave: the liberated territories and a margin of context. */
export const MAX_BOUNDS: [number, number, number, number] = [44.9, 38.55, 48.1, 40.85];
/**
 * The liberated territories (districts of Karabakh and East Zangezur in the shipped data): the opening view
 * fits them on every screen. A test keeps it around the shipped districts.
 */
export const REGION_BOUNDS: [number, number, number, number] = [45.57, 38.88, 47.63, 40.49];
export const MIN_ZOOM = 7;
export const MAX_ZOOM = 17;

/**
 * An invisible marker layer: the background and the imagery are inserted before it, the overlays after, so
 * imagery added later (a new layer, a retry) still lands under the overlays.
 */
export const OVERLAYS_START = 'overlays-start';

/** A style of one marker layer: the background, imagery and overlays are layers the map view adds. */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: OVERLAYS_START, type: 'background', layout: { visibility: 'none' } }],
  };
}

export const LAND_PAINT = { 'background-color': MAP_COLORS.land } as const;
