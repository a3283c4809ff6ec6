/** A catalog imagery layer as a MapLibre raster source (XYZ/WMTS templates or a local PMTiles archive). */
import type { RasterSourceSpecification } from 'maplibre-gl';
import type { ImageryLayer } from '../data/imagery-schema.ts';

/**
 * `pmtiles://./tiles/x.pmtiles` in the catalog is relative to the app; the protocol needs an absolute URL,
 * so it is resolved against the page (the app works from any folder). An archive on another origin may be
 * written as a plain `https://…/x.pmtiles` URL.
 */
export function resolvePmtilesUrl(url: string, base: string): string {
  const path = url.startsWith('pmtiles://') ? url.slice('pmtiles://'.length) : url;
  return `pmtiles://${new URL(path, base).href}`;
}

export function rasterSource(
  layer: ImageryLayer,
  base = globalThis.location?.href ?? 'http://localhost/',
): RasterSourceSpecification {
  if (layer.type === 'pmtiles') {
    // An archive's own header knows its zooms and bounds: given here, they would override it (and a
    // catalog layer replaced by a local copy at the kiosk carries the remote layer's zooms).
    return { type: 'raster', url: resolvePmtilesUrl(layer.url, base), tileSize: layer.tileSize };
  }
  return {
    type: 'raster',
    tiles: [layer.url],
    // A 256 px tile at map zoom z is requested from zoom z+1: the declared size keeps imagery sharp.
    tileSize: layer.tileSize,
    minzoom: layer.minzoom,
    // Past maxzoom MapLibre over-zooms the last level instead of asking for tiles that do not exist.
    maxzoom: layer.maxzoom,
    ...(layer.bounds ? { bounds: layer.bounds } : {}),
  };
}
