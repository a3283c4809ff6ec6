/**
 * The map area as the visitor sees it, as one bitmap: every shown map's canvas drawn where it is on screen,
 * with the clip (swipe) or opacity (fade) the comparison gives it, in document order (the overlay map of a
 * swipe lies over its two imagery panes).
 *
 * A WebGL canvas keeps its pixels only until the frame is presented (the maps are not made with
 * `preserveDrawingBuffer`, which costs every frame), so each map is copied inside its own `idle` event:
 * MapLibre fires it in the frame that drew the last loaded tile, before the browser presents it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { visibleBox, type Box } from '../lib/picture/pane-geometry.ts';

/** Past this, tiles that never come (offline, a failing server) do not hold the picture: it takes what is drawn. */
const SETTLE_LIMIT_MS = 10_000;

function copyOf(source: HTMLCanvasElement): HTMLCanvasElement {
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  copy.getContext('2d')?.drawImage(source, 0, 0);
  return copy;
}

/** Copies a map's pixels in its next frame that has every tile in (a repaint is asked for, so it comes). */
export function settledCopy(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    let done = false;
    const take = () => {
      if (done) return;
      done = true;
      clearTimeout(limit);
      resolve(copyOf(map.getCanvas()));
    };
    const limit = setTimeout(() => {
      map.off('idle', take);
      map.once('render', take);
      map.triggerRepaint();
    }, SETTLE_LIMIT_MS);
    map.once('idle', take);
    map.triggerRepaint();
  });
}

/** A kept map hidden for the current mode (app/map-stack.tsx) is not part of the view. */
function isShown(canvas: HTMLCanvasElement): boolean {
  const rect = canvas.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return false;
  return canvas.checkVisibility?.({ visibilityProperty: true }) ?? true;
}

interface Placement {
  /** The canvas on screen, relative to the area. */
  frame: Box;
  /** The part of the area it shows in. */
  clip: Box;
  opacity: number;
}

/** Reads the clip and opacity set on the canvas or on its frames, up to the area. */
function placement(canvas: HTMLCanvasElement, area: HTMLElement): Placement {
  const origin = area.getBoundingClientRect();
  const rect = canvas.getBoundingClientRect();
  const frame = {
    x: rect.left - origin.left,
    y: rect.top - origin.top,
    width: rect.width,
    height: rect.height,
  };
  let clip: Box = frame;
  let opacity = 1;
  for (
    let element: HTMLElement | null = canvas;
    element && element !== area;
    element = element.parentElement
  ) {
    const style = getComputedStyle(element);
    const own = Number.parseFloat(style.opacity);
    if (!Number.isNaN(own)) opacity *= own;
    if (style.clipPath && style.clipPath !== 'none') {
      const box = element.getBoundingClientRect();
      const inner = visibleBox(style.clipPath, box.width, box.height);
      clip = {
        x: box.left - origin.left + inner.x,
        y: box.top - origin.top + inner.y,
        width: inner.width,
        height: inner.height,
      };
    }
  }
  return { frame, clip, opacity };
}

/** The area's maps drawn into one canvas at the screen's pixel ratio. */
export async function captureView(
  maps: readonly MapLibreMap[],
  area: HTMLElement,
): Promise<HTMLCanvasElement> {
  const scale = window.devicePixelRatio || 1;
  const { width, height } = area.getBoundingClientRect();
  const shown = maps
    .filter((map) => isShown(map.getCanvas()) && area.contains(map.getCanvas()))
    .sort((a, b) =>
      a.getCanvas().compareDocumentPosition(b.getCanvas()) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
  const copies = await Promise.all(shown.map(settledCopy));
  const out = document.createElement('canvas');
  out.width = Math.round(width * scale);
  out.height = Math.round(height * scale);
  const context = out.getContext('2d');
  if (!context) return out;
  context.fillStyle = getComputedStyle(area).backgroundColor || '#000';
  context.fillRect(0, 0, out.width, out.height);
  shown.forEach((map, i) => {
    const copy = copies[i];
    if (!copy) return;
    const { frame, clip, opacity } = placement(map.getCanvas(), area);
    context.save();
    context.globalAlpha = opacity;
    context.beginPath();
    context.rect(clip.x * scale, clip.y * scale, clip.width * scale, clip.height * scale);
    context.clip();
    context.drawImage(copy, frame.x * scale, frame.y * scale, frame.width * scale, frame.height * scale);
    context.restore();
  });
  return out;
}
