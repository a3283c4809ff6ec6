/**
 * Fetching ahead the imagery tiles of the time-lapse's next dates, for the current view only: the browser's
 * HTTP cache then answers the map when the date comes, so playback does not stall on each frame.
 *
 * Only what the view shows is asked for (no bulk caching: Esri's terms forbid storing its tiles, and every
 * provider asks for light use), at most `concurrency` requests at a time, and a request for a date the
 * player no longer needs (passed, paused, another view) is aborted.
 *
 * The tile arithmetic is the standard Web Mercator tiling (a few lines, so no dependency); the zoom is the
 * one MapLibre asks a raster source for: its zoom on a 512 px world, rounded, shifted by the tile size.
 */

export type Bounds = readonly [west: number, south: number, east: number, north: number];

export interface TileGrid {
  tileSize: number;
  minzoom: number;
  maxzoom: number;
}

const tileX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
function tileY(lat: number, z: number): number {
  const clamped = Math.max(-85.0511, Math.min(85.0511, lat));
  const rad = (clamped * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
}

/** The zoom of the tiles MapLibre requests from a raster source at this map zoom. */
export function tileZoom(mapZoom: number, grid: TileGrid): number {
  const z = Math.round(mapZoom + Math.log2(512 / grid.tileSize));
  return Math.max(grid.minzoom, Math.min(grid.maxzoom, z));
}

/** The URLs of the tiles of `template` ({z}/{x}/{y}) that cover the bounds at the map's zoom. */
export function tileUrlsInView(template: string, bounds: Bounds, mapZoom: number, grid: TileGrid): string[] {
  const z = tileZoom(mapZoom, grid);
  const [west, south, east, north] = bounds;
  const last = 2 ** z - 1;
  const clamp = (value: number) => Math.max(0, Math.min(last, value));
  const urls: string[] = [];
  for (let y = clamp(tileY(north, z)); y <= clamp(tileY(south, z)); y++) {
    for (let x = clamp(tileX(west, z)); x <= clamp(tileX(east, z)); x++) {
      urls.push(template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y)));
    }
  }
  return urls;
}

type Fetcher = (url: string, init: { signal: AbortSignal }) => Promise<unknown>;

/** Keeps the wanted tiles coming, a few at a time; what is no longer wanted is dropped or aborted. */
export class PrefetchQueue {
  private wanted: string[] = [];
  private readonly running = new Map<string, AbortController>();
  private readonly done = new Set<string>();

  constructor(
    private readonly fetcher: Fetcher,
    private readonly concurrency = 4,
  ) {}

  /** Replaces what is wanted, in order of need (the next date's tiles first). */
  want(urls: readonly string[]): void {
    const keep = new Set(urls);
    for (const [url, controller] of this.running) {
      if (!keep.has(url)) {
        controller.abort();
        this.running.delete(url);
      }
    }
    this.wanted = urls.filter((url) => !this.done.has(url) && !this.running.has(url));
    this.pump();
  }

  /** The requests under way (for tests and diagnostics). */
  get inFlight(): number {
    return this.running.size;
  }

  private pump(): void {
    while (this.running.size < this.concurrency && this.wanted.length > 0) {
      const url = this.wanted.shift();
      if (url === undefined) break;
      const controller = new AbortController();
      this.running.set(url, controller);
      this.fetcher(url, { signal: controller.signal })
        .then(() => this.done.add(url))
        // A failed or aborted tile is the map's business when the date comes; nothing to report here.
        .catch(() => undefined)
        .finally(() => {
          if (this.running.get(url) === controller) this.running.delete(url);
          this.pump();
        });
    }
  }
}
