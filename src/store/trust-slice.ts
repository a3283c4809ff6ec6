import type { StateCreator } from 'zustand';
import type { AppState } from './app-store.ts';

/** Whether the "About the data" panel (licences, data date, corrections log) is open in the side panel. */
export interface TrustSlice {
  trust: { aboutOpen: boolean };
  setAboutOpen: (open: boolean) => void;
}

export const createTrustSlice: StateCreator<AppState, [], [], TrustSlice> = (set) => ({
  trust: { aboutOpen: false },
  setAboutOpen: (aboutOpen) => set({ trust: { aboutOpen } }),
});
