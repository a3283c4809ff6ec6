/**
 * The thin adapter between the store and react-map-gl: one overlay map (districts, projects, the imagery
 * under them), composed from hooks with one job each. Jobs every map of the app shares live in lib/map/
 * (instance and WebGL recovery, following a camera, raster imagery, resize when shown again); this map's
 * own jobs live beside it (selection state, the store's camera, pointer, first idle, filters).
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import MapGL, { Layer, useMap, type ErrorEvent } from 'react-map-gl/maplibre';
import type { ImageryLayer } from '../data/imagery-schema.ts';
import { RasterImagery } from '../lib/map/raster-imagery.tsx';
import { useFollowCamera } from '../lib/map/use-follow-camera.ts';
import { useMapInstance } from '../lib/map/use-map-instance.ts';
import { useResizeOnShow } from '../lib/map/use-resize-on-show.ts';
import type { TileStatus } from '../lib/tile-health.ts';
import { useTileHealth } from '../lib/use-tile-health.ts';
import { useAppStore } from '../store/app-store.ts';
import { BACKGROUND_LAYER, baseStyle, BASE_IMAGERY_SOURCE, LAND_PAINT, OVERLAYS_START } from './basemap.ts';
import { FilterSync, type LineFilterSelector } from './filter-sync.tsx';
import { resolveLabelImages } from './label-images.ts';
import { initialViewState } from './initial-view.ts';
import { getMapLib } from './map-lib.ts';
import { FOLLOWER_MAP_OPTIONS, OVERLAY_MAP_OPTIONS } from './map-options.ts';
import { OverlayLayers } from './overlay-layers.tsx';
import { useFirstIdle } from './use-first-idle.ts';
import { useMapData } from './use-map-data.ts';
import { useMapPointer } from './use-map-pointer.ts';
import { useSelectionState } from './use-selection-state.ts';
import { useStoreCamera } from './use-store-camera.ts';

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
  const { map, generation, mount, attach, onLoad } = useMapInstance(id, {
    log: logError,
    onCreate: resolveLabelImages,
  });
  const shown = hidden ? undefined : map;
  const data = useMapData();
  useSelectionState(shown, generation, data.projectData, data.districtIds);
  const onMoveEnd = useStoreCamera(follow ? undefined : map);
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
  return (
    <section className={`map map-${id}`} aria-label={props.label ?? t('map.label')}>
      <MapGL
        // A new key creates the map anew: its context was lost and did not come back.
        key={mount}
        id={id}
        ref={attach}
        mapLib={getMapLib()}
        initialViewState={initialViewState(useAppStore.getState(), window.innerHeight)}
        mapStyle={mapStyle}
        {...OVERLAY_MAP_OPTIONS}
        {...(follow ? FOLLOWER_MAP_OPTIONS : undefined)}
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
        <OverlayLayers data={data} />
        {/* Filters reach a shown map only: one shown again gets them then. */}
        <FilterSync
          data={data.projectData}
          selectLineFilter={props.selectLineFilter}
          live={shown !== undefined}
          generation={generation}
        />
      </MapGL>
    </section>
  );
}
