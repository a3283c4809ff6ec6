/**
 * Pointer events on the overlay map as store actions: hover highlights (feature-state), a click opens a
 * project or a district (and fits the district), a click on a cluster zooms in until it splits.
 */
import type { GeoJSONSource, MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { useCallback } from 'react';
import type { MapLayerMouseEvent } from 'react-map-gl/maplibre';
import { bboxOf } from '../lib/geo.ts';
import { usePrefersReducedMotion } from '../lib/use-prefers-reduced-motion.ts';
import { useAppStore } from '../store/app-store.ts';
import { DISTRICTS_SOURCE } from './layers/districts.ts';
import { PROJECT_CLUSTER, PROJECT_INTERACTIVE_LAYERS, PROJECT_POINTS_SOURCE } from './layers/projects.ts';
import { useFeatureFlag } from './use-feature-flag.ts';

const sourceOf = (feature: MapGeoJSONFeature) => feature.layer.source;

async function expandCluster(map: MapLibreMap, feature: MapGeoJSONFeature, duration: number) {
  const source = map.getSource<GeoJSONSource>(PROJECT_POINTS_SOURCE);
  const zoom = await source?.getClusterExpansionZoom(feature.properties.cluster_id as number);
  if (zoom === undefined || feature.geometry.type !== 'Point') return;
  map.easeTo({ center: feature.geometry.coordinates as [number, number], zoom, duration });
}

function open(feature: MapGeoJSONFeature): void {
  const { selectProject, selectDistrict, requestCamera, data } = useAppStore.getState();
  const { pid, code } = feature.properties;
  if (typeof pid === 'string') selectProject(pid);
  else if (typeof code === 'string') {
    selectDistrict(code);
    const district = data.districtsById.get(code);
    if (district)
      requestCamera({ bounds: bboxOf({ type: 'Feature', geometry: district.geometry, properties: {} }) });
  }
}

/**
 * What a tap at a point of the page does when a project (marker, cluster or route) is drawn there, or
 * undefined when none is: for controls laid over the map (the swipe divider's touch strip) that must let a
 * tap meant for a marker through.
 */
export function projectTapAt(
  map: MapLibreMap,
  clientX: number,
  clientY: number,
  duration: number,
): (() => void) | undefined {
  const rect = map.getCanvas().getBoundingClientRect();
  const layers = PROJECT_INTERACTIVE_LAYERS.filter((id) => map.getLayer(id) !== undefined);
  const [feature] = map.queryRenderedFeatures([clientX - rect.left, clientY - rect.top], { layers });
  if (!feature) return undefined;
  return feature.layer.id === PROJECT_CLUSTER
    ? () => void expandCluster(map, feature, duration)
    : () => open(feature);
}

/** MapGL's `onMouseMove`, `onMouseLeave` and `onClick` for the live `map`. */
export function useMapPointer(map: MapLibreMap | undefined, generation: number) {
  const reducedMotion = usePrefersReducedMotion();
  const setHover = useFeatureFlag(map, 'hover', generation);
  const onMouseMove = useCallback(
    (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      setHover(feature?.id === undefined ? undefined : { source: sourceOf(feature), id: feature.id });
      event.target.getCanvas().style.cursor = feature ? 'pointer' : '';
    },
    [setHover],
  );
  const onMouseLeave = useCallback(() => setHover(undefined), [setHover]);
  const onClick = useCallback(
    (event: MapLayerMouseEvent) => {
      const features = event.features ?? [];
      // A project over a district wins.
      const feature = features.find((candidate) => sourceOf(candidate) !== DISTRICTS_SOURCE) ?? features[0];
      if (!feature || !map) return;
      if (feature.layer.id === PROJECT_CLUSTER) void expandCluster(map, feature, reducedMotion ? 0 : 500);
      else open(feature);
    },
    [map, reducedMotion],
  );
  return { onMouseMove, onMouseLeave, onClick };
}
