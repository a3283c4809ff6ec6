/** MapLibre with the app's set-up (maplibre.ts), loaded as its own chunk, once, for every map of the app. */
const loadMapLib = () => import('./maplibre.ts').then((module) => module.mapLib);
let mapLibPromise: ReturnType<typeof loadMapLib> | undefined;

/** Starts fetching MapLibre before React renders, in parallel with the app's start-up. */
export function preloadMapLib(): void {
  mapLibPromise ??= loadMapLib();
}

/** What react-map-gl's `mapLib` prop receives. */
export function getMapLib(): NonNullable<typeof mapLibPromise> {
  mapLibPromise ??= loadMapLib();
  return mapLibPromise;
}
