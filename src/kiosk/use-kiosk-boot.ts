/**
 * What the kiosk does once the data is loaded: its default language (unless the URL gives one), the boot
 * self-test of the scenes, fetching the offline archives whole (so the service worker can answer range
 * requests from its cache), and keeping a log of errors for the operator.
 */
import { useEffect } from 'react';
import { resolvePmtilesUrl } from '../lib/raster-source.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectDrawnLayers } from '../store/selectors.ts';
import { DATA_FILES } from '../data/load.ts';
import { checkScenes } from './self-test.ts';
import { warmOfflineCache } from './warm-offline-cache.ts';

export function useKioskBoot(langFromUrl: boolean): void {
  const enabled = useAppStore((s) => s.kiosk.enabled);
  const ready = useAppStore((s) => s.data.status === 'ready');

  useEffect(() => {
    if (!enabled) return;
    const log = (message: string) => useAppStore.getState().logError(message);
    const onError = (event: ErrorEvent) => log(event.message);
    const onRejection = (event: PromiseRejectionEvent) => log(String(event.reason));
    const noMenu = (event: Event) => event.preventDefault();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // No context menu. No page pinch-zoom either, but by CSS (`touch-action` on :root.kiosk in app.css),
    // not by a `user-scalable=no` viewport, which would also stop assistive zoom (WCAG 1.4.4).
    document.addEventListener('contextmenu', noMenu);
    document.documentElement.classList.add('kiosk');
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('contextmenu', noMenu);
      document.documentElement.classList.remove('kiosk');
    };
  }, [enabled]);

  useEffect(() => {
    if (!enabled || !ready) return;
    const { data, setLanguage, setChecks, setOfflineReady, logError } = useAppStore.getState();
    if (!langFromUrl && data.kiosk) setLanguage(data.kiosk.defaultLanguage);
    const archives = (data.kiosk?.offlineArchives ?? []).map((archive) =>
      resolvePmtilesUrl(archive.url, window.location.href).slice('pmtiles://'.length),
    );
    const files = Object.values(DATA_FILES).map(
      (file) => new URL(`${import.meta.env.BASE_URL}${file}`, window.location.href).href,
    );
    if (import.meta.env.PROD) {
      void warmOfflineCache({ data: files, archives }, logError).then((warm) => warm && setOfflineReady());
    }
    // The layers as drawn here (local archives where the kiosk has them), not the remote catalog.
    void checkScenes(data.scenes, selectDrawnLayers(useAppStore.getState())).then(setChecks);
  }, [enabled, ready, langFromUrl]);
}
