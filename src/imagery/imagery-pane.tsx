/**
 * One side of a swipe or fade: a small, non-interactive map that draws only a satellite layer, beneath the
 * (transparent) overlay map and in step with its camera. Overlays are drawn once, by the map above, for
 * both sides; the divider and the fade only clip or fade this pane (compositing, no re-rendering).
 */
import type { CSSProperties } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import MapGL, { Layer, Source, useMap, type MapProps, type MapRef } from 'react-map-gl/maplibre';
import type { ImageryLayer } from '../data/schema.ts';
import { rasterSource } from '../lib/raster-source.ts';
import type { TileStatus } from '../lib/tile-health.ts';
import { useTileHealth } from '../lib/use-tile-health.ts';

const SOURCE = 'pane-imagery';
const LAND = '#e9e4d8';

interface Props {
  layer: ImageryLayer | undefined;
  /** The map to follow (react-map-gl MapProvider id). */
  follow: string;
  mapLib: MapProps['mapLib'];
  style: CSSProperties;
  generation: number;
  onStatus: (status: TileStatus) => void;
  testId: string;
}

export function ImageryPane({ layer, follow, mapLib, style, generation, onStatus, testId }: Props) {
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
    <div className="imagery-pane" style={style} data-testid={testId} aria-hidden="true">
      <MapGL
        id={testId}
        ref={paneRef}
        mapLib={mapLib}
        initialViewState={initial}
        interactive={false}
        attributionControl={false}
        mapStyle={{
          version: 8,
          sources: {},
          layers: [{ id: 'land', type: 'background', paint: { 'background-color': LAND } }],
        }}
        onLoad={(event) => {
          setLoaded(true);
          const atlas = window.__revivalAtlas;
          if (atlas) atlas.panes = { ...atlas.panes, [testId]: event.target };
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
    </div>
  );
}
