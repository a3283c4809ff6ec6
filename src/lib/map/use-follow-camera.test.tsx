import { renderHook } from '@testing-library/react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { useFollowCamera } from './use-follow-camera.ts';

/** A camera that fires 'move' synchronously on every jump, as MapLibre's does. */
function fakeMap(lng: number) {
  const listeners = new Map<string, Set<() => void>>();
  const fire = (type: string) => listeners.get(type)?.forEach((listener) => listener());
  const camera = { lng, zoom: 8 };
  const jumps: number[] = [];
  const map = {
    on: (type: string, listener: () => void) =>
      listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    off: (type: string, listener: () => void) => listeners.get(type)?.delete(listener),
    getCenter: () => ({ lng: camera.lng, lat: 40 }),
    getZoom: () => camera.zoom,
    getBearing: () => 0,
    getPitch: () => 0,
    jumpTo: (options: { center: { lng: number }; zoom: number }) => {
      jumps.push(options.center.lng);
      camera.lng = options.center.lng;
      camera.zoom = options.zoom;
      fire('move');
    },
  };
  /** A visitor (or a flight) moves this map. */
  const move = (to: number) => {
    camera.lng = to;
    fire('move');
  };
  const listening = () => [...listeners.values()].reduce((n, set) => n + set.size, 0);
  return { map: map as unknown as MapLibreMap, camera, jumps, move, listening };
}

describe('useFollowCamera', () => {
  it("jumps to the leader at once and on each of the leader's moves", () => {
    const leader = fakeMap(46);
    const pane = fakeMap(10);
    renderHook(() => useFollowCamera(pane.map, leader.map));
    expect(pane.camera.lng).toBe(46);
    leader.move(47);
    expect(pane.camera.lng).toBe(47);
    // One way: the pane's own moves stay its own.
    pane.move(12);
    expect(leader.camera.lng).toBe(47);
  });

  it('both ways, a move of either map moves the other once, without an echo', () => {
    const leader = fakeMap(46);
    const right = fakeMap(46);
    renderHook(() => useFollowCamera(right.map, leader.map, { both: true }));
    right.jumps.length = 0;
    right.move(45);
    expect(leader.camera.lng).toBe(45);
    expect(leader.jumps).toEqual([45]);
    expect(right.jumps).toEqual([]);
    leader.move(44);
    expect(right.jumps).toEqual([44]);
    expect(leader.jumps).toEqual([45]);
  });

  it('paused, it neither listens nor moves; resumed, it jumps to where the leader went', () => {
    const leader = fakeMap(46);
    const pane = fakeMap(46);
    const { rerender, unmount } = renderHook(
      ({ active }) => useFollowCamera(pane.map, leader.map, { active }),
      {
        initialProps: { active: false },
      },
    );
    leader.move(47);
    expect(pane.jumps).toEqual([]);
    expect(leader.listening()).toBe(0);
    rerender({ active: true });
    expect(pane.camera.lng).toBe(47);
    unmount();
    expect(leader.listening() + pane.listening()).toBe(0);
  });
});
