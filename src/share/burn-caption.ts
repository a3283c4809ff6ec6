/**
 * Burns the caption of a saved picture under the image: the place, the date(s), each imagery layer's
 * attribution and licence (their terms ask for it wherever the imagery is shown), and the link to the view.
 * Drawn on the canvas, so the text travels with the file.
 */
import { wrapText } from '../lib/picture/caption.ts';

export interface CaptionLine {
  text: string;
  /** The first line (the place) is larger. */
  title?: boolean;
}

/** The app's own fonts (loaded by the page), with Arabic; a picture made in Arabic is set right to left. */
const FAMILY = "'Noto Sans', 'Noto Sans Arabic', sans-serif";

export function withCaption(
  image: HTMLCanvasElement,
  lines: readonly CaptionLine[],
  rtl: boolean,
): HTMLCanvasElement {
  const scale = window.devicePixelRatio || 1;
  const padding = 14 * scale;
  const body = 13 * scale;
  const title = 18 * scale;
  const measureCanvas = document.createElement('canvas').getContext('2d');
  const font = (line: CaptionLine) => `${line.title ? 600 : 400} ${line.title ? title : body}px ${FAMILY}`;
  const laidOut = lines.flatMap((line) => {
    if (measureCanvas) measureCanvas.font = font(line);
    const measure = (text: string) => measureCanvas?.measureText(text).width ?? text.length * body * 0.6;
    return wrapText(line.text, image.width - 2 * padding, measure).map((text) => ({ ...line, text }));
  });
  const lineHeight = (line: CaptionLine) => (line.title ? title : body) * 1.45;
  const band = padding * 2 + laidOut.reduce((sum, line) => sum + lineHeight(line), 0);
  const out = document.createElement('canvas');
  out.width = image.width;
  out.height = image.height + Math.ceil(band);
  const context = out.getContext('2d');
  if (!context) return image;
  context.drawImage(image, 0, 0);
  context.fillStyle = '#10151c';
  context.fillRect(0, image.height, out.width, out.height - image.height);
  context.fillStyle = '#ffffff';
  context.textBaseline = 'top';
  context.direction = rtl ? 'rtl' : 'ltr';
  context.textAlign = 'start';
  const x = rtl ? out.width - padding : padding;
  let y = image.height + padding;
  for (const line of laidOut) {
    context.font = font(line);
    context.fillText(line.text, x, y);
    y += lineHeight(line);
  }
  return out;
}
