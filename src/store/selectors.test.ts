import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { validateImagery, validateKiosk } from '../data/validate.ts';
import { useAppStore } from './app-store.ts';
import { selectDrawnLayers, selectVisibleImagery } from './selectors.ts';

const read = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/data/kiosk/${name}`, import.meta.url), 'utf8');
const imagery = validateImagery(read('imagery.json'), 'data/imagery.json').value;
const kiosk = validateKiosk(read('kiosk.json'), 'data/kiosk.json').value;

describe('selectVisibleImagery', () => {
  beforeEach(() => {
    const state = useAppStore.getState();
    useAppStore.setState({ data: { ...state.data, imagery, kiosk } });
    state.enableKiosk(undefined);
    state.openCompare({ mode: 'swipe' });
  });

  it('draws a layer from its local archive at the kiosk', () => {
    const { before, after } = selectVisibleImagery(useAppStore.getState());
    expect(before).toMatchObject({
      id: 'fixture-before',
      type: 'pmtiles',
      url: 'pmtiles://./fixture-tiles/fixture-before.pmtiles',
    });
    expect(after).toMatchObject({ id: 'fixture-after', type: 'pmtiles' });
  });

  it('keeps the same layer objects while the divider moves (a new object would reload the map source)', () => {
    const first = selectVisibleImagery(useAppStore.getState());
    useAppStore.getState().setSplit(30);
    const second = selectVisibleImagery(useAppStore.getState());
    // The same object: nothing that reads the visible imagery re-renders while the divider moves.
    expect(second).toBe(first);
    useAppStore.getState().setMode('fade');
    const third = selectVisibleImagery(useAppStore.getState());
    expect(third.mode).toBe('fade');
    expect(third.before).toBe(first.before);
    expect(third.after).toBe(first.after);
  });
});

describe('selectDrawnLayers', () => {
  beforeEach(() => {
    const state = useAppStore.getState();
    useAppStore.setState({ data: { ...state.data, imagery, kiosk } });
  });

  it('gives the kiosk its local archives, for the self-test to check what it will draw', () => {
    useAppStore.getState().enableKiosk(undefined);
    const drawn = selectDrawnLayers(useAppStore.getState());
    expect(drawn.map((layer) => layer.id)).toEqual(imagery.layers.map((layer) => layer.id));
    expect(drawn.find((layer) => layer.id === 'fixture-before')).toMatchObject({
      type: 'pmtiles',
      url: 'pmtiles://./fixture-tiles/fixture-before.pmtiles',
    });
  });

  it('gives the public site the catalog as it is', () => {
    useAppStore.setState((state) => ({ kiosk: { ...state.kiosk, enabled: false } }));
    expect(selectDrawnLayers(useAppStore.getState())).toEqual(imagery.layers);
  });
});
