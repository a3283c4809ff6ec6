/**
 * A catalog imagery layer on a map: one raster source and its layer, or nothing. Keyed by layer and retry,
 * so a new layer or a retry re-creates the source and re-requests its tiles; nothing (a hidden kept map)
 * removes the source, so the map fetches no tile.
 */
import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { ImageryLayer } from '../../data/imagery-schema.ts';
import { rasterSource } from '../raster-source.ts';

const PAINT = { 'raster-fade-duration': 0 } as const;

interface Props {
  /** The id of both the source and its layer (tile health watches the source by it). */
  id: string;
  layer: ImageryLayer | undefined;
  /** Changing it re-requests the tiles (the visitor's "Retry"). */
  generation: number | string;
  /** The layer is drawn under this one (the map's overlays). */
  beforeId?: string;
}

export function RasterImagery({ id, layer, generation, beforeId }: Props) {
  const source = useMemo(() => layer && rasterSource(layer), [layer]);
  if (!layer || !source) return null;
  return (
    <Source key={`${layer.id}:${generation}`} id={id} {...source}>
      <Layer id={id} type="raster" beforeId={beforeId} paint={PAINT} />
    </Source>
  );
}
