/**
 * The app's start-up order, in one place. The main map reports its first idle (drawn with the data) by
 * `firstIdleReached`, passed to it through MapStack. Only then, or after FALLBACK_MS if the map cannot
 * start, come the service worker (its precache of about 2.6 MB would compete with the first map for the
 * network and the CPU) and, with `?debug=1`, the diagnostics hook (debug-hook.ts, its own chunk).
 */

/** When the service worker and the diagnostics start if the map never reports its first idle. */
const FALLBACK_MS = 10_000;

let reachFirstIdle = () => {};
const firstIdle = new Promise<void>((resolve) => (reachFirstIdle = resolve));

/** The main map's first idle: the start-up benchmark (bench/first-idle.ts) reads the performance mark. */
export function firstIdleReached(): void {
  if (performance.getEntriesByName('atlas:first-idle').length === 0) performance.mark('atlas:first-idle');
  reachFirstIdle();
}

let applyUpdate: (() => void) | undefined;
let updateWaiting = false;

/**
 * A new version of the app waits: the web gets it at the next visit, the kiosk here, at a session reset
 * (KioskController and ErrorFallback call it), so a running exhibit never changes under a visitor.
 */
export function installWaitingUpdate(): void {
  if (updateWaiting) applyUpdate?.();
}

async function registerServiceWorker(): Promise<void> {
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({ immediate: true, onNeedRefresh: () => (updateWaiting = true) });
  applyUpdate = () => void update(true);
}

async function installDiagnostics(): Promise<void> {
  const { installDebugHook } = await import('./debug-hook.ts');
  installDebugHook();
}

/**
 * An embed (`?embed=1`) lives inside other sites' pages: it installs no service worker there (no offline
 * copy, no 2.6 MB precache nobody asked for, no worker kept per embedding site). The kiosk is never an embed.
 */
function isEmbed(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.get('embed') === '1' && params.get('kiosk') !== '1';
}

/** Runs once, before the first render: schedules what waits for the first idle. */
export function startUp(search: string): void {
  const afterFirstIdle = Promise.race([
    firstIdle,
    new Promise((resolve) => setTimeout(resolve, FALLBACK_MS)),
  ]);
  // The service worker (production only) makes the app work offline.
  if (import.meta.env.PROD && 'serviceWorker' in navigator && !isEmbed(search))
    void afterFirstIdle.then(registerServiceWorker);
  if (new URLSearchParams(search).get('debug') === '1') void afterFirstIdle.then(installDiagnostics);
}
