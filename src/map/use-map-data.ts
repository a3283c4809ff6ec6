/** The store's districts and projects as the overlay map's sources (map-data.ts), computed once per change. */
import { useMemo } from 'react';
import { useAppStore } from '../store/app-store.ts';
import { selectEntries } from '../store/selectors.ts';
import { selectAsOfFeatureProperties } from '../store/timeline-selectors.ts';
import { districtLabelsToMap, districtsToMap, projectsToMap, regionOutline } from './map-data.ts';

export type OverlayData = ReturnType<typeof useMapData>;

export function useMapData() {
  const districts = useAppStore((s) => s.data.districts);
  const entries = useAppStore(selectEntries);
  const asOf = useAppStore(selectAsOfFeatureProperties);
  const districtData = useMemo(() => districtsToMap(districts), [districts]);
  const labelData = useMemo(() => districtLabelsToMap(districts), [districts]);
  const outline = useMemo(() => regionOutline(districts), [districts]);
  const projectData = useMemo(() => projectsToMap(entries, asOf), [entries, asOf]);
  /** District code → its numeric feature id (feature-state). */
  const districtIds = useMemo(
    () => new Map(districtData.features.map((f) => [f.properties.code, f.id])),
    [districtData],
  );
  return { districtData, labelData, outline, projectData, districtIds };
}
