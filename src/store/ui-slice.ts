import type { StateCreator } from 'zustand';
import type { Language } from '../data/schema.ts';
import type { AppState } from './app-store.ts';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** A camera move the map should make once (a list click flies to a project, a district is fitted). */
export type CameraRequest =
  | {
      kind: 'point';
      center: [number, number];
      zoom: number;
      closerOnly: boolean;
      id: number;
      instant?: boolean;
    }
  | { kind: 'bounds'; bounds: [number, number, number, number]; id: number; instant?: boolean };

/** The filter groups; each folds to one line where the panel is one column (filters/facet-group.tsx). */
export type FacetGroupKey = 'category' | 'status' | 'district' | 'years';

export interface UiState {
  lang: Language;
  view: MapView;
  selectedProjectId: string | undefined;
  selectedDistrictId: string | undefined;
  /** A list row the pointer is over: its marker is highlighted on the map. */
  hoveredProjectId: string | undefined;
  /** The curator's data-issues list is open in the side panel. */
  issuesOpen: boolean;
  camera: CameraRequest | undefined;
  /**
   * `?embed=1`: the reduced atlas for other sites' iframes. The layout (app/embed-shell.tsx) shows the map,
   * the comparison and the timeline's control when their state is set, never the filters or the list.
   */
  embed: boolean;
  /** Folded filter groups the visitor opened: kept here so they stay open while panels open and close. */
  openFacets: FacetGroupKey[];
}

export interface UiSlice {
  ui: UiState;
  setLanguage: (lang: Language) => void;
  setView: (view: MapView) => void;
  selectProject: (id: string | undefined) => void;
  selectDistrict: (id: string | undefined) => void;
  hoverProject: (id: string | undefined) => void;
  setIssuesOpen: (open: boolean) => void;
  enableEmbed: () => void;
  /** Opens a folded filter group, or folds it again. */
  toggleFacetOpen: (group: FacetGroupKey) => void;
  /** Asks the map to fly to a point or fit bounds; each request has a new id so repeats still move. */
  requestCamera: (
    request:
      | { center: [number, number]; zoom: number; /** Never zoom out to get there. */ closerOnly?: boolean }
      | { bounds: [number, number, number, number] },
    /** Jump, no flight: a shared link opens on its place. */
    instant?: boolean,
  ) => void;
}

export const HOME_VIEW: MapView = { zoom: 8, lat: 39.62, lon: 46.75 };

export const initialUi: UiState = {
  lang: 'en',
  view: HOME_VIEW,
  selectedProjectId: undefined,
  selectedDistrictId: undefined,
  hoveredProjectId: undefined,
  issuesOpen: false,
  camera: undefined,
  embed: false,
  openFacets: [],
};

let cameraRequests = 0;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  ui: initialUi,
  setLanguage: (lang) => set((state) => ({ ui: { ...state.ui, lang } })),
  setView: (view) => set((state) => ({ ui: { ...state.ui, view } })),
  // A project and a district panel never show at once: opening one closes the other.
  selectProject: (selectedProjectId) =>
    set((state) => ({
      ui: {
        ...state.ui,
        selectedProjectId,
        selectedDistrictId: selectedProjectId ? undefined : state.ui.selectedDistrictId,
        issuesOpen: false,
      },
    })),
  selectDistrict: (selectedDistrictId) =>
    set((state) => ({
      ui: {
        ...state.ui,
        selectedDistrictId,
        selectedProjectId: selectedDistrictId ? undefined : state.ui.selectedProjectId,
        issuesOpen: false,
      },
    })),
  hoverProject: (hoveredProjectId) => set((state) => ({ ui: { ...state.ui, hoveredProjectId } })),
  setIssuesOpen: (issuesOpen) => set((state) => ({ ui: { ...state.ui, issuesOpen } })),
  enableEmbed: () => set((state) => ({ ui: { ...state.ui, embed: true } })),
  toggleFacetOpen: (group) =>
    set((state) => {
      const open = state.ui.openFacets;
      return {
        ui: {
          ...state.ui,
          openFacets: open.includes(group) ? open.filter((g) => g !== group) : [...open, group],
        },
      };
    }),
  requestCamera: (request, instant) =>
    set((state) => ({
      ui: {
        ...state.ui,
        camera:
          'bounds' in request
            ? { kind: 'bounds', bounds: request.bounds, id: ++cameraRequests, instant }
            : {
                kind: 'point',
                center: request.center,
                zoom: request.zoom,
                closerOnly: request.closerOnly ?? false,
                id: ++cameraRequests,
                instant,
              },
      },
    })),
});
