/**
 * The thin adapter between the store and react-map-gl: it feeds sources and layer specs built by pure
 * functions, and turns pointer events into store actions. Hover and selection are feature-state, never
 * new data. The filter reaches the clustered points as a data diff (clusters are computed before layer
 * filters) and the routes as a layer filter.
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
  useMap,
  type ViewStateChangeEvent,
} from 'react-map-gl/maplibre';
import { bboxOf } from '../lib/geo.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectEntries } from '../store/selectors.ts';
import {
  BACKGROUND_LAYER,
  baseStyle,
  BASE_IMAGERY_LAYER,
  BASE_IMAGERY_SOURCE,
  LAND_PAINT,
  MAX_BOUNDS,
  MAX_ZOOM,
  MIN_ZOOM,
  OVERLAYS_START,
} from './basemap.ts';
import type { ImageryLayer } from '../data/schema.ts';
import { rasterSource } from '../lib/raster-source.ts';
import type { TileStatus } from '../lib/tile-health.ts';
import { useTileHealth } from '../lib/use-tile-health.ts';
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
import { FilterSync, type LineFilterSelector } from './filter-sync.tsx';
import { districtLabelsToMap, districtsToMap, projectsToMap, regionOutline } from './map-data.ts';
import { usePrefersReducedMotion } from '../lib/use-prefers-reduced-motion.ts';
import type { ContextEvent } from '../lib/context-recovery.ts';
import { useContextRecovery } from '../lib/use-context-recovery.ts';

const loadMapLib = () => import('./maplibre.ts').then((module) => module.mapLib);
let mapLibPromise: ReturnType<typeof loadMapLib> | undefined;

/** Starts fetching MapLibre (its own chunk) before React renders, in parallel with the app's start-up. */
export function preloadMapLib(): void {
  mapLibPromise ??= loadMapLib();
}

/** MapLibre with the app's set-up, for every map of the app (react-map-gl's `mapLib`). */
export function getMapLib(): NonNullable<typeof mapLibPromise> {
  mapLibPromise ??= loadMapLib();
  return mapLibPromise;
}

const INTERACTIVE_LAYERS = [...PROJECT_INTERACTIVE_LAYERS, DISTRICT_FILL];

interface FeatureRef {
  source: string;
  id: string | number;
}

declare global {
  interface Window {
    /** Diagnostics hook (browser tests, benchmarks, the kiosk operator panel): the live map and store. */
    __revivalAtlas?: {
      map: MapLibreMap;
      store: typeof useAppStore;
      secondary?: MapLibreMap;
    };
    /** The imagery panes of a swipe or fade, by id. */
    __revivalAtlasPanes?: Record<string, MapLibreMap | undefined>;
  }
}

function sourceOf(feature: MapGeoJSONFeature): string {
  return feature.layer.source;
}

/**
 * Keeps one feature in a feature-state flag (hover, selected): setting a new one clears the previous. A new
 * `generation` (the map's drawing state was rebuilt after a WebGL context loss) has no feature state: the
 * flag is set again even on the same feature.
 */
function useFeatureFlag(mapRef: React.RefObject<MapRef | null>, flag: string, generation: number) {
  const current = useRef<{ feature: FeatureRef | undefined; generation: number }>({
    feature: undefined,
    generation,
  });
  return useCallback(
    (next: FeatureRef | undefined) => {
      const map = mapRef.current;
      const previous = current.current.generation === generation ? current.current.feature : undefined;
      const same = previous?.id === next?.id && previous?.source === next?.source;
      if (!map || (same && current.current.generation === generation)) return;
      if (previous && map.getSource(previous.source)) map.setFeatureState(previous, { [flag]: false });
      if (next && map.getSource(next.source)) map.setFeatureState(next, { [flag]: true });
      current.current = { feature: next, generation };
    },
    [mapRef, flag, generation],
  );
}

const contextMessages: Record<ContextEvent, string> = {
  lost: 'WebGL context lost',
  restored: 'WebGL context restored',
  timeout: 'WebGL context not restored in time: map created anew',
};

