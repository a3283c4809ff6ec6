/**
 * How a pane of a swipe or fade shows its side: a clip-path for a swipe (each side clipped to its part, so
 * no pixel is composited twice), an opacity on the after pane for a fade. Only CSS changes while the divider
 * moves: the browser re-composites, no map re-renders. Right to left (Arabic), the sides follow the reading
 * order as the rest of the layout does: before on the right, after on the left.
 */
import type { CSSProperties } from 'react';

export type PaneSide = 'before' | 'after';

export function paneClip(
  side: PaneSide,
  mode: 'swipe' | 'fade',
  vertical: boolean,
  split: number,
  rtl = false,
): CSSProperties {
  if (mode === 'fade') return side === 'after' ? { opacity: split / 100 } : {};
  const rest = 100 - split;
  if (vertical && rtl)
    return { clipPath: side === 'before' ? `inset(0 0 0 ${rest}%)` : `inset(0 ${split}% 0 0)` };
  if (vertical) return { clipPath: side === 'before' ? `inset(0 ${rest}% 0 0)` : `inset(0 0 0 ${split}%)` };
  return { clipPath: side === 'before' ? `inset(0 0 ${rest}% 0)` : `inset(${split}% 0 0 0)` };
}
