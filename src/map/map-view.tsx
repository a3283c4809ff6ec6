/**
 * The thin adapter between the store and react-map-gl: one overlay map (districts, projects, the imagery
 * under them), composed from hooks with one job each. Map-wide jobs shared with the imagery panes live in
 * lib/map/ (instance and WebGL recovery, following a camera, raster imagery, resize when shown again);
 * this map's own jobs live beside it (selection state, camera requests, pointer, first idle).
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import MapGL, {
  Layer,
  useMap,
  type ErrorEvent,
  type MapProps,
  type ViewStateChangeEvent,
} from 'react-map-gl/maplibre';
import type { ImageryLayer } from '../data/schema.ts';
import { RasterImagery } from '../lib/map/raster-imagery.tsx';
import { useFollowCamera } from '../lib/map/use-follow-camera.ts';
import { useMapInstance } from '../lib/map/use-map-instance.ts';
import { useResizeOnShow } from '../lib/map/use-resize-on-show.ts';
import type { TileStatus } from '../lib/tile-health.ts';
import { useTileHealth } from '../lib/use-tile-health.ts';
import { useAppStore } from '../store/app-store.ts';
import {
  BACKGROUND_LAYER,
  baseStyle,
  BASE_IMAGERY_SOURCE,
  LAND_PAINT,
  MAX_BOUNDS,
  MAX_ZOOM,
  MIN_ZOOM,
  OVERLAYS_START,
} from './basemap.ts';
import type { LineFilterSelector } from './filter-sync.tsx';
import { resolveLabelImages } from './label-images.ts';
import { DISTRICT_FILL } from './layers/districts.ts';
import { PROJECT_INTERACTIVE_LAYERS } from './layers/projects.ts';
import { getMapLib } from './map-lib.ts';
import { OverlayLayers } from './overlay-layers.tsx';
import { useCameraRequests } from './use-camera-requests.ts';
import { useFirstIdle } from './use-first-idle.ts';
import { useMapData } from './use-map-data.ts';
import { useMapPointer } from './use-map-pointer.ts';
import { useSelectionState } from './use-selection-state.ts';

/** Read once, when a map is created: the map owns its camera after that. */
const MAP_OPTIONS: MapProps = {
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  maxBounds: MAX_BOUNDS,
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  interactiveLayerIds: [...PROJECT_INTERACTIVE_LAYERS, DISTRICT_FILL],
};

const logError = (message: string) => useAppStore.getState().logError(message);
const ignoreStatus = () => undefined;

export interface MapViewProps {
  selectLineFilter: LineFilterSelector;
  /** The map's id for react-map-gl's MapProvider (`main`; `secondary` is the right map side by side). */
  id?: 'main' | 'secondary';
  /** The satellite layer drawn under the overlays; none shows the land background (or what is beneath). */
  imagery: ImageryLayer | undefined;
  /** Let the maps beneath show through (the swipe and fade panes): no background, no imagery. */
  transparent?: boolean;
  /** Keep the camera in step with this map, both ways (side by side); camera requests move the leader. */
  follow?: string;
  /** Kept but not shown: no imagery fetched, no camera followed, no status reported. */
  hidden?: boolean;
  onImageryStatus: (status: TileStatus) => void;
  /** Changing it re-requests the imagery (the visitor's "Retry"). */
  imageryGeneration?: string;
  label?: string;
  /** Called once, when the map first drew with the data (the leading map only). */
  onFirstIdle?: () => void;
}

export function MapView(props: MapViewProps) {
  const { id = 'main', imagery, transparent = false, follow, hidden = false, imageryGeneration = '' } = props;
  const { t } = useTranslation();
  // One style object per map, never a new one: react-map-gl would diff it against the live style.
  const [mapStyle] = useState(baseStyle);
  const lang = useAppStore((s) => s.ui.lang);
  const { map, generation, mount, attach, onLoad } = useMapInstance(id, {
    log: logError,
    onCreate: resolveLabelImages,
  });
  const shown = hidden ? undefined : map;
  const data = useMapData();
  useSelectionState(shown, generation, data.projectData, data.districtIds);
  useCameraRequests(follow ? undefined : map);
  useFirstIdle(map, props.onFirstIdle);
  const leader = useMap()[follow ?? '']?.getMap();
  // Measure first, then take the leader's camera.
  useResizeOnShow(map, !hidden);
  useFollowCamera(map, leader, { active: !hidden, both: true });
  const pointer = useMapPointer(map, generation);

  const visibleImagery = transparent || hidden ? undefined : imagery;
  const tiles = useTileHealth(
    BASE_IMAGERY_SOURCE,
    `${visibleImagery?.id ?? ''}:${imageryGeneration}`,
    hidden ? ignoreStatus : props.onImageryStatus,
  );
  const onError = useCallback(
    (event: ErrorEvent) => {
      if (!tiles.onError(event)) console.error('Revival Atlas: map error', event.error);
    },
    [tiles],
  );
  const setView = useAppStore((s) => s.setView);
  const onMoveEnd = useCallback(
    ({ viewState: { zoom, latitude, longitude } }: ViewStateChangeEvent) =>
      setView({ zoom, lat: latitude, lon: longitude }),
    [setView],
  );
  // Read when a map is created: a map created anew (lost context) opens where the last one was.
  const view = useAppStore.getState().ui.view;

  return (
    <section className={`map map-${id}`} aria-label={props.label ?? t('map.label')}>
      <MapGL
        // A new key creates the map anew: its context was lost and did not come back.
        key={mount}
        id={id}
        ref={attach}
        mapLib={getMapLib()}
        initialViewState={{ zoom: view.zoom, latitude: view.lat, longitude: view.lon }}
        mapStyle={mapStyle}
        {...MAP_OPTIONS}
        onLoad={onLoad}
        onSourceData={tiles.onSourceData}
        onError={onError}
        onIdle={tiles.onIdle}
        {...pointer}
        // The store's view is the leading map's.
        onMoveEnd={follow ? undefined : onMoveEnd}
      >
        {/* The background hides when the panes beneath must show through. */}
        <Layer
          id={BACKGROUND_LAYER}
          type="background"
          beforeId={OVERLAYS_START}
          paint={LAND_PAINT}
          layout={{ visibility: transparent ? 'none' : 'visible' }}
        />
        <RasterImagery
          id={BASE_IMAGERY_SOURCE}
          layer={visibleImagery}
          generation={imageryGeneration}
          beforeId={OVERLAYS_START}
        />
        <OverlayLayers
          data={data}
          lang={lang}
          selectLineFilter={props.selectLineFilter}
          live={shown !== undefined}
          generation={generation}
        />
      </MapGL>
    </section>
  );
}
