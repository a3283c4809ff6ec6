/**
 * Whether a map has a new date's imagery still loading behind the one it draws (raster-imagery.tsx). The
 * time-lapse reads it to move on only from a complete frame.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useSyncExternalStore } from 'react';

const pending = new WeakMap<MapLibreMap, boolean>();
const listeners = new Set<() => void>();

export function setImageryPending(map: MapLibreMap, value: boolean): void {
  if ((pending.get(map) ?? false) === value) return;
  pending.set(map, value);
  for (const listener of listeners) listener();
}

export function isImageryPending(map: MapLibreMap | undefined): boolean {
  return map ? (pending.get(map) ?? false) : false;
}

export function useImageryPending(map: MapLibreMap | undefined): boolean {
  const subscribe = useCallback((listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return useSyncExternalStore(subscribe, () => isImageryPending(map));
}
