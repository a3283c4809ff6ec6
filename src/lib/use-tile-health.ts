/** Watches one raster source of a react-map-gl map and reports whether its imagery is available. */
import { useCallback, useEffect, useRef } from 'react';
import type { ErrorEvent, MapSourceDataEvent } from 'react-map-gl/maplibre';
import { isSlotOf, slotId } from './map/imagery-slots.ts';
import { initialHealth, recordTile, tileStatusOf, type TileEvent, type TileStatus } from './tile-health.ts';

const TIMEOUT_MS = 15_000;

/**
 * Handlers to pass to the map (`onSourceData`, `onError`, `onIdle`). Events arrive from the first frame, so
 * they must be props registered when the map is created. `generation` restarts the watch (a retry).
 */
export function useTileHealth(sourceId: string, generation: string, onStatus: (status: TileStatus) => void) {
  const health = useRef(initialHealth);
  const report = useCallback(
    (event: TileEvent | undefined) => {
      if (event) health.current = recordTile(health.current, event);
      onStatus(tileStatusOf(health.current, navigator.onLine));
    },
    [onStatus],
  );
  useEffect(() => {
    health.current = initialHealth;
    report(undefined);
    const timer = setTimeout(() => report('timeout'), TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [generation, report]);
  const onSourceData = useCallback(
    (event: MapSourceDataEvent) => {
      // Either slot of the imagery: a new date loads in the other one (map/raster-imagery.tsx).
      const ours = isSlotOf(sourceId, event.sourceId);
      if (ours && event.tile && health.current.loaded === 0) report('loaded');
      else if (ours && event.tile) health.current = recordTile(health.current, 'loaded');
    },
    [sourceId, report],
  );
  const onError = useCallback(
    (event: ErrorEvent) => {
      if ('sourceId' in event && isSlotOf(sourceId, String(event.sourceId))) {
        report('failed');
        return true;
      }
      return false;
    },
    [sourceId, report],
  );
  const onIdle = useCallback(
    (event: { target: { getSource: (id: string) => unknown } }) => {
      // Only once the source is on the map: an idle before it was added says nothing about its tiles.
      const added = [sourceId, slotId(sourceId, 1)].some((id) => event.target.getSource(id));
      if (health.current.loaded === 0 && added) report('settled');
    },
    [sourceId, report],
  );
  return { onSourceData, onError, onIdle };
}
