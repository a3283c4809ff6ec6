/** Follows a MapLibre map's WebGL context and recovers it (see context-recovery.ts). */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useReducer, useRef } from 'react';
import {
  initialContextState,
  nextContextState,
  RESTORE_TIMEOUT_MS,
  type ContextEvent,
  type ContextState,
} from './context-recovery.ts';

/**
 * `map` is the loaded map (undefined before it loads). `report` hears every event (the kiosk logs them for
 * its operator). Key the map component by the returned `mount` so that a map whose context never came back
 * is created anew.
 */
export function useContextRecovery(
  map: MapLibreMap | undefined,
  report?: (event: ContextEvent) => void,
  timeoutMs = RESTORE_TIMEOUT_MS,
): ContextState {
  const [state, dispatch] = useReducer(nextContextState, initialContextState);
  const reportRef = useRef(report);
  useEffect(() => {
    reportRef.current = report;
  });
  useEffect(() => {
    if (!map) return;
    const lost = () => {
      dispatch('lost');
      reportRef.current?.('lost');
    };
    const restored = () => {
      dispatch('restored');
      reportRef.current?.('restored');
    };
    map.on('webglcontextlost', lost);
    map.on('webglcontextrestored', restored);
    return () => {
      map.off('webglcontextlost', lost);
      map.off('webglcontextrestored', restored);
    };
  }, [map]);
  useEffect(() => {
    if (!state.lost) return;
    const timer = setTimeout(() => {
      dispatch('timeout');
      reportRef.current?.('timeout');
    }, timeoutMs);
    return () => clearTimeout(timer);
  }, [state.lost, timeoutMs]);
  return state;
}
