/**
 * Room the camera leaves around what it frames: on a phone the bottom sheet covers the bottom of the map
 * (and the attribution's ⓘ sits above it), the category key the top corner.
 */
import type { PaddingOptions } from 'maplibre-gl';
import { phoneLayout, rootEm, sheetHeights, type SheetSnap } from '../lib/sheet-snap.ts';

/** Height of the key's folded summary and of the ⓘ, with their margins. */
const CONTROL_ROOM = 52;

export function cameraPadding(
  mapHeight: number,
  sheet: SheetSnap,
  kiosk: boolean,
  base = 40,
): PaddingOptions & { top: number; bottom: number } {
  if (!phoneLayout(kiosk)) return { top: base, bottom: base, left: base, right: base };
  const covered = sheetHeights(mapHeight, rootEm())[sheet];
  // Never more padding than the map is tall: MapLibre would then refuse to fit at all.
  const bottom = Math.min(covered + CONTROL_ROOM, Math.max(mapHeight - CONTROL_ROOM - 40, 0));
  return { top: CONTROL_ROOM, bottom, left: 8, right: 8 };
}
