import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureFetch } from '../../tests/fixture-files.ts';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';
import { flyHome, homeCamera } from './home-view.ts';
import { SceneCards } from './scene-cards.tsx';

beforeEach(async () => {
  useAppStore.getState().setData(await loadData('/', fixtureFetch()));
});
afterEach(resetStore);

describe('SceneCards', () => {
  it('shows each playable scene as a card named by its title and described by its caption', () => {
    renderWithApp(<SceneCards />);
    const cards = screen.getByRole('region', { name: 'Choose a place' });
    const card = screen.getByRole('button', { name: 'Fuzuli (fixture)' });
    expect(cards).toContainElement(card);
    expect(card).toHaveAccessibleDescription(/\S/);
  });

  it('opens its scene in the guided tour, at the scene’s step', async () => {
    const user = userEvent.setup();
    useAppStore.getState().goToScene(5);
    renderWithApp(<SceneCards />);
    await user.click(screen.getByRole('button', { name: 'Fuzuli (fixture)' }));
    expect(useAppStore.getState().kiosk).toMatchObject({ touring: true, sceneIndex: 0 });
  });

  it('leaves out a scene that failed the self-test, and shows nothing when none is left', () => {
    const [scene] = useAppStore.getState().data.scenes;
    useAppStore.getState().setChecks([{ id: scene?.id ?? '', ok: false, detail: 'missing' }]);
    renderWithApp(<SceneCards />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});

describe('home view', () => {
  it("is kiosk.json's home, and flying home asks the map for it (the whole region, not closer only)", () => {
    const settings = useAppStore.getState().data.kiosk;
    expect(homeCamera(settings)).toEqual({ center: [46.75, 39.65], zoom: 8 });
    flyHome();
    expect(useAppStore.getState().ui.camera).toMatchObject({
      kind: 'point',
      center: [46.75, 39.65],
      zoom: 8,
      closerOnly: false,
    });
  });

  it("falls back to the app's home view until the settings are loaded", () => {
    expect(homeCamera(undefined)).toEqual({ center: [46.75, 39.62], zoom: 8 });
  });
});
