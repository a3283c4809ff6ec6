import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../store/app-store.ts';
import { HOME_VIEW } from '../store/ui-slice.ts';
import { REGION_BOUNDS } from './basemap.ts';
import { initialViewState } from './initial-view.ts';

const state = () => useAppStore.getInitialState();

describe('initialViewState', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('frames the whole region when the map has no view of its own', () => {
    // A desktop: no phone sheet to keep clear of.
    vi.stubGlobal('window', { matchMedia: () => ({ matches: false }) });
    const opening = initialViewState(state(), 800);
    expect(opening).toEqual({
      bounds: REGION_BOUNDS,
      fitBoundsOptions: { padding: { top: 8, bottom: 8, left: 8, right: 8 } },
    });
  });

  it('opens where the store says once the map has a view (a link, or a map created anew)', () => {
    const moved = { ...state(), ui: { ...state().ui, view: { zoom: 13.5, lat: 39.76, lon: 46.75 } } };
    expect(moved.ui.view).not.toBe(HOME_VIEW);
    expect(initialViewState(moved, 800)).toEqual({ zoom: 13.5, latitude: 39.76, longitude: 46.75 });
  });
});
