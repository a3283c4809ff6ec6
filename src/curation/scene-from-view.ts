/**
 * "Add scene from this view": a new scene of scenes.json from the map's camera and what the imagery shows (a
 * before/after pair with its mode, or a time range of one imagery family). Title, caption and the source are
 * left empty, so the checker names each one still to be written. The scene goes last (a tour runs in file
 * order, and a new scene is the newest stop); the clean writer keeps every other line as it was.
 */
import type { CompareMode } from '../data/scene-schema.ts';
import { REQUIRED_LANGUAGES } from '../data/schema.ts';
import { familyDates } from '../lib/imagery-timeline.ts';
import type { AppState } from '../store/app-store.ts';
import { selectVisibleImagery } from '../store/selectors.ts';
import { selectImageryAsOf, selectTimelineFamily } from '../store/timeline-selectors.ts';
import { formatJsonFile, styleOfFile, type JsonValue } from './format-json.ts';

export interface MapView {
  center: { lng: number; lat: number };
  zoom: number;
  bearing: number;
  pitch: number;
}

export type ViewImagery =
  | { kind: 'compare'; before: string; after: string; mode: CompareMode }
  | { kind: 'time-lapse'; family: string; from: string; to: string };

/**
 * What the imagery on screen makes a scene of: the compared pair and its mode, else the timeline's family from
 * its first date to the day shown (its latest without a day); undefined when the catalog has no family.
 */
export function viewImagery(state: AppState): ViewImagery | undefined {
  const visible = selectVisibleImagery(state);
  if (visible.mode !== 'single' && visible.before && visible.after) {
    return { kind: 'compare', before: visible.before.id, after: visible.after.id, mode: visible.mode };
  }
  const family = selectTimelineFamily(state);
  const dates = family === undefined ? [] : familyDates(state.data.imagery, family);
  const first = dates[0];
  const last = selectImageryAsOf(state) ?? dates.at(-1)?.layer;
  if (family === undefined || !first || !last) return undefined;
  return { kind: 'time-lapse', family, from: first.date, to: last.date };
}

/** The precision of the shipped scenes: 4 decimals for positions, 0.1 for zoom, whole degrees otherwise. */
const round = (value: number, decimals: number) => Number(value.toFixed(decimals)) + 0;

export function newSceneId(ids: ReadonlySet<string>): string {
  let n = 1;
  while (ids.has(`new-scene-${n}`)) n++;
  return `new-scene-${n}`;
}

export function sceneFromView(view: MapView, imagery: ViewImagery, ids: ReadonlySet<string>): JsonValue {
  const empty = () => Object.fromEntries(REQUIRED_LANGUAGES.map((lang) => [lang, '']));
  const camera = {
    center: [round(view.center.lng, 4), round(view.center.lat, 4)],
    zoom: round(view.zoom, 1),
    bearing: round(view.bearing, 0),
    pitch: round(view.pitch, 0),
  };
  const sources = [{ title: '', url: '' }];
  // Key order as in the shipped file, so a saved scene reads like the others.
  if (imagery.kind === 'compare') {
    const { before, after, mode } = imagery;
    return {
      id: newSceneId(ids),
      title: empty(),
      caption: empty(),
      camera,
      imagery: { before, after, mode },
      seconds: 20,
      sources,
    };
  }
  const { family, from, to } = imagery;
  return {
    id: newSceneId(ids),
    kind: 'time-lapse',
    title: empty(),
    caption: empty(),
    camera,
    timeLapse: { family, from, to, secondsPerFrame: 3 },
    sources,
  };
}

/** scenes.json with the scene added at the end, written like the shipped file. */
export function withScene(text: string, fileName: string, scene: JsonValue): string {
  const file = JSON.parse(text) as { scenes: JsonValue[] } & Record<string, JsonValue>;
  return formatJsonFile({ ...file, scenes: [...file.scenes, scene] }, styleOfFile(fileName));
}
