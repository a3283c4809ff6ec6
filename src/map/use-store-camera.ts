/**
 * The leading map's camera and the store: the store's camera requests (a list click flies to a project, a
 * district is fitted) move the map; where the map comes to rest becomes the store's view (and the URL's).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef } from 'react';
import type { ViewStateChangeEvent } from 'react-map-gl/maplibre';
import { usePrefersReducedMotion } from '../lib/use-prefers-reduced-motion.ts';
import { useAppStore } from '../store/app-store.ts';
import { cameraPadding } from './camera-padding.ts';

/**
 * `map`: the live map that leads (the others follow its camera); undefined makes no move. Returns MapGL's
 * `onMoveEnd` for it.
 */
export function useStoreCamera(map: MapLibreMap | undefined) {
  const camera = useAppStore((s) => s.ui.camera);
  const setView = useAppStore((s) => s.setView);
  const reducedMotion = usePrefersReducedMotion();
  // Each request moves the camera once: not again when the map comes back from a lost context.
  const done = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!map || !camera || done.current === camera.id) return;
    done.current = camera.id;
    const duration = reducedMotion || camera.instant ? 0 : 1200;
    // Framed clear of what covers the map: the phone's sheet, at the rest it has when the camera moves.
    const { layout, kiosk } = useAppStore.getState();
    const padding = cameraPadding(map.getContainer().clientHeight, layout.sheet, kiosk.enabled);
    if (camera.kind === 'point')
      map.flyTo({
        center: camera.center,
        zoom: camera.closerOnly ? Math.max(map.getZoom(), camera.zoom) : camera.zoom,
        // An offset, not padding: MapLibre keeps a flight's padding, and the map's centre would then shift.
        offset: [0, (padding.top - padding.bottom) / 2],
        duration,
      });
    else map.fitBounds(camera.bounds, { padding, duration });
  }, [map, camera, reducedMotion]);
  return useCallback(
    ({ viewState: { zoom, latitude, longitude } }: ViewStateChangeEvent) =>
      setView({ zoom, lat: latitude, lon: longitude }),
    [setView],
  );
}
