/**
 * Pointer events on the overlay map as store actions: hover highlights (feature-state), a click opens a
 * project or a district (and fits the district), a click on a cluster zooms in until it splits.
 */
import type { GeoJSONSource, MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { useCallback } from 'react';
import type { MapLayerMouseEvent } from 'react-map-gl/maplibre';
import type { ProjectEntry } from '../data/project-index.ts';
import { bboxOf } from '../lib/geo.ts';
import { weakMemo } from '../lib/weak-memo.ts';
import { usePrefersReducedMotion } from '../lib/use-prefers-reduced-motion.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectDatedEntries } from '../store/dated-entries.ts';
import { DISTRICTS_SOURCE } from './layers/districts.ts';
import {
  PROJECT_CLUSTER,
  PROJECT_INTERACTIVE_LAYERS,
  PROJECT_LINES_SOURCE,
  PROJECT_POINTS_SOURCE,
} from './layers/projects.ts';
import { useFeatureFlag } from './use-feature-flag.ts';

const sourceOf = (feature: MapGeoJSONFeature) => feature.layer.source;

/** The projects started by the timeline's day (the dated entries leave the others out). */
const startedIds = weakMemo((entries: readonly ProjectEntry[]) => new Set(entries.map((entry) => entry.id)));

/**
 * Whether the feature is drawn: a route not started by the timeline's day stays in the layer, transparent
 * (layers/projects.ts), and must not take a hover or a click.
 */
export function isDrawn(feature: MapGeoJSONFeature): boolean {
  if (sourceOf(feature) !== PROJECT_LINES_SOURCE) return true;
  return startedIds(selectDatedEntries(useAppStore.getState())).has(String(feature.properties.pid));
}

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

/** Half the side of the square a finger's tap searches for a project: 44 px (WCAG 2.5.5's target size). */
export const TAP_TOLERANCE = 22;

/** Whether the click came from a finger (a tap), not a mouse or a pen. */
function isTouch(event: MapLayerMouseEvent): boolean {
  const original: Event = event.originalEvent;
  if (typeof PointerEvent === 'function' && original instanceof PointerEvent)
    return original.pointerType === 'touch';
  return typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
}

/**
 * A finger covers more than a marker's few pixels: a tap that hit no project looks for the project
 * nearest to it within a 44 px square, so a small marker is as easy to tap as a 44 px button.
 */
function nearestProject(map: MapLibreMap, event: MapLayerMouseEvent): MapGeoJSONFeature | undefined {
  const { x, y } = event.point;
  const near = map
    .queryRenderedFeatures(
      [
        [x - TAP_TOLERANCE, y - TAP_TOLERANCE],
        [x + TAP_TOLERANCE, y + TAP_TOLERANCE],
      ],
      { layers: [...PROJECT_INTERACTIVE_LAYERS].filter((id) => map.getLayer(id)) },
    )
    .filter(isDrawn);
  const distance = (feature: MapGeoJSONFeature) => {
    if (feature.geometry.type !== 'Point') return TAP_TOLERANCE;
    const point = map.project(feature.geometry.coordinates as [number, number]);
    return Math.hypot(point.x - x, point.y - y);
  };
  return near.sort((a, b) => distance(a) - distance(b))[0];
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
  const [feature] = map
    .queryRenderedFeatures([clientX - rect.left, clientY - rect.top], { layers })
    .filter(isDrawn);
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
      const feature = event.features?.find(isDrawn);
      setHover(feature?.id === undefined ? undefined : { source: sourceOf(feature), id: feature.id });
      event.target.getCanvas().style.cursor = feature ? 'pointer' : '';
    },
    [setHover],
  );
  const onMouseLeave = useCallback(() => setHover(undefined), [setHover]);
  const onClick = useCallback(
    (event: MapLayerMouseEvent) => {
      const features = (event.features ?? []).filter(isDrawn);
      // A project over a district wins.
      const project = features.find((candidate) => sourceOf(candidate) !== DISTRICTS_SOURCE);
      if (!map) return;
      const feature = project ?? (isTouch(event) ? nearestProject(map, event) : undefined) ?? features[0];
      if (!feature) return;
      if (feature.layer.id === PROJECT_CLUSTER) void expandCluster(map, feature, reducedMotion ? 0 : 500);
      else open(feature);
    },
    [map, reducedMotion],
  );
  return { onMouseMove, onMouseLeave, onClick };
}
