import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coordinateDecimals, createWorkbenchStore, MAX_STEPS, savedText } from './workbench-store.ts';

const text = readFileSync('data/projects.geojson', 'utf8');

function opened() {
  const store = createWorkbenchStore();
  store.getState().open('projects.geojson', text);
  return store;
}

describe('workbench store', () => {
  it('saves the file unchanged when nothing was edited', () => {
    expect(savedText(opened().getState())).toBe(text);
  });

  it('undoes every step back to the byte-identical file, and redoes them', () => {
    const store = opened();
    const { edit } = store.getState();
    edit((draft) => {
      const feature = draft.features[0];
      if (feature) feature.properties.status = 'planned';
    });
    edit((draft) => {
      draft.features.splice(1, 1);
    });
    const edited = savedText(store.getState());
    expect(edited).not.toBe(text);
    store.getState().undo();
    store.getState().undo();
    expect(savedText(store.getState())).toBe(text);
    store.getState().redo();
    store.getState().redo();
    expect(savedText(store.getState())).toBe(edited);
  });

  it('makes a drag of many moves one step', () => {
    const store = opened();
    for (let i = 1; i <= 30; i++) {
      store.getState().preview((draft) => {
        const feature = draft.features[0];
        if (feature?.geometry.type === 'Point') feature.geometry.coordinates = [(46700 + i) / 1000, 39.18];
      });
    }
    store.getState().endPreview();
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().doc.features[0]?.geometry.coordinates).toEqual([46.73, 39.18]);
    store.getState().undo();
    expect(savedText(store.getState())).toBe(text);
  });

  it(`keeps the last ${MAX_STEPS} steps (at least 100)`, () => {
    expect(MAX_STEPS).toBeGreaterThanOrEqual(100);
    const store = opened();
    for (let i = 0; i < MAX_STEPS + 5; i++) {
      store.getState().edit((draft) => {
        const feature = draft.features[0];
        if (feature) feature.properties.statusAsOf = `20${10 + (i % 15)}`;
      });
    }
    expect(store.getState().past).toHaveLength(MAX_STEPS);
    for (let i = 0; i < MAX_STEPS + 5; i++) store.getState().undo();
    // The five oldest steps were let go: undo stops at the fifth edit (i = 4).
    expect(store.getState().doc.features[0]?.properties.statusAsOf).toBe('2014');
  });

  it('keeps the renamed project selected while its id is typed, undone and redone', () => {
    const store = opened();
    const first = store.getState().doc.features[0]?.id;
    store.getState().select(first);
    for (const id of ['a', 'ag', 'aghali-school']) {
      store.getState().edit((draft) => {
        const feature = draft.features[0];
        if (feature) feature.id = id;
      });
    }
    expect(store.getState().selectedId).toBe('aghali-school');
    for (let i = 0; i < 3; i++) store.getState().undo();
    expect(store.getState().selectedId).toBe(first);
    store.getState().redo();
    expect(store.getState().selectedId).toBe('a');
    // Renaming another project leaves the selection alone.
    store.getState().edit((draft) => {
      const feature = draft.features[1];
      if (feature) feature.id = 'other';
    });
    expect(store.getState().selectedId).toBe('a');
  });

  it('reads the precision of the file coordinates', () => {
    expect(coordinateDecimals(text)).toBe(4);
  });
});
