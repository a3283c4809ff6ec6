/**
 * Tells the app once when the map first drew with the data (its start-up order hangs on it, and the
 * start-up benchmark reads the mark the app then sets: app/start-up.ts).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/app-store.ts';

export function useFirstIdle(map: MapLibreMap | undefined, onFirstIdle: (() => void) | undefined): void {
  const dataReady = useAppStore((s) => s.data.status === 'ready');
  const done = useRef(false);
  // Runs after the sources' own effects (children of the map) have handed them the data.
  useEffect(() => {
    if (!map || !dataReady || !onFirstIdle || done.current) return;
    const idle = () => {
      done.current = true;
      onFirstIdle();
    };
    map.once('idle', idle);
    map.triggerRepaint();
    return () => {
      map.off('idle', idle);
    };
  }, [map, dataReady, onFirstIdle]);
}
