/**
 * A kept map hidden with `visibility: hidden` keeps its size, but its area may have changed meanwhile (a
 * window resize, a rotated screen): when it shows again it measures its container and draws once.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';

export function useResizeOnShow(map: MapLibreMap | undefined, shown: boolean): void {
  useEffect(() => {
    if (!map || !shown) return;
    map.resize();
    map.triggerRepaint();
  }, [map, shown]);
}
