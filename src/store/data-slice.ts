import type { StateCreator } from 'zustand';
import { emptyData, type LoadedData } from '../data/load.ts';
import type { DistrictFeature, ProjectFeature } from '../data/schema.ts';
import type { AppState } from './app-store.ts';

export type LoadStatus = 'loading' | 'ready';

export interface DataSlice {
  data: LoadedData & {
    status: LoadStatus;
    projectsById: ReadonlyMap<string, ProjectFeature>;
    districtsById: ReadonlyMap<string, DistrictFeature>;
  };
  setData: (data: LoadedData) => void;
}

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
