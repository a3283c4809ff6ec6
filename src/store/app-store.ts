/** The one bound store of the app, made of typed slices (see the zustand slices pattern). */
import { create } from 'zustand';
import { createFilterSlice, emptyFilters, type FilterSlice } from '../filters/filter-slice.ts';
import { createImagerySlice, initialCompare, type ImagerySlice } from '../imagery/imagery-slice.ts';
import { createDataSlice, type DataSlice } from './data-slice.ts';
import { createUiSlice, initialUi, type UiSlice } from './ui-slice.ts';

export type AppState = DataSlice & UiSlice & FilterSlice & ImagerySlice & { resetSession: () => void };

export const useAppStore = create<AppState>()((...args) => ({
  ...createDataSlice(...args),
  ...createUiSlice(...args),
  ...createFilterSlice(...args),
  ...createImagerySlice(...args),
  /** Forgets everything one visitor did (language, view, selection, filters, comparison); keeps the data. */
  resetSession: () => args[0]({ ui: initialUi, filters: emptyFilters, compare: initialCompare }),
}));
