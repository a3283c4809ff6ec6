/** The scenes of data/scenes.json: before/after comparisons and time-lapses the kiosk and links open. */
import { z } from 'zod';
import { KEBAB_ID, localizedText, lonLat, partialDate, sourceRef, text } from './schema-primitives.ts';

export const COMPARE_MODES = ['swipe', 'fade', 'side-by-side'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];
export const SCENE_KINDS = ['compare', 'time-lapse'] as const;
export type SceneKind = (typeof SCENE_KINDS)[number];

const sceneFields = {
  id: z.string().regex(KEBAB_ID, { message: 'must be a kebab-case id such as shusha' }),
  title: localizedText,
  /** The caption; a time-lapse shows it until the first of its `captions` applies. */
  caption: localizedText,
  camera: z.strictObject({
    center: lonLat,
    zoom: z.number().min(0).max(22),
    bearing: z.number().min(-360).max(360).default(0),
    pitch: z.number().min(0).max(85).default(0),
  }),
  projects: z.array(text).optional(),
  /** Where the caption's facts and figures come from, shown with the caption (like a project's sources). */
  sources: z.array(sourceRef).min(1, { message: 'needs at least one source' }),
};

/** A before/after comparison of two layers (the kind of a scene without `kind`). */
export const compareScene = z.strictObject({
  kind: z.literal('compare').default('compare'),
  ...sceneFields,
  imagery: z.strictObject({ before: text, after: text, mode: z.enum(COMPARE_MODES).default('swipe') }),
  seconds: z.number().positive().max(600).default(20),
});
export type CompareScene = z.infer<typeof compareScene>;

/** A caption that applies from a date on (the frames of a time-lapse dated `from` or later). */
export const datedCaption = z.strictObject({ from: partialDate, caption: localizedText });
export type DatedCaption = z.infer<typeof datedCaption>;

/** The layers of one imagery family dated from `from` to `to`, one frame each (scene-checks.ts). */
export const timeLapseScene = z.strictObject({
  kind: z.literal('time-lapse'),
  ...sceneFields,
  timeLapse: z.strictObject({
    family: text,
    from: partialDate,
    to: partialDate,
    secondsPerFrame: z.number().min(0.5).max(60).default(3),
  }),
  captions: z.array(datedCaption).min(1).optional(),
  /** Time on screen; by default every frame once (frames × secondsPerFrame). */
  seconds: z.number().positive().max(600).optional(),
});
export type TimeLapseScene = z.infer<typeof timeLapseScene>;

export const scene = z.discriminatedUnion('kind', [compareScene, timeLapseScene]);
export type Scene = z.infer<typeof scene>;

export const scenesFile = z.object({
  metadata: z.record(z.string(), z.unknown()).optional(),
  scenes: z.array(z.unknown()),
});
