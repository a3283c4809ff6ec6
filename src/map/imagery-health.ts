/**
 * Decides from tile events whether the satellite layer is usable. One loaded tile proves it is; failures
 * without any success (offline, blocked, server down) mean the map should say imagery is unavailable.
 */
import type { ImageryStatus } from '../store/ui-slice.ts';

export interface ImageryHealth {
  loaded: number;
  failed: number;
}

export const initialHealth: ImageryHealth = { loaded: 0, failed: 0 };

export function recordTile(health: ImageryHealth, outcome: 'loaded' | 'failed'): ImageryHealth {
  return outcome === 'loaded'
    ? { ...health, loaded: health.loaded + 1 }
    : { ...health, failed: health.failed + 1 };
}

export function imageryStatusOf(health: ImageryHealth, online: boolean): ImageryStatus {
  if (health.loaded > 0) return 'ok';
  if (health.failed > 0 || !online) return 'unavailable';
  return 'loading';
}
