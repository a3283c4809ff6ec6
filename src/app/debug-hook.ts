/**
 * The diagnostics hook for browser tests, benchmarks, the soak and operators: `window.__revivalAtlas`, the
 * live maps and the store. Loaded only with `?debug=1`, after the first idle (start-up.ts), as its own
 * chunk: a visitor's page gets no window property of the app's.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mapById, mapIds } from '../lib/map/map-registry.ts';
import { useAppStore } from '../store/app-store.ts';

export interface AtlasDiagnostics {
  /** The main map (after a lost context, the map created anew). */
  readonly map: MapLibreMap;
  /** The right map of a side by side, once created. */
  readonly secondary?: MapLibreMap;
  /** The imagery panes of a swipe or fade by id ('pane-before', 'pane-after'), once created. */
  readonly panes: Record<string, MapLibreMap | undefined>;
  readonly store: typeof useAppStore;
}

declare global {
  interface Window {
    __revivalAtlas?: AtlasDiagnostics;
  }
}

export function installDebugHook(): void {
  // Between a map's removal and its replacement (a lost context), the last one stands in.
  let main: MapLibreMap | undefined;
  const hook = {
    get map() {
      main = mapById('main') ?? main;
      if (!main) throw new Error('Revival Atlas: the main map does not exist yet');
      return main;
    },
    get secondary() {
      return mapById('secondary');
    },
    get panes() {
      const ids = mapIds().filter((id) => id.startsWith('pane-'));
      return Object.fromEntries(ids.map((id) => [id, mapById(id)]));
    },
    store: useAppStore,
  } satisfies AtlasDiagnostics;
  window.__revivalAtlas = hook;
}
