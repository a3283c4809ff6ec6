/**
 * The phone's bottom sheet: where it rests (peek, half, full) and how tall each rest is. One function for
 * the sheet and for the camera, so that a framed place lands above the sheet, not behind it.
 */
export type SheetSnap = 'peek' | 'half' | 'full';

export const SHEET_SNAPS: readonly SheetSnap[] = ['peek', 'half', 'full'];

/** The layout with a bottom sheet (the kiosk keeps its own layout at every size). */
export const PHONE_QUERY = '(max-width: 720px)';

/**
 * Peek shows the handle, the search field (its label beside it) and the result count: this many root ems.
 * Kept short: on a 390 × 844 or 360 × 740 phone every rem of it is a share of the map (≥ 70 % wanted).
 */
export const PEEK_REM = 8;

/** Height in px of each rest, for `available` px between the header and the bottom of the screen. */
export function sheetHeights(available: number, rem = 16): Record<SheetSnap, number> {
  const peek = Math.min(Math.round(PEEK_REM * rem), available);
  return { peek, half: Math.max(peek, Math.round(available / 2)), full: Math.max(peek, available) };
}

/** The rest nearest to a height the sheet was dragged to. */
export function nearestSnap(height: number, heights: Record<SheetSnap, number>): SheetSnap {
  let best: SheetSnap = 'peek';
  for (const snap of SHEET_SNAPS) {
    if (Math.abs(heights[snap] - height) < Math.abs(heights[best] - height)) best = snap;
  }
  return best;
}

/** One rest up (+1) or down (−1), staying at the ends. */
export function stepSnap(snap: SheetSnap, direction: 1 | -1): SheetSnap {
  const index = SHEET_SNAPS.indexOf(snap) + direction;
  return SHEET_SNAPS[Math.min(Math.max(index, 0), SHEET_SNAPS.length - 1)] ?? snap;
}

/** Phones held either way: a compact header, a folded timeline (a phone on its side is wide but short). */
export const COMPACT_QUERY = `${PHONE_QUERY}, (max-height: 500px) and (orientation: landscape)`;

/** Whether the page shows the compact controls of a phone, upright or on its side (kiosk aside). */
export function compactScreen(kiosk: boolean): boolean {
  return !kiosk && typeof window.matchMedia === 'function' && window.matchMedia(COMPACT_QUERY).matches;
}

/** Whether the page shows the phone layout (the sheet covers the bottom of the map). */
export function phoneLayout(kiosk: boolean): boolean {
  return !kiosk && typeof window.matchMedia === 'function' && window.matchMedia(PHONE_QUERY).matches;
}

/** Root font size in px (the peek height follows the visitor's text size). */
export function rootEm(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}
