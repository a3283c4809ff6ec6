/**
 * The service worker's runtime caches, named once: `vite.config.ts` declares the routes that fill them and
 * the kiosk warms them before the network goes.
 */
export const DATA_CACHE = 'atlas-data';
export const ARCHIVE_CACHE = 'atlas-archives';
