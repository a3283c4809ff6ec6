/**
 * While the time-lapse plays, the tiles of its next dates for the current view are fetched ahead (see
 * lib/tile-prefetch.ts): two dates ahead, four requests at a time, and everything for a date that has
 * passed, or after a pause, is aborted. Local archives (the kiosk's PMTiles) need no prefetch.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { PrefetchQueue, tileUrlsInView, type Bounds } from '../lib/tile-prefetch.ts';
import type { TimelineView } from './use-timeline.ts';

/** Dates fetched ahead of the one on screen. */
export const AHEAD = 2;

function viewOf(map: MapLibreMap): { bounds: Bounds; zoom: number } {
  const b = map.getBounds();
  return { bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: map.getZoom() };
}

export function useFramePrefetch(view: TimelineView, playing: boolean): void {
  const map = useMap()['main']?.getMap();
  const queue = useMemo(() => new PrefetchQueue((url, init) => fetch(url, init)), []);
  // The view at rest: panning during playback re-aims the prefetch at what is now on screen.
  const [camera, setCamera] = useState(() => (map ? viewOf(map) : undefined));
  useEffect(() => {
    if (!map || !playing) return;
    const update = () => setCamera(viewOf(map));
    update();
    map.on('moveend', update);
    return () => {
      map.off('moveend', update);
    };
  }, [map, playing]);

  const { dates, day } = view;
  useEffect(() => {
    if (!playing || !camera) {
      queue.want([]);
      return;
    }
    const next = dates.filter((date) => date.day > day).slice(0, AHEAD);
    queue.want(
      next.flatMap(({ layer }) =>
        layer.type === 'pmtiles' ? [] : tileUrlsInView(layer.url, camera.bounds, camera.zoom, layer),
      ),
    );
  }, [queue, playing, camera, dates, day]);

  useEffect(() => () => queue.want([]), [queue]);
}
