import type { StateCreator } from 'zustand';
import type { AppState } from './app-store.ts';

/**
 * explore: a visitor is using the app; countdown: "Still exploring?"; attract: the unattended loop of
 * scenes behind "Touch to explore".
 */
export type KioskPhase = 'explore' | 'countdown' | 'attract';

export interface SceneCheck {
  id: string;
  ok: boolean;
  detail: string;
}

export interface KioskState {
  enabled: boolean;
  /** `idle=SECONDS` from the URL (testing, or an operator's choice); else kiosk.json's idleSeconds. */
  idleOverride: number | undefined;
  phase: KioskPhase;
  /** Index into the scenes that passed the boot self-test, for the tour and the attract loop. */
  sceneIndex: number;
  /** The guided tour is open. */
  touring: boolean;
  /** Boot self-test: one entry per scene; undefined until it has run. */
  checks: SceneCheck[] | undefined;
  /** Recent errors, newest first, for the operator panel. */
  errors: string[];
  /** The data files and offline archives are in the service worker's caches: the kiosk can go offline. */
  offlineReady: boolean;
  /** The kiosk's secondary panel of filters and the project list is open (the home shows the scenes). */
  filtersOpen: boolean;
  /**
   * Which visitor this is: each session reset counts one up. The kiosk's panels are keyed by it, so what
   * lives in the page rather than in the store (scroll positions, open sections, a component's own state)
   * starts afresh for the next visitor without being listed anywhere.
   */
  visit: number;
}

export const initialKiosk: KioskState = {
  enabled: false,
  idleOverride: undefined,
  phase: 'explore',
  sceneIndex: 0,
  touring: false,
  checks: undefined,
  errors: [],
  offlineReady: false,
  filtersOpen: false,
  visit: 0,
};

export interface KioskSlice {
  kiosk: KioskState;
  enableKiosk: (idleOverride: number | undefined) => void;
  setPhase: (phase: KioskPhase) => void;
  goToScene: (index: number) => void;
  setTouring: (touring: boolean) => void;
  setChecks: (checks: SceneCheck[]) => void;
  setOfflineReady: () => void;
  setFiltersOpen: (open: boolean) => void;
  logError: (message: string) => void;
}

const MAX_ERRORS = 20;

export const createKioskSlice: StateCreator<AppState, [], [], KioskSlice> = (set) => {
  const update = (change: Partial<KioskState>) => set((state) => ({ kiosk: { ...state.kiosk, ...change } }));
  return {
    kiosk: initialKiosk,
    enableKiosk: (idleOverride) => update({ enabled: true, idleOverride }),
    setPhase: (phase) => update({ phase }),
    goToScene: (sceneIndex) => update({ sceneIndex }),
    // Starting the tour closes an open passport: a passport open during the tour is one tapped on its way.
    setTouring: (touring) =>
      set((state) => ({
        kiosk: { ...state.kiosk, touring },
        ui: touring ? { ...state.ui, selectedProjectId: undefined } : state.ui,
      })),
    setChecks: (checks) => update({ checks }),
    setOfflineReady: () => update({ offlineReady: true }),
    setFiltersOpen: (filtersOpen) => update({ filtersOpen }),
    logError: (message) =>
      set((state) => ({
        kiosk: {
          ...state.kiosk,
          errors: [`${new Date().toISOString()} ${message}`, ...state.kiosk.errors].slice(0, MAX_ERRORS),
        },
      })),
  };
};
