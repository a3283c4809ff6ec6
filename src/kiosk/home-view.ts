/** The kiosk's home view: kiosk.json's `home` camera, where a visitor starts and "Whole region" returns. */
import type { KioskSettings } from '../data/kiosk-settings-schema.ts';
import { HOME_VIEW } from '../store/ui-slice.ts';
import { useAppStore } from '../store/app-store.ts';

export interface HomeCamera {
  center: [number, number];
  zoom: number;
}

/** kiosk.json's home view; the app's own home view until the settings have loaded. */
export function homeCamera(settings: KioskSettings | undefined): HomeCamera {
  if (settings) return { center: settings.home.center, zoom: settings.home.zoom };
  return { center: [HOME_VIEW.lon, HOME_VIEW.lat], zoom: HOME_VIEW.zoom };
}

/** Flies the map to the home view (zooming out as far as it takes: the whole region, not closer only). */
export function flyHome(): void {
  const store = useAppStore.getState();
  store.requestCamera(homeCamera(store.data.kiosk));
}
