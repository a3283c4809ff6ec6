/**
 * Puts the data files and the offline archives into the service worker's caches, whole, before the network
 * goes: the worker then answers the map's range requests from them.
 *
 * The page writes the caches itself (`Cache.add`) rather than only fetching through the worker: the worker
 * stores a response after handing it over, so a fetch that has resolved says nothing about the cache, and
 * the kiosk would report itself ready for offline while an archive was still being written.
 */
import { ARCHIVE_CACHE, DATA_CACHE } from '../lib/offline-caches.ts';

export interface OfflineFiles {
  readonly data: readonly string[];
  readonly archives: readonly string[];
}

interface OfflineApis {
  readonly workers?: ServiceWorkerContainer;
  readonly storage?: CacheStorage;
}

/** Both are missing outside a secure context (plain http on another host than localhost). */
function browserOfflineApis(): OfflineApis {
  return {
    workers: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
    storage: 'caches' in globalThis ? globalThis.caches : undefined,
  };
}

/**
 * Resolves once every file is stored or has failed; false when there is no service worker to serve them.
 * A file that fails is logged for the operator and does not hold the rest back: the boot self-test leaves
 * out the scenes whose imagery is missing.
 */
export async function warmOfflineCache(
  files: OfflineFiles,
  log: (message: string) => void,
  { workers, storage }: OfflineApis = browserOfflineApis(),
): Promise<boolean> {
  if (!workers || !storage) return false;
  await workers.ready;
  const store = async (cacheName: string, url: string): Promise<void> => {
    try {
      const cache = await storage.open(cacheName);
      // no-cache: the copy kept for a day offline is the server's current one, not the HTTP cache's.
      await cache.add(new Request(url, { cache: 'no-cache' }));
    } catch (error: unknown) {
      log(`offline cache ${url}: ${String(error)}`);
    }
  };
  await Promise.all([
    ...files.data.map((url) => store(DATA_CACHE, url)),
    ...files.archives.map((url) => store(ARCHIVE_CACHE, url)),
  ]);
  return true;
}
