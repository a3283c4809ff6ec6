import { readFileSync } from 'node:fs';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from 'zustand';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { projectProperties } from '../data/schema.ts';
import { FeatureEditor } from './feature-editor.tsx';
import { fieldModel } from './form-model.ts';
import { createWorkbenchStore, savedText, type WorkbenchStore } from './workbench-store.ts';

const text = readFileSync('data/projects.geojson', 'utf8');
const MODEL = fieldModel(projectProperties);

function Editor({ store }: { store: WorkbenchStore }) {
  const feature = useStore(store, (s) => s.doc.features[0]);
  if (!feature) return null;
  return <FeatureEditor store={store} feature={feature} model={MODEL} context={{}} decimals={4} />;
}

// The whole form renders per keystroke in jsdom: slow on a shared machine, not in a browser.
describe('FeatureEditor', { timeout: 60_000 }, () => {
  let store: WorkbenchStore;
  beforeEach(() => {
    resetStore();
    store = createWorkbenchStore();
    store.getState().open('data/projects.geojson', text);
  });

  it('edits the English name through the form: one line of the file changes', async () => {
    renderWithApp(<Editor store={store} />);
    const english = within(screen.getByRole('group', { name: 'Name' })).getByRole('textbox', {
      name: 'English',
    });
    await userEvent.type(english, '!');
    const changed = savedText(store.getState())
      .split('\n')
      .filter((line, i) => line !== text.split('\n')[i]);
    expect(changed).toEqual(['          "en": "Aghali smart village!",']);
  });

  it('shows the checker error at the field as the curator types, as text', async () => {
    renderWithApp(<Editor store={store} />);
    const url = // The project's own first source (its resettlement figures have sources too).
      within(screen.getAllByRole('group', { name: 'Sources 1' })[0] as HTMLElement).getByRole('textbox', {
        name: 'URL',
      });
    await userEvent.clear(url);
    await userEvent.type(url, 'http://<b>x</b>');
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(/must be an https:\/\/ URL/);
    expect(document.querySelector('.workbench-form b')).toBeNull();
  });

  it('nudges the point with the arrow keys, one step each', async () => {
    renderWithApp(<Editor store={store} />);
    screen.getByRole('button', { name: 'Move the point with the arrow keys' }).focus();
    await userEvent.keyboard('{ArrowLeft}{Shift>}{ArrowDown}{/Shift}');
    expect(store.getState().doc.features[0]?.geometry.coordinates).toEqual([46.7591, 39.1793]);
    expect(store.getState().past).toHaveLength(2);
    act(() => store.getState().undo());
    act(() => store.getState().undo());
    expect(savedText(store.getState())).toBe(text);
  });
});