export interface MapViewProps {
  selectLineFilter: LineFilterSelector;
  /** The map's id for react-map-gl's MapProvider (`main`; `secondary` is the right pane side by side). */
  id?: 'main' | 'secondary';
  /** The satellite layer drawn under the overlays; none shows the land background (or what is beneath). */
  imagery: ImageryLayer | undefined;
  /** Let the maps beneath show through (the swipe and fade panes): no background, no imagery. */
  transparent?: boolean;
  /** Keep the camera in step with another map (side by side); both follow each other. */
  follow?: string;
  onImageryStatus: (status: TileStatus) => void;
  /** Changing it re-requests the imagery (the visitor's "Retry"). */
  imageryGeneration?: string;
  label?: string;
}

export function MapView({
  selectLineFilter,
  id = 'main',
  imagery,
  transparent = false,
  follow,
  onImageryStatus,
  imageryGeneration = '',
  label,
}: MapViewProps) {
  const { t } = useTranslation();
  const maps = useMap();
  const mapRef = useRef<MapRef>(null);
  // The map that fired 'load', and for which mount (a new mount replaces a map whose context was lost).
  const [loadedMap, setLoadedMap] = useState<{ map: MapLibreMap; mount: number }>();
  const reportContext = useCallback(
    (event: ContextEvent) => useAppStore.getState().logError(`${contextMessages[event]} (${id} map)`),
    [id],
  );
  const gl = useContextRecovery(loadedMap?.map, reportContext);
  // Loaded, and its context live: only then may the app touch the map's sources and layers.
  const loaded = loadedMap?.mount === gl.mount && !gl.lost;
  const lang = useAppStore((s) => s.ui.lang);
  const districts = useAppStore((s) => s.data.districts);
  const entries = useAppStore(selectEntries);
  const selectedProjectId = useAppStore((s) => s.ui.selectedProjectId);
  const selectedDistrictId = useAppStore((s) => s.ui.selectedDistrictId);
  const hoveredProjectId = useAppStore((s) => s.ui.hoveredProjectId);
  const camera = useAppStore((s) => s.ui.camera);
  const reducedMotion = usePrefersReducedMotion();
  // The map owns its camera after start; the store follows it (onMoveEnd), not the other way round. A map
  // created anew (lost context) opens where the last one was.
  const [initial, setInitial] = useState(() => ({ mount: gl.mount, view: useAppStore.getState().ui.view }));
  if (initial.mount !== gl.mount) setInitial({ mount: gl.mount, view: useAppStore.getState().ui.view });
  const initialView = initial.view;
  const { setView, selectProject, selectDistrict, requestCamera } = useAppStore.getState();

  const mapStyle = useMemo(() => baseStyle(), []);
  const imagerySource = useMemo(() => imagery && rasterSource(imagery), [imagery]);
  const districtData = useMemo(() => districtsToMap(districts), [districts]);
  const labelData = useMemo(() => districtLabelsToMap(districts), [districts]);
  const outline = useMemo(() => regionOutline(districts), [districts]);
  const projectData = useMemo(() => projectsToMap(entries), [entries]);
  const mapLayers = useMemo(() => [...districtLayers(lang), ...projectLayers()], [lang]);
  const districtIds = useMemo(
    () => new Map(districtData.features.map((f) => [f.properties.code, f.id])),
    [districtData],
  );

  const projectRef = useCallback(
    (id: string | undefined): FeatureRef | undefined => {
      const numericId = id === undefined ? undefined : projectData.numericIds.get(id);
      if (numericId === undefined || id === undefined) return undefined;
      return {
        source: projectData.sourceOf.get(id) === 'lines' ? PROJECT_LINES_SOURCE : PROJECT_POINTS_SOURCE,
        id: numericId,
      };
    },
    [projectData],
  );

  const setHover = useFeatureFlag(mapRef, 'hover', gl.generation);
  const setListHover = useFeatureFlag(mapRef, 'hover', gl.generation);
  const setSelectedProject = useFeatureFlag(mapRef, 'selected', gl.generation);
  const setSelectedDistrict = useFeatureFlag(mapRef, 'selected', gl.generation);
  useEffect(() => {
    if (loaded) setSelectedProject(projectRef(selectedProjectId));
  }, [loaded, selectedProjectId, projectRef, setSelectedProject]);
  useEffect(() => {
    if (loaded) setListHover(projectRef(hoveredProjectId));
  }, [loaded, hoveredProjectId, projectRef, setListHover]);
  useEffect(() => {
    const id = selectedDistrictId === undefined ? undefined : districtIds.get(selectedDistrictId);
    if (loaded) setSelectedDistrict(id === undefined ? undefined : { source: DISTRICTS_SOURCE, id });
  }, [loaded, selectedDistrictId, districtIds, setSelectedDistrict]);

  // Each request moves the camera once: not again when the map comes back from a lost context.
  const cameraDone = useRef<number | undefined>(undefined);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !camera || !loaded || cameraDone.current === camera.id) return;
    cameraDone.current = camera.id;
    const duration = reducedMotion ? 0 : 1200;
    if (camera.kind === 'point')
      map.flyTo({
        center: camera.center,
        zoom: camera.closerOnly ? Math.max(map.getZoom(), camera.zoom) : camera.zoom,
        duration,
      });
    else map.fitBounds(camera.bounds, { padding: 40, duration });
  }, [camera, loaded, reducedMotion]);

  const onMouseMove = useCallback(
    (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      setHover(feature?.id === undefined ? undefined : { source: sourceOf(feature), id: feature.id });
      const canvas = mapRef.current?.getCanvas();
      if (canvas) canvas.style.cursor = feature ? 'pointer' : '';
    },
    [setHover],
  );

  const onClick = useCallback(
    async (event: MapLayerMouseEvent) => {
      const map = mapRef.current;
      const features = event.features ?? [];
      const feature = features.find((candidate) => sourceOf(candidate) !== DISTRICTS_SOURCE) ?? features[0];
      if (!feature || !map) return;
      if (feature.layer.id === PROJECT_CLUSTER) {
        const source = map.getSource<GeoJSONSource>(PROJECT_POINTS_SOURCE);
        const zoom = await source?.getClusterExpansionZoom(feature.properties.cluster_id as number);
        if (zoom !== undefined && feature.geometry.type === 'Point') {
          map.easeTo({
            center: feature.geometry.coordinates as [number, number],
            zoom,
            duration: reducedMotion ? 0 : 500,
          });
        }
        return;
      }
      const { pid, code } = feature.properties;
      if (typeof pid === 'string') selectProject(pid);
      else if (typeof code === 'string') {
        selectDistrict(code);
        const district = useAppStore.getState().data.districtsById.get(code);
        if (district)
          requestCamera({ bounds: bboxOf({ type: 'Feature', geometry: district.geometry, properties: {} }) });
      }
    },
    [selectProject, selectDistrict, requestCamera, reducedMotion],
  );

  // Start-up time is a benchmark (bench/first-idle.ts): mark the first idle with the data drawn. This
  // effect runs after the sources' own effects have handed them the data.
  const dataReady = useAppStore((s) => s.data.status === 'ready');
  useEffect(() => {
    const map = loaded && dataReady ? mapRef.current?.getMap() : undefined;
    if (!map || performance.getEntriesByName('atlas:first-idle').length > 0) return;
    map.once('idle', () => {
      performance.mark('atlas:first-idle');
      window.dispatchEvent(new Event('atlas:first-idle'));
    });
    map.triggerRepaint();
  }, [loaded, dataReady]);

  const visibleImagery = transparent ? undefined : imagery;
  const tiles = useTileHealth(
    BASE_IMAGERY_SOURCE,
    `${visibleImagery?.id ?? ''}:${imageryGeneration}`,
    onImageryStatus,
  );
  const onError = useCallback(
    (event: ErrorEvent) => {
      if (!tiles.onError(event)) console.error('Revival Atlas: map error', event.error);
    },
    [tiles],
  );

  // Side by side: each map follows the other's camera when a visitor moves it.
  useEffect(() => {
    const self = mapRef.current;
    const other = follow ? maps[follow] : undefined;
    if (!self || !other || !loaded) return;
    const copy = (from: MapRef, to: MapRef) => (event: { originalEvent?: unknown }) => {
      if (!event.originalEvent) return;
      to.jumpTo({
        center: from.getCenter(),
        zoom: from.getZoom(),
        bearing: from.getBearing(),
        pitch: from.getPitch(),
      });
    };
    const fromOther = copy(other, self);
    const fromSelf = copy(self, other);
    copy(other, self)({ originalEvent: true });
    other.on('move', fromOther);
    self.on('move', fromSelf);
    return () => {
      other.off('move', fromOther);
      self.off('move', fromSelf);
    };
  }, [follow, maps, loaded]);

  // The map comes from the event: 'load' can fire before React has set the ref (seen on touch devices).
  const onLoad = useCallback(
    (event: { target: MapLibreMap }) => {
      const map = event.target;
      if (id === 'main') window.__revivalAtlas = { ...window.__revivalAtlas, map, store: useAppStore };
      else if (window.__revivalAtlas) window.__revivalAtlas.secondary = map;
      setLoadedMap({ map, mount: gl.mount });
    },
    [id, gl.mount],
  );

  // A removed side-by-side map is forgotten by the diagnostics hook (it would otherwise stay in memory).
  useEffect(() => {
    const map = loadedMap?.map;
    if (id !== 'secondary' || !map) return;
    return () => {
      if (window.__revivalAtlas?.secondary === map) window.__revivalAtlas.secondary = undefined;
    };
  }, [id, loadedMap]);

  const onMoveEnd = useCallback(
    (event: ViewStateChangeEvent) => {
      const { zoom, latitude, longitude } = event.viewState;
      setView({ zoom, lat: latitude, lon: longitude });
    },
    [setView],
  );

  return (
    <section className={`map map-${id}`} aria-label={label ?? t('map.label')}>
      <MapGL
        // A new key creates the map anew: its context was lost and did not come back.
        key={gl.mount}
        id={id}
        ref={mapRef}
        mapLib={getMapLib()}
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
        onSourceData={tiles.onSourceData}
        onError={onError}
        onIdle={tiles.onIdle}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHover(undefined)}
        onClick={(event) => void onClick(event)}
        onMoveEnd={onMoveEnd}
      >
        {/* The background hides when the panes beneath must show through. */}
        <Layer
          id={BACKGROUND_LAYER}
          type="background"
          beforeId={OVERLAYS_START}
          paint={LAND_PAINT}
          layout={{ visibility: transparent ? 'none' : 'visible' }}
        />
        {visibleImagery && imagerySource && (
          // Keyed by layer and retry: a new layer or a retry re-creates the source and re-requests its tiles.
          <Source
            key={`${visibleImagery.id}:${imageryGeneration}`}
            id={BASE_IMAGERY_SOURCE}
            {...imagerySource}
          >
            <Layer
              id={BASE_IMAGERY_LAYER}
              type="raster"
              beforeId={OVERLAYS_START}
              paint={{ 'raster-fade-duration': 0 }}
            />
          </Source>
        )}
        {/* Sources first, then every layer in drawing order (layers name their source). */}
        <Source id={DISTRICTS_SOURCE} type="geojson" data={districtData} />
        <Source id={REGION_SOURCE} type="geojson" data={outline} />
        <Source id={DISTRICT_LABELS_SOURCE} type="geojson" data={labelData} />
        <Source id={PROJECT_LINES_SOURCE} type="geojson" data={projectData.lines} />
        <Source id={PROJECT_POINTS_SOURCE} type="geojson" data={projectData.points} {...CLUSTER_OPTIONS} />
        {mapLayers.map((layer) => (
          <Layer key={layer.id} {...layer} />
        ))}
        <FilterSync
          data={projectData}
          selectLineFilter={selectLineFilter}
          live={loaded}
          generation={gl.generation}
        />
      </MapGL>
    </section>
  );
}
