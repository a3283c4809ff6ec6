/**
 * Keeps a map on another map's camera: the imagery panes under the overlay map, the right map of a side by
 * side. Paused while `active` is false (a kept map that is hidden does not redraw), it jumps to the leader
 * when it resumes.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';

const cameraOf = (map: MapLibreMap) => ({
  center: map.getCenter(),
  zoom: map.getZoom(),
  bearing: map.getBearing(),
  pitch: map.getPitch(),
});

/** `both`: a move of `map` (a visitor's drag, a cluster zoom) moves the leader too. */
export function useFollowCamera(
  map: MapLibreMap | undefined,
  leader: MapLibreMap | undefined,
  { active = true, both = false }: { active?: boolean; both?: boolean } = {},
): void {
  useEffect(() => {
    if (!map || !leader || !active) return;
    // A jump fires 'move' on the map it moves: that move is the copy, not one to copy back.
    let copying = false;
    const copy = (from: MapLibreMap, to: MapLibreMap) => () => {
      if (copying) return;
      copying = true;
      to.jumpTo(cameraOf(from));
      copying = false;
    };
    const fromLeader = copy(leader, map);
    const fromMap = copy(map, leader);
    fromLeader();
    leader.on('move', fromLeader);
    leader.on('resize', fromLeader);
    if (both) map.on('move', fromMap);
    return () => {
      leader.off('move', fromLeader);
      leader.off('resize', fromLeader);
      map.off('move', fromMap);
    };
  }, [map, leader, active, both]);
}

/** Where a new map following `leader` opens (MapGL's `initialViewState`). */
export function initialViewOf(leader: MapLibreMap) {
  const { lng, lat } = leader.getCenter();
  return {
    longitude: lng,
    latitude: lat,
    zoom: leader.getZoom(),
    bearing: leader.getBearing(),
    pitch: leader.getPitch(),
  };
}
