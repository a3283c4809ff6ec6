import type { StateCreator } from 'zustand';
import type { Language } from '../data/schema.ts';
import type { AppState } from './app-store.ts';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** Whether the satellite base layer could load; offline the map falls back to its vector base. */
export type ImageryStatus = 'loading' | 'ok' | 'unavailable';

export interface UiState {
  lang: Language;
  view: MapView;
  selectedProjectId: string | undefined;
  imageryStatus: ImageryStatus;
  /** The curator's data-issues list is open in the side panel. */
  issuesOpen: boolean;
}

export interface UiSlice {
  ui: UiState;
  setLanguage: (lang: Language) => void;
  setView: (view: MapView) => void;
  selectProject: (id: string | undefined) => void;
  setImageryStatus: (status: ImageryStatus) => void;
  setIssuesOpen: (open: boolean) => void;
}

export const HOME_VIEW: MapView = { zoom: 8, lat: 39.62, lon: 46.75 };

export const initialUi: UiState = {
  lang: 'en',
  view: HOME_VIEW,
  selectedProjectId: undefined,
  imageryStatus: 'loading',
  issuesOpen: false,
};

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  ui: initialUi,
  setLanguage: (lang) => set((state) => ({ ui: { ...state.ui, lang } })),
  setView: (view) => set((state) => ({ ui: { ...state.ui, view } })),
  selectProject: (selectedProjectId) => set((state) => ({ ui: { ...state.ui, selectedProjectId } })),
  setImageryStatus: (imageryStatus) => set((state) => ({ ui: { ...state.ui, imageryStatus } })),
  setIssuesOpen: (issuesOpen) => set((state) => ({ ui: { ...state.ui, issuesOpen } })),
});
