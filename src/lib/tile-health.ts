/**
 * Decides from tile events whether a raster layer is usable. One loaded tile proves it is. It is
 * unavailable when tiles fail (offline, blocked, server errors), when the map settles without any tile
 * (every tile answered 404, which MapLibre does not report as an error), or when nothing arrives in time.
 */
export type TileStatus = 'loading' | 'ok' | 'unavailable';

export interface TileHealth {
  loaded: number;
  failed: number;
  /** The map went idle with no tile of this layer loaded. */
  settledEmpty: boolean;
  timedOut: boolean;
}

export const initialHealth: TileHealth = { loaded: 0, failed: 0, settledEmpty: false, timedOut: false };

export type TileEvent = 'loaded' | 'failed' | 'settled' | 'timeout';

export function recordTile(health: TileHealth, event: TileEvent): TileHealth {
  switch (event) {
    case 'loaded':
      return { ...health, loaded: health.loaded + 1 };
    case 'failed':
      return { ...health, failed: health.failed + 1 };
    case 'settled':
      return { ...health, settledEmpty: health.loaded === 0 };
    case 'timeout':
      return { ...health, timedOut: health.loaded === 0 };
  }
}

export function tileStatusOf(health: TileHealth, online: boolean): TileStatus {
  if (health.loaded > 0) return 'ok';
  if (health.failed > 0 || health.settledEmpty || health.timedOut || !online) return 'unavailable';
  return 'loading';
}
