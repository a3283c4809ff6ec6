import { describe, expect, it } from 'vitest';
import { PrefetchQueue, tileUrlsInView, tileZoom } from './tile-prefetch.ts';

const GRID = { tileSize: 256, minzoom: 0, maxzoom: 15 };

describe('tileUrlsInView', () => {
  it('asks for the zoom MapLibre asks a 256 px raster source for', () => {
    expect(tileZoom(11, GRID)).toBe(12);
    expect(tileZoom(10.6, GRID)).toBe(12);
    expect(tileZoom(18, GRID)).toBe(15);
    expect(tileZoom(11, { ...GRID, tileSize: 512 })).toBe(11);
  });

  it('covers the view with the tiles of the standard grid, and nothing else', () => {
    // Zoom 1 (tiles at z2): the whole world north-west of 0°/0° is tiles x 0–1, y 0–1.
    const urls = tileUrlsInView('https://t/{z}/{y}/{x}.jpg', [-179, 1, -1, 84], 1, GRID);
    expect(urls).toEqual([
      'https://t/2/0/0.jpg',
      'https://t/2/0/1.jpg',
      'https://t/2/1/0.jpg',
      'https://t/2/1/1.jpg',
    ]);
  });

  it('gives a few dozen tiles for a screen of Karabakh', () => {
    const urls = tileUrlsInView('https://t/{z}/{x}/{y}', [46.6, 39.55, 47.2, 39.85], 11, GRID);
    expect(urls.length).toBeGreaterThan(4);
    expect(urls.length).toBeLessThan(60);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.every((url) => url.startsWith('https://t/12/'))).toBe(true);
  });
});

function deferredFetcher() {
  const calls: { url: string; signal: AbortSignal; resolve: () => void }[] = [];
  const fetcher = (url: string, { signal }: { signal: AbortSignal }) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ url, signal, resolve });
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  return { calls, fetcher };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PrefetchQueue', () => {
  it('runs at most `concurrency` requests, in the order wanted', async () => {
    const { calls, fetcher } = deferredFetcher();
    const queue = new PrefetchQueue(fetcher, 2);
    queue.want(['a', 'b', 'c', 'd']);
    expect(calls.map((c) => c.url)).toEqual(['a', 'b']);
    calls[0]?.resolve();
    await settle();
    expect(calls.map((c) => c.url)).toEqual(['a', 'b', 'c']);
    expect(queue.inFlight).toBe(2);
  });

  it('aborts what is no longer wanted and never fetches a tile twice', async () => {
    const { calls, fetcher } = deferredFetcher();
    const queue = new PrefetchQueue(fetcher, 2);
    queue.want(['a', 'b']);
    calls[0]?.resolve();
    await settle();
    queue.want(['a', 'x']);
    expect(calls[1]?.signal.aborted).toBe(true);
    await settle();
    expect(calls.map((c) => c.url)).toEqual(['a', 'b', 'x']);
    queue.want([]);
    expect(calls[2]?.signal.aborted).toBe(true);
    await settle();
    expect(queue.inFlight).toBe(0);
  });
});
