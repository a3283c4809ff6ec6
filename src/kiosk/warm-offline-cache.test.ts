import { describe, expect, it, vi } from 'vitest';
import { warmOfflineCache } from './warm-offline-cache.ts';

/** A cache storage whose writes finish only when the test says so. */
function slowStorage() {
  const stored: Record<string, string[]> = {};
  const pending: (() => void)[] = [];
  const storage = {
    open: (name: string) =>
      Promise.resolve({
        add: (request: Request) =>
          new Promise<void>((resolve, reject) => {
            pending.push(() => {
              if (request.url.endsWith('missing.pmtiles')) {
                reject(new TypeError('Failed to fetch'));
                return;
              }
              (stored[name] ??= []).push(request.url);
              resolve();
            });
          }),
      }),
  } as unknown as CacheStorage;
  return { storage, stored, finish: () => pending.splice(0).forEach((done) => done()) };
}

const workers = { ready: Promise.resolve() } as unknown as ServiceWorkerContainer;
const files = {
  data: ['https://atlas.test/data/projects.geojson'],
  archives: ['https://atlas.test/tiles/before.pmtiles', 'https://archive.test/missing.pmtiles'],
};

describe('warmOfflineCache', () => {
  it('is ready only once every file is written to the cache the worker reads', async () => {
    const { storage, stored, finish } = slowStorage();
    const log = vi.fn();
    let ready: boolean | undefined;
    const warming = warmOfflineCache(files, log, { workers, storage }).then((value) => (ready = value));
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Every write has started and none has finished: not ready yet.
    expect(ready).toBeUndefined();
    finish();
    await warming;
    expect(ready).toBe(true);
    expect(stored).toEqual({
      'atlas-data': ['https://atlas.test/data/projects.geojson'],
      'atlas-archives': ['https://atlas.test/tiles/before.pmtiles'],
    });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('missing.pmtiles: TypeError: Failed to fetch'));
  });

  it('does nothing without a service worker to serve the files', async () => {
    const { storage } = slowStorage();
    expect(await warmOfflineCache(files, vi.fn(), { storage })).toBe(false);
  });
});
