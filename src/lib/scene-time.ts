/**
 * Scenes over time: the frames of a time-lapse scene, the layers a scene needs (the kiosk's self-test checks
 * them), a still comparison for any scene, its time on screen and its caption on a day.
 */
import type { ImageryLayer } from '../data/imagery-schema.ts';
import type { CompareMode, Scene, TimeLapseScene } from '../data/scene-schema.ts';
import type { LocalizedText } from '../data/schema-primitives.ts';
import { firstDay, lastDay, type IsoDay } from './day.ts';
import { familyDates, type FamilyDate } from './imagery-timeline.ts';

interface Catalog {
  layers: readonly ImageryLayer[];
}

/**
 * The frames of a time-lapse: the family's layers shown from a day within [from, to] — from the first day of
 * `from` to the last day of `to`, so "2019" to "2025" takes the yearly mosaics 2019 to 2025.
 */
export function timeLapseFrames(catalog: Catalog, timeLapse: TimeLapseScene['timeLapse']): FamilyDate[] {
  const from = firstDay(timeLapse.from);
  const to = lastDay(timeLapse.to);
  return familyDates(catalog, timeLapse.family).filter((entry) => entry.day >= from && entry.day <= to);
}

/** The layer ids a scene shows: its pair, or its frames in order. */
export function sceneLayerIds(scene: Scene, catalog: Catalog): string[] {
  if (scene.kind === 'compare') return [scene.imagery.before, scene.imagery.after];
  return timeLapseFrames(catalog, scene.timeLapse).map((frame) => frame.layer.id);
}

export interface ScenePair {
  before: string;
  after: string;
  mode: CompareMode;
}

/**
 * The scene as a still comparison: a compare scene's pair; for a time-lapse, its first and last frames by
 * swipe (what a player without animation shows, and the kiosk until it plays time-lapses). Undefined for a
 * time-lapse with fewer than two frames (the validator rejects those).
 */
export function scenePair(scene: Scene, catalog: Catalog): ScenePair | undefined {
  if (scene.kind === 'compare') return scene.imagery;
  const frames = timeLapseFrames(catalog, scene.timeLapse);
  const first = frames[0];
  const last = frames.at(-1);
  if (!first || !last || first === last) return undefined;
  return { before: first.layer.id, after: last.layer.id, mode: 'swipe' };
}

/** Time on screen in seconds: `seconds`, else a time-lapse shows each frame once. */
export function sceneSeconds(scene: Scene, catalog: Catalog): number {
  if (scene.seconds !== undefined) return scene.seconds;
  const frames = scene.kind === 'time-lapse' ? timeLapseFrames(catalog, scene.timeLapse).length : 0;
  return Math.max(1, frames) * (scene.kind === 'time-lapse' ? scene.timeLapse.secondsPerFrame : 20);
}

/**
 * The caption on a day (a frame's day): the last of a time-lapse's `captions` whose `from` has begun by then
 * (a caption "from 2022" applies to every frame of 2022 on), else the scene's `caption`. Without a day, the
 * latest caption.
 */
export function captionAsOf(scene: Scene, day: IsoDay | undefined): LocalizedText {
  if (scene.kind !== 'time-lapse' || !scene.captions) return scene.caption;
  const keyed =
    day === undefined ? scene.captions.at(-1) : scene.captions.findLast((c) => firstDay(c.from) <= day);
  return keyed?.caption ?? scene.caption;
}
