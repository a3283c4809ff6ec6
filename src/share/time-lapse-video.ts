/**
 * "Save animation": the time-lapse of the current view as a WebM video, one frame per imagery date of the
 * timeline's series, each frame the picture the visitor would save on that date (caption burned in).
 *
 * Frame-exact: each date is set, its tiles awaited (the map's own `idle`), the composed bitmap handed to
 * the encoder with its own timestamp — no screen recording, so a slow network makes the export slower, never
 * wrong. Mediabunny (WebCodecs VP9 in a WebM file) is loaded only when a visitor asks for a video.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ImageryLayer } from '../data/imagery-schema.ts';
import { familyDates, type FamilyDate } from '../lib/imagery-timeline.ts';
import { rasterSource } from '../lib/raster-source.ts';
import type { AppState } from '../store/app-store.ts';
import { selectTimelineFamily } from '../store/timeline-selectors.ts';

/** A phone can hold this many full-screen frames; the oldest dates beyond it are left out. */
export const MAX_FRAMES = 12;
export const SECONDS_PER_FRAME = 1;

/** The dates a video of the current view steps through, or none when the view cannot be animated. */
export function animationFrames(state: AppState): readonly FamilyDate[] {
  if (state.compare.open) return [];
  const family = selectTimelineFamily(state);
  if (family === undefined) return [];
  const dates = familyDates(state.data.imagery, family);
  // A video is only offered when every frame's licence allows it (the whole series, not only today's).
  if (dates.length < 2 || !dates.every((date) => date.layer.savePictures)) return [];
  return dates.slice(-MAX_FRAMES);
}

/**
 * Whether the map draws this layer's tiles now: the React effect that swaps the source has run and the
 * new date is shown, not loading unseen behind the previous one (lib/map/raster-imagery.tsx).
 */
export function drawsLayer(map: MapLibreMap, layer: ImageryLayer): boolean {
  const wanted = rasterSource(layer);
  const wantedUrl = 'tiles' in wanted ? wanted.tiles?.[0] : wanted.url;
  return Object.entries(map.getStyle()?.sources ?? {}).some(
    ([id, source]) =>
      source.type === 'raster' &&
      ('tiles' in source ? source.tiles?.[0] : source.url) === wantedUrl &&
      // The imagery's layer has its source's id; at opacity 0 it is a date still loading.
      (map.getLayer(id) === undefined || map.getPaintProperty(id, 'raster-opacity') !== 0),
  );
}

/** Resolves once `ready()` holds, checked at each frame of the page. */
export function nextFrameWhen(ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (ready() ? resolve() : requestAnimationFrame(check));
    check();
  });
}

/** The same size for every frame, even (VP9 wants it), at most 1280 px wide. */
export function videoSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, 1280 / width);
  const even = (value: number) => Math.max(2, Math.floor((value * scale) / 2) * 2);
  return { width: even(width), height: even(height) };
}

export interface VideoFrameSource {
  /** The composed picture (map and caption) of the view on this date. */
  frame: (date: FamilyDate) => Promise<HTMLCanvasElement>;
  onProgress?: (done: number, total: number) => void;
}

/** Encodes the frames into a WebM file; undefined when the browser has no VP9 encoder. */
export async function encodeTimeLapse(
  dates: readonly FamilyDate[],
  { frame, onProgress }: VideoFrameSource,
): Promise<Blob | undefined> {
  const { BufferTarget, CanvasSource, Output, QUALITY_HIGH, WebMOutputFormat, canEncodeVideo } =
    await import('mediabunny');
  const first = dates[0];
  if (!first) return undefined;
  const firstFrame = await frame(first);
  const size = videoSize(firstFrame.width, firstFrame.height);
  if (!(await canEncodeVideo('vp9', size))) return undefined;
  const canvas = document.createElement('canvas');
  Object.assign(canvas, size);
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
  const source = new CanvasSource(canvas, { codec: 'vp9', quality: QUALITY_HIGH });
  output.addVideoTrack(source, { frameRate: 1 / SECONDS_PER_FRAME });
  await output.start();
  for (const [i, date] of dates.entries()) {
    const image = i === 0 ? firstFrame : await frame(date);
    context.drawImage(image, 0, 0, size.width, size.height);
    await source.add(i * SECONDS_PER_FRAME, SECONDS_PER_FRAME);
    onProgress?.(i + 1, dates.length);
  }
  await output.finalize();
  const { buffer } = output.target;
  return buffer ? new Blob([buffer], { type: 'video/webm' }) : undefined;
}
