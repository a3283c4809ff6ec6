/**
 * The store's selection on the map as feature-state: the selected project and district, and the project
 * whose list row the pointer is over. Never new data.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect } from 'react';
import { useAppStore } from '../store/app-store.ts';
import { DISTRICTS_SOURCE } from './layers/districts.ts';
import { PROJECT_LINES_SOURCE, PROJECT_POINTS_SOURCE } from './layers/projects.ts';
import type { ProjectMapData } from './map-data.ts';
import { useFeatureFlag, type FeatureRef } from './use-feature-flag.ts';

export function useSelectionState(
  map: MapLibreMap | undefined,
  generation: number,
  projectData: ProjectMapData,
  districtIds: ReadonlyMap<string, string | number | undefined>,
): void {
  const selectedProjectId = useAppStore((s) => s.ui.selectedProjectId);
  const selectedDistrictId = useAppStore((s) => s.ui.selectedDistrictId);
  const hoveredProjectId = useAppStore((s) => s.ui.hoveredProjectId);
  const projectRef = useCallback(
    (id: string | undefined): FeatureRef | undefined => {
      const numericId = id === undefined ? undefined : projectData.numericIds.get(id);
      if (numericId === undefined || id === undefined) return undefined;
      const lines = projectData.sourceOf.get(id) === 'lines';
      return { source: lines ? PROJECT_LINES_SOURCE : PROJECT_POINTS_SOURCE, id: numericId };
    },
    [projectData],
  );
  const setListHover = useFeatureFlag(map, 'hover', generation);
  const setSelectedProject = useFeatureFlag(map, 'selected', generation);
  const setSelectedDistrict = useFeatureFlag(map, 'selected', generation);
  useEffect(() => {
    if (map) setSelectedProject(projectRef(selectedProjectId));
  }, [map, selectedProjectId, projectRef, setSelectedProject]);
  useEffect(() => {
    if (map) setListHover(projectRef(hoveredProjectId));
  }, [map, hoveredProjectId, projectRef, setListHover]);
  useEffect(() => {
    const id = selectedDistrictId === undefined ? undefined : districtIds.get(selectedDistrictId);
    if (map) setSelectedDistrict(id === undefined ? undefined : { source: DISTRICTS_SOURCE, id });
  }, [map, selectedDistrictId, districtIds, setSelectedDistrict]);
}
