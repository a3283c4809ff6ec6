/**
 * Applies the filter to what the map draws, without re-rendering the map component on every change:
 * clustered points get a data diff (clusters are computed before layer filters) and routes a layer filter.
 * The visible entries are those of the timeline's day: projects not started by then leave the clusters.
 */
import type { FilterSpecification, GeoJSONSource } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { useAppStore, type AppState } from '../store/app-store.ts';
import { selectVisibleEntries } from '../store/selectors.ts';
import { AS_OF_STATE } from '../lib/status-expression.ts';
import { PROJECT_LINE, PROJECT_LINE_CASING, PROJECT_POINTS_SOURCE } from './layers/projects.ts';
import { allPointsShown, pointsDiff, type ProjectMapData } from './map-data.ts';

export type LineFilterSelector = (state: AppState) => FilterSpecification;

export function FilterSync({
  data,
  selectLineFilter,
  live,
  generation,
}: {
  data: ProjectMapData;
  selectLineFilter: LineFilterSelector;
  /** The map's WebGL context is live: while it is lost the map has no style to filter. */
  live: boolean;
  /** A new generation (the style was rebuilt from its snapshot after a lost context) applies again. */
  generation: number;
}) {
  const map = useMap().current?.getMap();
  const visible = useAppStore(selectVisibleEntries);
  const lineFilter = useAppStore(selectLineFilter);
  const asOf = useAppStore((s) => s.timeline.asOf);

  // The source starts with every point (its `data` prop); the diff is taken against what it shows.
  const shown = useRef<Uint8Array>(new Uint8Array());
  useEffect(() => {
    shown.current = allPointsShown(data);
  }, [data]);

  // The rebuilt style holds the points as they were shown at the loss: the diff is taken from there.
  useEffect(() => {
    const source = live ? map?.getSource<GeoJSONSource>(PROJECT_POINTS_SOURCE) : undefined;
    if (!map || !source) return;
    const diff = pointsDiff(data, visible, shown.current);
    if (diff) void source.updateData(diff);
    performance.mark('atlas:filter-applied');
  }, [map, data, visible, live, generation]);

  // The timeline's day reaches the layers' status expressions as global state: no new data per step.
  useEffect(() => {
    if (!map || !live) return;
    map.setGlobalStateProperty(AS_OF_STATE, asOf ?? '');
    performance.mark('atlas:as-of-applied');
  }, [map, asOf, live, generation]);

  // Route layers may be added after this runs (they wait for the style): then apply when they appear.
  useEffect(() => {
    if (!map || !live) return;
    const ids = [PROJECT_LINE_CASING, PROJECT_LINE];
    const apply = () => {
      if (!ids.every((id) => map.getLayer(id))) return false;
      for (const id of ids) map.setFilter(id, lineFilter);
      return true;
    };
    if (apply()) return;
    const retry = () => {
      if (apply()) map.off('styledata', retry);
    };
    map.on('styledata', retry);
    return () => {
      map.off('styledata', retry);
    };
  }, [map, lineFilter, live, generation]);

  return null;
}
