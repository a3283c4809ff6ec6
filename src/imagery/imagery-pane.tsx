/**
 * One side of a swipe or fade: a small, non-interactive map that draws only a satellite layer, beneath the
 * (transparent) overlay map and in step with its camera. Overlays are drawn once, by the map above, for
 * both sides; the divider and the fade only clip or fade this pane (compositing, no re-rendering).
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import MapGL, { Layer, Source, useMap, type MapProps, type MapRef } from 'react-map-gl/maplibre';
import type { ImageryLayer } from '../data/schema.ts';
import { rasterSource } from '../lib/raster-source.ts';
import type { TileStatus } from '../lib/tile-health.ts';
import { useTileHealth } from '../lib/use-tile-health.ts';

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
  const [loaded, setLoaded] = useState(false);
  const source = useMemo(() => layer && rasterSource(layer), [layer]);
  const tiles = useTileHealth(SOURCE, `${layer?.id ?? ''}:${generation}`, onStatus);
  const [initial] = useState(() =>
    leader
      ? { longitude: leader.getCenter().lng, latitude: leader.getCenter().lat, zoom: leader.getZoom() }
      : undefined,
  );

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

  return (
    <MapGL
      id={testId}
      ref={paneRef}
      mapLib={mapLib}
      initialViewState={initial}
      interactive={false}
      attributionControl={false}
      mapStyle={PANE_STYLE}
      onLoad={(event) => {
        setLoaded(true);
        // Diagnostics (browser tests): the live panes, registered even before the main map loads.
        window.__revivalAtlasPanes = { ...window.__revivalAtlasPanes, [testId]: event.target };
      }}
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
