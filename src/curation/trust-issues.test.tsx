/** The new data-trust rules reach the in-app issues panel with their hint translated. */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureFetch, fixtureText } from '../../tests/fixture-files.ts';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';
import { DataIssuesPanel } from './data-issues.tsx';

afterEach(resetStore);

/** The fixture airport moved far from every district, and the fixture scene's sources undated. */
async function loadBroken() {
  const projects = fixtureText('projects.geojson').replace('[47.196, 39.594]', '[45.6, 40.5]');
  const scenes = JSON.parse(fixtureText('scenes.json')) as {
    scenes: { caption: { en: string }; sources: { date?: string }[] }[];
  };
  const [scene] = scenes.scenes;
  if (!scene) throw new Error('no fixture scene');
  scene.caption.en = 'The airport opened on 26 October 2021.';
  for (const source of scene.sources) delete source.date;
  const overrides = { 'projects.geojson': projects, 'scenes.json': JSON.stringify(scenes, null, 2) };
  useAppStore.getState().setData(await loadData('/', fixtureFetch(overrides)));
}

describe('trust issues in the Data issues panel', () => {
  it('shows far-from-districts and undated-figure with translated fixes', async () => {
    await loadBroken();
    const codes = useAppStore.getState().data.issues.map((issue) => issue.code);
    expect(codes).toEqual(expect.arrayContaining(['far-from-districts', 'undated-figure']));
    renderWithApp(<DataIssuesPanel />, 'ru');
    expect(
      screen.getByText(/проверьте положение \(в GeoJSON \[долгота, широта\]\): до ближайшего района/),
    ).toBeInTheDocument();
    expect(screen.getByText(/укажите дату источника, из которого взяты цифры/)).toBeInTheDocument();
  });
});
