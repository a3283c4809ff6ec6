/** The one bound store of the app, made of typed slices (see the zustand slices pattern). */
import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './data-slice.ts';
import { createFilterSlice, type FilterSlice } from './filter-slice.ts';
import { createImagerySlice, type ImagerySlice } from './imagery-slice.ts';
import { createLayoutSlice, type LayoutSlice } from './layout-slice.ts';
import { createKioskSlice, type KioskSlice } from './kiosk-slice.ts';
import { createTimelineSlice, type TimelineSlice } from './timeline-slice.ts';
import { createTrustSlice, type TrustSlice } from './trust-slice.ts';
import { createUiSlice, type UiSlice } from './ui-slice.ts';

export type AppState = DataSlice &
  UiSlice &
  FilterSlice &
  ImagerySlice &
  KioskSlice &
  LayoutSlice &
  TimelineSlice &
  TrustSlice & { resetSession: () => void };

/**
 * What outlives a visitor: the data, the kiosk's set-up, self-test and error log, and what each imagery
 * side's map reported (its tiles do not change with the visitor). The kiosk starts the next visitor in its
 * default language, and counts the visit (the page's panels are keyed by it). Everything else is taken
 * from the store's initial state, so a field added to a slice is reset without being listed here.
 */
function sessionKeeps(state: AppState, initial: AppState): Partial<AppState> {
  const { enabled, idleOverride, checks, errors, visit } = state.kiosk;
  return {
    data: state.data,
    kiosk: { ...initial.kiosk, enabled, idleOverride, checks, errors, visit: visit + 1 },
    compare: { ...initial.compare, status: state.compare.status, generation: state.compare.generation },
    ui: {
      ...initial.ui,
      lang: enabled ? (state.data.kiosk?.defaultLanguage ?? initial.ui.lang) : initial.ui.lang,
    },
  };
}

export const useAppStore = create<AppState>()((...args) => {
  const [set, , api] = args;
  return {
    ...createDataSlice(...args),
    ...createUiSlice(...args),
    ...createFilterSlice(...args),
    ...createImagerySlice(...args),
    ...createKioskSlice(...args),
    ...createLayoutSlice(...args),
    ...createTimelineSlice(...args),
    ...createTrustSlice(...args),
    /** Forgets everything one visitor did (see `sessionKeeps`). The kiosk's idle reset uses it. */
    resetSession: () =>
      set((state) => {
        const initial = api.getInitialState();
        return { ...initial, ...sessionKeeps(state, initial) };
      }),
  };
});
