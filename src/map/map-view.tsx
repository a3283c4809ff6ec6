/**
 * The thin adapter between the store and react-map-gl: it feeds sources and layer specs built by pure
 * functions, and turns pointer events into store actions. Hover and selection are feature-state, never
 * new data.
 */
import type { GeoJSONSource, MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import MapGL, {
  Layer,
  Source,
  type ErrorEvent,
  type MapLayerMouseEvent,
  type MapRef,
  type MapSourceDataEvent,
  type ViewStateChangeEvent,
} from 'react-map-gl/maplibre';
import { useAppStore } from '../store/app-store.ts';
import { baseStyle, BASE_IMAGERY_SOURCE, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './basemap.ts';
import { imageryStatusOf, initialHealth, recordTile } from './imagery-health.ts';
import {
  DISTRICT_FILL,
  DISTRICT_LABELS_SOURCE,
  districtLayers,
  DISTRICTS_SOURCE,
  REGION_SOURCE,
} from './layers/districts.ts';
import {
  CLUSTER_OPTIONS,
  PROJECT_CLUSTER,
  PROJECT_INTERACTIVE_LAYERS,
  PROJECT_LINES_SOURCE,
  PROJECT_POINTS_SOURCE,
  projectLayers,
} from './layers/projects.ts';
import { districtLabelsToMap, districtsToMap, projectsToMap, regionOutline } from './map-data.ts';
import { baseImageryLayer } from './selectors.ts';

const loadMapLib = () => import('./maplibre.ts').then((module) => module.mapLib);
let mapLibPromise: ReturnType<typeof loadMapLib> | undefined;

const INTERACTIVE_LAYERS = [...PROJECT_INTERACTIVE_LAYERS, DISTRICT_FILL];

interface Hovered {
  source: string;
  id: string | number;
}

declare global {
  interface Window {
    /** Diagnostics hook (browser tests, kiosk operator panel): the live map. */
    __revivalAtlas?: { map: MapLibreMap };
  }
}

function sourceOf(feature: MapGeoJSONFeature): string {
  return feature.layer.source;
}

export function MapView() {
  const { t } = useTranslation();
  const mapRef = useRef<MapRef>(null);
  const hovered = useRef<Hovered | undefined>(undefined);
  const lang = useAppStore((s) => s.ui.lang);
  const districts = useAppStore((s) => s.data.districts);
  const projects = useAppStore((s) => s.data.projects);
  const imagery = useAppStore((s) => baseImageryLayer(s.data.imagery));
  const selectedProjectId = useAppStore((s) => s.ui.selectedProjectId);
  // The map owns its camera after start; the store follows it (onMoveEnd), not the other way round.
  const [initialView] = useState(() => useAppStore.getState().ui.view);
  const { setView, selectProject, setImageryStatus } = useAppStore.getState();

  const mapStyle = useMemo(() => baseStyle(imagery), [imagery]);
  const districtData = useMemo(() => districtsToMap(districts), [districts]);
  const labelData = useMemo(() => districtLabelsToMap(districts), [districts]);
  const outline = useMemo(() => regionOutline(districts), [districts]);
  const projectData = useMemo(() => projectsToMap(projects), [projects]);
  const mapLayers = useMemo(() => [...districtLayers(lang), ...projectLayers()], [lang]);

  const setHover = useCallback((next: Hovered | undefined) => {
    const map = mapRef.current;
    const previous = hovered.current;
    if (!map || (previous?.id === next?.id && previous?.source === next?.source)) return;
    if (previous) map.setFeatureState(previous, { hover: false });
    if (next) map.setFeatureState(next, { hover: true });
    hovered.current = next;
  }, []);

  const onMouseMove = useCallback(
    (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      setHover(feature?.id === undefined ? undefined : { source: sourceOf(feature), id: feature.id });
      const canvas = mapRef.current?.getCanvas();
      if (canvas) canvas.style.cursor = feature && sourceOf(feature) !== DISTRICTS_SOURCE ? 'pointer' : '';
    },
    [setHover],
  );

  const onClick = useCallback(
    async (event: MapLayerMouseEvent) => {
      const feature = event.features?.find((candidate) => sourceOf(candidate) !== DISTRICTS_SOURCE);
      const map = mapRef.current;
      if (!feature || !map) return;
      if (feature.layer.id === PROJECT_CLUSTER) {
        const source = map.getSource<GeoJSONSource>(PROJECT_POINTS_SOURCE);
        const clusterId = feature.properties.cluster_id as number;
        const zoom = await source?.getClusterExpansionZoom(clusterId);
        if (zoom !== undefined && feature.geometry.type === 'Point') {
          map.easeTo({ center: feature.geometry.coordinates as [number, number], zoom });
        }
        return;
      }
      const pid = feature.properties.pid;
      if (typeof pid === 'string') selectProject(pid);
    },
    [selectProject],
  );

  // Selection is feature-state too: the marker of the open project is drawn larger and outlined.
  useEffect(() => {
    const map = mapRef.current;
    const id = selectedProjectId === undefined ? undefined : projectData.numericIds.get(selectedProjectId);
    if (!map || id === undefined) return;
    const source =
      projectData.sourceOf.get(selectedProjectId ?? '') === 'lines'
        ? PROJECT_LINES_SOURCE
        : PROJECT_POINTS_SOURCE;
    const apply = () => map.getSource(source) && map.setFeatureState({ source, id }, { selected: true });
    apply();
    return () => {
      if (map.getSource(source)) map.setFeatureState({ source, id }, { selected: false });
    };
  }, [selectedProjectId, projectData]);

  // Tile events arrive from the first frame, before 'load': they go through props registered at creation.
  const health = useRef(initialHealth);
  const onTile = useCallback(
    (outcome: 'loaded' | 'failed') => {
      health.current = recordTile(health.current, outcome);
      setImageryStatus(imageryStatusOf(health.current, navigator.onLine));
    },
    [setImageryStatus],
  );
  const onSourceData = useCallback(
    (event: MapSourceDataEvent) => {
      if (event.sourceId === BASE_IMAGERY_SOURCE && event.tile) onTile('loaded');
    },
    [onTile],
  );
  const onError = useCallback(
    (event: ErrorEvent) => {
      if ('sourceId' in event && event.sourceId === BASE_IMAGERY_SOURCE) onTile('failed');
      else console.error('Revival Atlas: map error', event.error);
    },
    [onTile],
  );

  const onLoad = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map) return;
    window.__revivalAtlas = { map };
    // Start-up time is a benchmark (bench/first-idle.ts): mark when the map first has everything drawn.
    map.once('idle', () => performance.mark('atlas:first-idle'));
    setImageryStatus(imageryStatusOf(health.current, navigator.onLine));
  }, [setImageryStatus]);

  const onMoveEnd = useCallback(
    (event: ViewStateChangeEvent) => {
      const { zoom, latitude, longitude } = event.viewState;
      setView({ zoom, lat: latitude, lon: longitude });
    },
    [setView],
  );

  mapLibPromise ??= loadMapLib();

  return (
    <section className="map" aria-label={t('map.label')}>
      <MapGL
        ref={mapRef}
        mapLib={mapLibPromise}
        initialViewState={{ zoom: initialView.zoom, latitude: initialView.lat, longitude: initialView.lon }}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        maxBounds={MAX_BOUNDS}
        mapStyle={mapStyle}
        attributionControl={false}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        interactiveLayerIds={INTERACTIVE_LAYERS}
        onLoad={onLoad}
        onSourceData={onSourceData}
        onError={onError}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHover(undefined)}
        onClick={(event) => void onClick(event)}
        onMoveEnd={onMoveEnd}
      >
        {/* Sources first, then every layer in drawing order (layers name their source). */}
        <Source id={DISTRICTS_SOURCE} type="geojson" data={districtData} />
        <Source id={REGION_SOURCE} type="geojson" data={outline} />
        <Source id={DISTRICT_LABELS_SOURCE} type="geojson" data={labelData} />
        <Source id={PROJECT_LINES_SOURCE} type="geojson" data={projectData.lines} />
        <Source id={PROJECT_POINTS_SOURCE} type="geojson" data={projectData.points} {...CLUSTER_OPTIONS} />
        {mapLayers.map((layer) => (
          <Layer key={layer.id} {...layer} />
        ))}
      </MapGL>
    </section>
  );
}
