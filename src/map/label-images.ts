/**
 * Map labels drawn by the browser's own text engine into images, on demand (MapLibre's
 * `styleimagemissing`). The map then needs no glyph server, works offline, and Arabic and Azerbaijani
 * letters are shaped by the browser exactly as in the rest of the page.
 */
import type { Map as MapLibreMap, StyleImageMetadata } from 'maplibre-gl';
import { LABEL_IMAGE_PREFIX } from './layers/districts.ts';
import { COUNT_IMAGE_PREFIX, PROJECT_LABEL_IMAGE_PREFIX } from './layers/projects.ts';

export interface LabelImage {
  image: { width: number; height: number; data: Uint8ClampedArray };
  options: Partial<StyleImageMetadata>;
}

const FONT_STACK = '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif';

/** Draws `text`, one line per "\n", lines aligned to the page's reading start. */
function drawText(
  text: string,
  font: string,
  fill: string,
  halo: string | undefined,
  ratio: number,
): LabelImage | undefined {
  const canvas = document.createElement('canvas');
  // Read back on the CPU: the default GPU canvas makes getImageData a slow round trip.
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.font = font;
  const lines = text.split('\n').map((line) => ({ line, metrics: context.measureText(line) }));
  const ascent = Math.max(...lines.map(({ metrics }) => metrics.actualBoundingBoxAscent));
  const descent = Math.max(...lines.map(({ metrics }) => metrics.actualBoundingBoxDescent));
  const textWidth = Math.max(...lines.map(({ metrics }) => metrics.width));
  const lineHeight = ascent + descent + 2;
  const pad = halo ? 4 : 1;
  const width = Math.ceil((textWidth + pad * 2) * ratio);
  const height = Math.ceil((lineHeight * lines.length + pad * 2) * ratio);
  canvas.width = Math.max(width, 1);
  canvas.height = Math.max(height, 1);
  context.scale(ratio, ratio);
  context.font = font;
  context.textBaseline = 'alphabetic';
  context.direction = 'inherit';
  const rtl = document.documentElement.dir === 'rtl';
  for (const [index, { line, metrics }] of lines.entries()) {
    const x = pad + (rtl ? textWidth - metrics.width : 0);
    const y = pad + ascent + 1 + index * lineHeight;
    if (halo) {
      context.lineJoin = 'round';
      context.lineWidth = 4;
      context.strokeStyle = halo;
      context.strokeText(line, x, y);
    }
    context.fillStyle = fill;
    context.fillText(line, x, y);
  }
  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
  return { image: { width: canvas.width, height: canvas.height, data }, options: { pixelRatio: ratio } };
}

/** The image for a missing image id, or undefined when the id is not one of ours. */
export function labelImageFor(id: string, ratio = globalThis.devicePixelRatio || 1): LabelImage | undefined {
  if (id.startsWith(LABEL_IMAGE_PREFIX)) {
    const text = id.slice(LABEL_IMAGE_PREFIX.length);
    return text
      ? drawText(text, `600 14px ${FONT_STACK}`, '#1b1b1b', 'rgba(255,255,255,0.92)', ratio)
      : undefined;
  }
  if (id.startsWith(PROJECT_LABEL_IMAGE_PREFIX)) {
    const text = id.slice(PROJECT_LABEL_IMAGE_PREFIX.length);
    return text
      ? drawText(text, `500 12px ${FONT_STACK}`, '#2b2b2b', 'rgba(255,255,255,0.88)', ratio)
      : undefined;
  }
  if (id.startsWith(COUNT_IMAGE_PREFIX)) {
    return drawText(
      id.slice(COUNT_IMAGE_PREFIX.length),
      `700 13px ${FONT_STACK}`,
      '#ffffff',
      undefined,
      ratio,
    );
  }
  return undefined;
}

/**
 * Lets `map` draw its labels. The resolver must exist before the first tile asks for an image: a
 * 'styleimagemissing' listener added later cannot supply the image for that request.
 */
export function resolveLabelImages(map: MapLibreMap): void {
  map.setMissingStyleImageResolver((id) => {
    const label = labelImageFor(id);
    if (label && !map.hasImage(id)) map.addImage(id, label.image, label.options);
  });
}
