/**
 * Where a map's pixels show on screen, read back from the CSS the comparison sets (imagery/pane-clip.ts):
 * a swipe pane is clipped with `inset(…)`, a fade pane has an opacity. A saved picture draws each map with
 * the same clip and opacity, so it shows exactly what the visitor saw.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One CSS length of an inset: `12px`, `40%` (of the side it is measured along) or `0`. */
function length(value: string, along: number): number | undefined {
  const number = Number.parseFloat(value);
  if (!Number.isFinite(number)) return undefined;
  if (value.endsWith('%')) return (number / 100) * along;
  return number;
}

/**
 * The visible box of an element `width` × `height` under a computed `clip-path`. `none` (or anything but an
 * inset) is the whole element; an inset gives the box inside it, as CSS expands 1 to 4 values.
 */
export function visibleBox(clipPath: string, width: number, height: number): Box {
  const whole = { x: 0, y: 0, width, height };
  const inset = /^inset\(([^)]*)\)$/.exec(clipPath.trim());
  if (!inset?.[1]) return whole;
  // A rounded inset (`round 4px`) keeps its box: only the corners differ.
  const values =
    inset[1]
      .split(/\s+round\s+/)[0]
      ?.trim()
      .split(/\s+/) ?? [];
  const [top = '0', right = top, bottom = top, left = right] = values;
  const t = length(top, height);
  const r = length(right, width);
  const b = length(bottom, height);
  const l = length(left, width);
  if (t === undefined || r === undefined || b === undefined || l === undefined) return whole;
  return { x: l, y: t, width: Math.max(0, width - l - r), height: Math.max(0, height - t - b) };
}
