/** The one bound store of the app, made of typed slices (see the zustand slices pattern). */
import { create } from 'zustand';
import { createFilterSlice, emptyFilters, type FilterSlice } from './filter-slice.ts';
import { createImagerySlice, initialCompare, type ImagerySlice } from './imagery-slice.ts';
import { createKioskSlice, type KioskSlice } from './kiosk-slice.ts';
import { createDataSlice, type DataSlice } from './data-slice.ts';
import { createUiSlice, initialUi, type UiSlice } from './ui-slice.ts';

export type AppState = DataSlice &
  UiSlice &
  FilterSlice &
  ImagerySlice &
  KioskSlice & { resetSession: () => void };

export const useAppStore = create<AppState>()((...args) => ({
  ...createDataSlice(...args),
  ...createUiSlice(...args),
  ...createFilterSlice(...args),
  ...createImagerySlice(...args),
  ...createKioskSlice(...args),
  /**
   * Forgets everything one visitor did (language, view, selection, filters, comparison, tour) but keeps
   * the data, the kiosk's set-up and its self-test. The kiosk's idle reset uses it.
   */
  resetSession: () =>
    args[0]((state) => ({
      ui: {
        ...initialUi,
        lang: state.kiosk.enabled ? (state.data.kiosk?.defaultLanguage ?? initialUi.lang) : initialUi.lang,
      },
      filters: emptyFilters,
      compare: { ...initialCompare, status: state.compare.status, generation: state.compare.generation },
      kiosk: { ...state.kiosk, phase: 'explore', touring: false, sceneIndex: 0 },
    })),
}));
