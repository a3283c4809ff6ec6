/**
 * A catalog imagery layer on a map: raster sources and layers, or nothing. A new layer or a retry
 * re-creates a source and re-requests its tiles; nothing (a hidden kept map) removes them, so the map
 * fetches no tile.
 *
 * A new date never shows half loaded: its source loads unseen (opacity 0) while the previous date stays
 * drawn, and it is shown, in the same frame as the previous one is removed, once its tiles in view are
 * all loaded (imagery-slots.ts). Only what is in view is fetched, as for any layer.
 */
import type { MapSourceDataEvent } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { Layer, Source, useMap } from 'react-map-gl/maplibre';
import type { ImageryLayer } from '../../data/imagery-schema.ts';
import { rasterSource } from '../raster-source.ts';
import { setImageryPending } from './imagery-pending.ts';
import { complete, NO_SLOTS, pendingOf, slotId, want, type Slot, type SlotIndex } from './imagery-slots.ts';

// No fade and no opacity transition: a date appears whole, in one frame.
const SHOWN = {
  'raster-fade-duration': 0,
  'raster-opacity': 1,
  'raster-opacity-transition': { duration: 0 },
};
const LOADING = { ...SHOWN, 'raster-opacity': 0 };

interface Props {
  /** The id of the first slot's source and layer (tile health watches both slots by it). */
  id: string;
  layer: ImageryLayer | undefined;
  /** Changing it re-requests the tiles (the visitor's "Retry"). */
  generation: number | string;
  /** The layer is drawn under this one (the map's overlays). */
  beforeId?: string;
}

export function RasterImagery({ id, layer, generation, beforeId }: Props) {
  const wanted = useMemo<Slot | undefined>(
    () => layer && { key: `${layer.id}:${generation}`, layer },
    [layer, generation],
  );
  const [state, setState] = useState(NO_SLOTS);
  // Adjusted while rendering (React's way for state that follows a prop): no frame with the old slots.
  const slots = want(state, wanted);
  if (slots !== state) setState(slots);
  const map = useMap().current?.getMap();
  const pendingKey = pendingOf(slots)?.key;
  const pendingId = slotId(id, slots.drawn === 0 ? 1 : 0);

  useEffect(() => {
    if (!map) return;
    setImageryPending(map, pendingKey !== undefined);
    if (pendingKey === undefined) return;
    const check = () => {
      if (map.getSource(pendingId) && map.isSourceLoaded(pendingId)) {
        setState((current) => complete(current, pendingKey));
      }
    };
    // A tile of the pending source loaded (it may have been the last), or the map has settled (every tile
    // answered, some perhaps with errors: the new date is shown as it is rather than held forever).
    const onData = (event: MapSourceDataEvent) => {
      if (event.sourceId === pendingId && event.tile) check();
    };
    map.on('sourcedata', onData);
    map.on('idle', check);
    return () => {
      map.off('sourcedata', onData);
      map.off('idle', check);
    };
  }, [map, pendingId, pendingKey]);
  useEffect(() => (map ? () => setImageryPending(map, false) : undefined), [map]);

  return slots.slots.map((slot, index) => {
    if (!slot) return null;
    const slotIndex = index as SlotIndex;
    const source = rasterSource(slot.layer);
    return (
      <Source key={slot.key} id={slotId(id, slotIndex)} {...source}>
        <Layer
          id={slotId(id, slotIndex)}
          type="raster"
          beforeId={beforeId}
          paint={slotIndex === slots.drawn ? SHOWN : LOADING}
        />
      </Source>
    );
  });
}
