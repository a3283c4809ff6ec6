import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BREAKAGES } from '../../tests/breakages.ts';
import { fixtureFetch } from '../../tests/fixture-files.ts';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';
import { DataNotice } from './data-notice.tsx';

const [trailingComma, , , unknownCategory] = BREAKAGES;

async function load(overrides: Record<string, string | number>) {
  useAppStore.getState().setData(await loadData('/', fixtureFetch(overrides)));
}

afterEach(resetStore);

describe('DataNotice', () => {
  it('says that nothing of a file that cannot be read is shown', async () => {
    await load({ 'projects.geojson': trailingComma?.text ?? '' });
    renderWithApp(<DataNotice />);
    expect(screen.getByRole('status')).toHaveTextContent(
      /^data\/projects\.geojson could not be read: no projects are shown\.$/,
    );
  });

  it('counts the entries left out of a file with bad entries', async () => {
    await load({ 'projects.geojson': unknownCategory?.text ?? '' });
    renderWithApp(<DataNotice />);
    expect(screen.getByRole('status')).toHaveTextContent(
      /^1 project in data\/projects\.geojson has errors and is not shown\.$/,
    );
  });

  it('names a file that could not be fetched and what is missing because of it', async () => {
    await load({ 'scenes.json': 404 });
    renderWithApp(<DataNotice />, 'ru');
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Не удалось загрузить data\/scenes\.json \(HTTP 404\): экскурсия недоступна\.$/,
    );
  });

  it('speaks to visitors at the kiosk, naming no file', async () => {
    await load({ 'projects.geojson': trailingComma?.text ?? '' });
    useAppStore.setState((state) => ({ kiosk: { ...state.kiosk, enabled: true } }));
    renderWithApp(<DataNotice />, 'az');
    expect(screen.getByRole('status')).toHaveTextContent(/^Bəzi məzmun yenilənir\.$/);
    expect(screen.getByRole('status')).not.toHaveTextContent(/geojson/);
  });

  it('is not shown for warnings alone', async () => {
    await load({});
    expect(useAppStore.getState().data.issues.length).toBeGreaterThan(0);
    renderWithApp(<DataNotice />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('isolates the file name inside the Arabic sentence', async () => {
    await load({ 'projects.geojson': trailingComma?.text ?? '' });
    renderWithApp(<DataNotice />, 'ar');
    expect(screen.getByRole('status').textContent).toContain('\u2068data/projects.geojson\u2069');
  });
});
