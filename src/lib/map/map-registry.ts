/**
 * Every map of the app by its react-map-gl id ('main', 'secondary', 'pane-before', 'pane-after'), for the
 * diagnostics hook that `?debug=1` loads (app/debug-hook.ts). A map replaces the previous one of its id
 * (a map created anew after a lost WebGL context); the app itself never reads this.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

const maps = new Map<string, MapLibreMap>();

export function registerMap(id: string, map: MapLibreMap): void {
  maps.set(id, map);
}

/** Forgets a removed map, unless another map has taken its id since. */
export function forgetMap(id: string, map: MapLibreMap): void {
  if (maps.get(id) === map) maps.delete(id);
}

export function mapById(id: string): MapLibreMap | undefined {
  return maps.get(id);
}

export function mapIds(): string[] {
  return [...maps.keys()];
}
