/** The guided tour and the attract loop: which scenes play, in which order, and what a scene sets. */
import type { Scene } from '../data/scene-schema.ts';
import { scenePair } from '../lib/scene-time.ts';
import type { AppState } from '../store/app-store.ts';
import type { SceneCheck } from '../store/kiosk-slice.ts';

/** Scenes that passed the boot self-test (all of them until it has run). */
export function playableScenes(scenes: readonly Scene[], checks: readonly SceneCheck[] | undefined): Scene[] {
  if (!checks) return [...scenes];
  const ok = new Set(checks.filter((check) => check.ok).map((check) => check.id));
  return scenes.filter((scene) => ok.has(scene.id));
}

/** The attract loop: the featured scenes in kiosk.json's order, or every playable scene when none is featured. */
export function loopScenes(playable: readonly Scene[], featured: readonly string[]): Scene[] {
  const byId = new Map(playable.map((scene) => [scene.id, scene]));
  const chosen = featured.map((id) => byId.get(id)).filter((scene): scene is Scene => scene !== undefined);
  return chosen.length > 0 ? chosen : [...playable];
}

export const wrap = (index: number, length: number) =>
  length === 0 ? 0 : ((index % length) + length) % length;

/**
 * Shows a scene: its imagery pair and compare mode, and flies the camera there. A time-lapse is shown as a
 * comparison of its first and last dates until the attract loop plays time-lapses.
 */
export function applyScene(scene: Scene, store: AppState): void {
  // The attract loop plays a time-lapse frame by frame (time-lapse-frames.ts); the tour shows it as a pair.
  const pair = scenePair(scene, store.data.imagery);
  if (pair) store.openCompare({ ...pair, split: 50 });
  store.requestCamera({ center: scene.camera.center, zoom: scene.camera.zoom });
}
