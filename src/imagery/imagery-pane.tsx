/**
 * One side of a swipe or fade: a small, non-interactive map that draws only a satellite layer, beneath the
 * (transparent) overlay map and in step with its camera. Overlays are drawn once, by the map above, for
 * both sides; the divider and the fade only clip or fade this pane (compositing, no re-rendering). Kept
 * once created: hidden, it has no imagery source and follows no camera.
 */
import { memo } from 'react';
import MapGL, { useMap, type MapProps } from 'react-map-gl/maplibre';
import type { ImageryLayer } from '../data/imagery-schema.ts';
import { RasterImagery } from '../lib/map/raster-imagery.tsx';
import { initialViewOf, useFollowCamera } from '../lib/map/use-follow-camera.ts';
import { useMapInstance } from '../lib/map/use-map-instance.ts';
import { useResizeOnShow } from '../lib/map/use-resize-on-show.ts';
import type { TileStatus } from '../lib/tile-health.ts';
import { useTileHealth } from '../lib/use-tile-health.ts';
import { useAppStore } from '../store/app-store.ts';

const SOURCE = 'pane-imagery';
const LAND = '#e9e4d8';
/**
 * A constant, not an inline object: react-map-gl diffs a new mapStyle against the live style, which holds
 * the imagery source added by <Source>, and would remove it (and reload every tile) on each re-render.
 */
const PANE_STYLE = {
  version: 8,
  sources: {},
  layers: [{ id: 'land', type: 'background', paint: { 'background-color': LAND } }],
} satisfies MapProps['mapStyle'];

const logError = (message: string) => useAppStore.getState().logError(message);
const ignoreStatus = () => undefined;

interface Props {
  layer: ImageryLayer | undefined;
  /** The map to follow (react-map-gl MapProvider id). */
  follow: string;
  mapLib: MapProps['mapLib'];
  generation: number;
  onStatus: (status: TileStatus) => void;
  /** The pane's map id (the diagnostics hook lists it under `panes`) and its frame's test id. */
  testId: string;
  hidden: boolean;
}

/** Memoised: the divider re-renders only the frame around it (pane-frame.tsx), never the map. */
export const ImageryPane = memo(function ImageryPane({
  layer,
  follow,
  mapLib,
  generation,
  onStatus,
  testId,
  hidden,
}: Props) {
  const leader = useMap()[follow]?.getMap();
  const instance = useMapInstance(testId, { log: logError });
  // Measure first, then take the leader's camera.
  useResizeOnShow(instance.map, !hidden);
  useFollowCamera(instance.map, leader, { active: !hidden });
  const shown = hidden ? undefined : layer;
  const tiles = useTileHealth(SOURCE, `${shown?.id ?? ''}:${generation}`, hidden ? ignoreStatus : onStatus);

  // Not before the map it follows exists: started anywhere else (the world view), a pane would first fetch
  // the world's tiles, then jump. MapGL reads its initial view only when it mounts (or remounts).
  if (!leader) return null;
  return (
    <MapGL
      key={instance.mount}
      id={testId}
      ref={instance.attach}
      mapLib={mapLib}
      initialViewState={initialViewOf(leader)}
      interactive={false}
      attributionControl={false}
      mapStyle={PANE_STYLE}
      onLoad={instance.onLoad}
      onSourceData={tiles.onSourceData}
      onError={(event) => void tiles.onError(event)}
      onIdle={tiles.onIdle}
    >
      <RasterImagery id={SOURCE} layer={shown} generation={generation} />
    </MapGL>
  );
});
