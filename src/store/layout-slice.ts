import type { StateCreator } from 'zustand';
import type { SheetSnap } from '../lib/sheet-snap.ts';
import type { AppState } from './app-store.ts';

/** The page's layout state the map needs too: where the phone's bottom sheet rests. */
export interface LayoutSlice {
  layout: { sheet: SheetSnap };
  setSheet: (sheet: SheetSnap) => void;
}

export const createLayoutSlice: StateCreator<AppState, [], [], LayoutSlice> = (set) => ({
  layout: { sheet: 'peek' },
  setSheet: (sheet) => set({ layout: { sheet } }),
});
