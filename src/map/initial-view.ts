/**
 * Where a map opens. Read when a map is created: a map created anew (lost context) opens where the last
 * one was. With no view of its own (no `map=` in the link, not moved yet) it opens on the whole region,
 * whatever the screen, clear of the phone's sheet.
 */
import type { AppState } from '../store/app-store.ts';
import { HOME_VIEW } from '../store/ui-slice.ts';
import { REGION_BOUNDS } from './basemap.ts';
import { cameraPadding } from './camera-padding.ts';

type Opening =
  | { bounds: typeof REGION_BOUNDS; fitBoundsOptions: { padding: ReturnType<typeof cameraPadding> } }
  | { zoom: number; latitude: number; longitude: number };

export function initialViewState(
  state: Pick<AppState, 'ui' | 'layout' | 'kiosk'>,
  mapHeight: number,
): Opening {
  const view = state.ui.view;
  if (view !== HOME_VIEW) return { zoom: view.zoom, latitude: view.lat, longitude: view.lon };
  const padding = cameraPadding(mapHeight, state.layout.sheet, state.kiosk.enabled, 8);
  return { bounds: REGION_BOUNDS, fitBoundsOptions: { padding } };
}
