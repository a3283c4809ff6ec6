import type { StateCreator } from 'zustand';
import type { DataIssue } from '../data/issues.ts';
import type { DistrictFeature, KioskSettings, ProjectFeature, Scene } from '../data/schema.ts';
import type { DataKind, ImageryCatalog } from '../data/validate.ts';
import type { AppState } from './app-store.ts';

export type LoadStatus = 'loading' | 'ready';

/** A data file that could not be fetched at all (network error, 404): the app runs on without it. */
export interface LoadFailure {
  file: string;
  kind: DataKind;
  message: string;
}

export interface LoadedData {
  districts: DistrictFeature[];
  projects: ProjectFeature[];
  imagery: ImageryCatalog;
  scenes: Scene[];
  kiosk: KioskSettings | undefined;
  issues: DataIssue[];
  failures: LoadFailure[];
}

export interface DataSlice {
  data: LoadedData & {
    status: LoadStatus;
    projectsById: ReadonlyMap<string, ProjectFeature>;
    districtsById: ReadonlyMap<string, DistrictFeature>;
  };
  setData: (data: LoadedData) => void;
}

export const emptyData: LoadedData = {
  districts: [],
  projects: [],
  imagery: { defaultPair: { before: '', after: '' }, layers: [] },
  scenes: [],
  kiosk: undefined,
  issues: [],
  failures: [],
};

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  data: { ...emptyData, status: 'loading', projectsById: new Map(), districtsById: new Map() },
  setData: (data) =>
    set({
      data: {
        ...data,
        status: 'ready',
        // Lookup indexes are built once per load; everything else is derived by selectors.
        projectsById: new Map(data.projects.map((project) => [project.id, project])),
        districtsById: new Map(data.districts.map((district) => [district.id, district])),
      },
    }),
});
