/**
 * One map's life, for every map of the app: the MapLibre map react-map-gl created for it, whether it is
 * loaded with a live WebGL context, and its recovery when the context goes (context-recovery.ts): the
 * caller keys its MapGL by `mount` (a map created anew) and re-applies feature state on a new `generation`.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { ContextEvent } from '../context-recovery.ts';
import { useContextRecovery } from '../use-context-recovery.ts';
import { forgetMap, registerMap } from './map-registry.ts';

const contextMessages: Record<ContextEvent, string> = {
  lost: 'WebGL context lost',
  restored: 'WebGL context restored',
  timeout: 'WebGL context not restored in time: map created anew',
};

export interface MapInstanceOptions {
  /** Hears each context event as a sentence (the kiosk keeps them for its operator). */
  log?: (message: string) => void;
  /** Runs on each new map before its first source is added (set-up that must precede any tile). */
  onCreate?: (map: MapLibreMap) => void;
}

export interface MapInstance {
  /** The map, once loaded and while its context is live: only then may the app touch sources and layers. */
  map: MapLibreMap | undefined;
  generation: number;
  /** The MapGL's React key: it changes when the map must be created anew. */
  mount: number;
  /** MapGL's `ref` (attach) and `onLoad`. */
  attach: (handle: MapRef | null) => (() => void) | undefined;
  onLoad: (event: { target: MapLibreMap }) => void;
}

export function useMapInstance(id: string, { log, onCreate }: MapInstanceOptions = {}): MapInstance {
  // The map that fired 'load', and for which mount (a new mount replaces a map whose context was lost).
  const [loaded, setLoaded] = useState<{ map: MapLibreMap; mount: number }>();
  const report = useCallback(
    (event: ContextEvent) => log?.(`${contextMessages[event]} (${id} map)`),
    [id, log],
  );
  const gl = useContextRecovery(loaded?.map, report);
  const onCreateRef = useRef(onCreate);
  useEffect(() => {
    onCreateRef.current = onCreate;
  });

  // react-map-gl hands the ref over in the commit that renders the map's children, before their effects
  // add any source: set-up done here precedes the first tile.
  const attach = useCallback(
    (handle: MapRef | null) => {
      const map = handle?.getMap();
      if (!map) return undefined;
      onCreateRef.current?.(map);
      registerMap(id, map);
      return () => forgetMap(id, map);
    },
    [id],
  );
  // The map comes from the event: 'load' can fire before React has set the ref (seen on touch devices).
  const mount = gl.mount;
  const onLoad = useCallback(
    (event: { target: MapLibreMap }) => setLoaded({ map: event.target, mount }),
    [mount],
  );
  const live = loaded?.mount === gl.mount && !gl.lost;
  return { map: live ? loaded.map : undefined, generation: gl.generation, mount, attach, onLoad };
}
