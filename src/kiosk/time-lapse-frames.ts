/**
 * A time-lapse scene in the attract loop: its frames are the days of its imagery family within its range,
 * shown through the one timeline date (so the imagery, the project statuses and the captions all follow).
 * A frame's time on screen starts only once its imagery has loaded: a slow tile server makes the loop
 * slower, never shows a half-drawn frame for its full time.
 */
import { useEffect, useState } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { Scene } from '../data/scene-schema.ts';
import type { IsoDay } from '../lib/day.ts';
import { useImageryPending } from '../lib/map/imagery-pending.ts';
import { timeLapseFrames } from '../lib/scene-time.ts';
import { useAppStore, type AppState } from '../store/app-store.ts';

/** The days of a scene's frames (none for a comparison scene). */
export function frameDays(scene: Scene, catalog: AppState['data']['imagery']): IsoDay[] {
  return scene.kind === 'time-lapse' ? timeLapseFrames(catalog, scene.timeLapse).map((f) => f.day) : [];
}

/** Shows a time-lapse's frame: one map, the family's layer of that day. */
export function showFrame(scene: Scene, day: IsoDay, store: AppState): void {
  if (scene.kind !== 'time-lapse') return;
  store.closeCompare();
  store.setFamily(scene.timeLapse.family);
  store.setAsOf(day);
}

/**
 * The day of the frame on screen. Advances every `secondsPerFrame` once the frame's imagery has settled;
 * with reduced motion it stays on the first frame. Undefined for a comparison scene.
 */
export function useTimeLapseFrame(scene: Scene | undefined, reducedMotion: boolean): IsoDay | undefined {
  const catalog = useAppStore((s) => s.data.imagery);
  const firstTileLoaded = useAppStore((s) => s.compare.status.base !== 'loading');
  // Every tile in view, not only the first (the map keeps the previous frame on screen until then).
  const framePending = useImageryPending(useMap()['main']?.getMap());
  const imageryReady = firstTileLoaded && !framePending;
  const [frame, setFrame] = useState({ scene, index: 0 });
  // A new scene starts at its first frame (state reset during render, as React recommends).
  if (frame.scene !== scene) setFrame({ scene, index: 0 });
  const days = scene ? frameDays(scene, catalog) : [];
  const index = frame.scene === scene ? Math.min(frame.index, Math.max(0, days.length - 1)) : 0;
  const day = days[index];

  useEffect(() => {
    if (scene && day !== undefined) showFrame(scene, day, useAppStore.getState());
  }, [scene, day]);

  const last = index >= days.length - 1;
  const seconds = scene?.kind === 'time-lapse' ? scene.timeLapse.secondsPerFrame : 0;
  useEffect(() => {
    if (day === undefined || reducedMotion || last || !imageryReady) return;
    const timer = setTimeout(() => setFrame((f) => ({ ...f, index: f.index + 1 })), seconds * 1000);
    return () => clearTimeout(timer);
  }, [day, reducedMotion, last, imageryReady, seconds]);
  return day;
}
