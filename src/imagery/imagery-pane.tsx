/**
 * One side of a swipe or fade: a small, non-interactive map that draws only a satellite layer, beneath the
 * (transparent) overlay map and in step with its camera. Overlays are drawn once, by the map above, for
 * both sides; the divider and the fade only clip or fade this pane (compositing, no re-rendering).
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import MapGL, { Layer, Source, useMap, type MapProps, type MapRef } from 'react-map-gl/maplibre';
import type { ImageryLayer } from '../data/schema.ts';
import { rasterSource } from '../lib/raster-source.ts';
import type { TileStatus } from '../lib/tile-health.ts';
import { useTileHealth } from '../lib/use-tile-health.ts';
import { useContextRecovery } from '../lib/use-context-recovery.ts';

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

interface Props {
  layer: ImageryLayer | undefined;
  /** The map to follow (react-map-gl MapProvider id). */
  follow: string;
  mapLib: MapProps['mapLib'];
  generation: number;
  onStatus: (status: TileStatus) => void;
  testId: string;
}

/** Memoised: the divider re-renders only the frame around it (pane-frame.tsx), never the map. */
export const ImageryPane = memo(function ImageryPane({
  layer,
  follow,
  mapLib,
  generation,
  onStatus,
  testId,
}: Props) {
  const leader = useMap()[follow];
  const paneRef = useRef<MapRef>(null);
  // MapLibre restores a lost context by itself; one that never comes back gets a new map (a new mount).
  const [loadedMap, setLoadedMap] = useState<{ map: MapLibreMap; mount: number }>();
  const gl = useContextRecovery(loadedMap?.map);
  const loaded = loadedMap?.mount === gl.mount;
  const source = useMemo(() => layer && rasterSource(layer), [layer]);
  const tiles = useTileHealth(SOURCE, `${layer?.id ?? ''}:${generation}`, onStatus);

  useEffect(() => {
    const pane = paneRef.current;
    if (!leader || !pane || !loaded) return;
    const sync = () =>
      pane.jumpTo({
        center: leader.getCenter(),
        zoom: leader.getZoom(),
        bearing: leader.getBearing(),
        pitch: leader.getPitch(),
      });
    sync();
    leader.on('move', sync);
    leader.on('resize', sync);
    return () => {
      leader.off('move', sync);
      leader.off('resize', sync);
    };
  }, [leader, loaded]);

  // Diagnostics (browser tests): the live panes, registered even before the main map loads, and forgotten
  // when removed (a removed map would otherwise stay in memory).
  useEffect(() => {
    const map = loadedMap?.map;
    if (!map) return;
    window.__revivalAtlasPanes = { ...window.__revivalAtlasPanes, [testId]: map };
    return () => {
      if (window.__revivalAtlasPanes?.[testId] === map) window.__revivalAtlasPanes[testId] = undefined;
    };
  }, [loadedMap, testId]);

  // Not before the map it follows exists: started anywhere else (the world view), a pane would first fetch
  // the world's tiles, then jump. MapGL reads its initial view only when it mounts (or remounts).
  if (!leader) return null;
  return (
    <MapGL
      key={gl.mount}
      id={testId}
      ref={paneRef}
      mapLib={mapLib}
      initialViewState={{
        longitude: leader.getCenter().lng,
        latitude: leader.getCenter().lat,
        zoom: leader.getZoom(),
        bearing: leader.getBearing(),
        pitch: leader.getPitch(),
      }}
      interactive={false}
      attributionControl={false}
      mapStyle={PANE_STYLE}
      onLoad={(event) => setLoadedMap({ map: event.target, mount: gl.mount })}
      onSourceData={tiles.onSourceData}
      onError={(event) => void tiles.onError(event)}
      onIdle={tiles.onIdle}
    >
      {layer && source && (
        <Source key={`${layer.id}:${generation}`} id={SOURCE} {...source}>
          <Layer id={SOURCE} type="raster" paint={{ 'raster-fade-duration': 0 }} />
        </Source>
      )}
    </MapGL>
  );
});
