import { act, screen, waitFor } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureFetch } from '../../tests/fixture-files.ts';
import { resetStore } from '../../tests/render.tsx';
import { useAppStore } from '../store/app-store.ts';
import { App } from './app.tsx';

// jsdom has no WebGL: the map is replaced by a stand-in; what it draws is tested in Chromium.
vi.mock('../map/map-view.tsx', () => ({ MapView: () => <div data-testid="map" /> }));

function serve(overrides: Record<string, string | number> = {}) {
  const fetcher = fixtureFetch(overrides);
  vi.stubGlobal('fetch', (url: string) => fetcher(url));
}

beforeEach(() => serve());
afterEach(() => {
  vi.unstubAllGlobals();
  resetStore();
  window.history.replaceState(null, '', '/');
});

describe('App', () => {
  it('shows a loading state, then the map, the filters and the project list', async () => {
    render(<App />);
    expect(screen.getByText('Loading map data…')).toBeInTheDocument();
    expect(await screen.findByTestId('map')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Filters' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Projects' })).toBeInTheDocument();
  });

  it('switches the interface to Azerbaijani and writes lang into the URL', async () => {
    render(<App />);
    await screen.findByTestId('map');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Azərbaycanca');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dirçəliş Atlası');
    await waitFor(() => expect(window.location.search).toContain('lang=az'));
    expect(document.documentElement.lang).toBe('az');
  });

  it('names a data file that failed to load and keeps running', async () => {
    serve({ 'projects.geojson': 404 });
    render(<App />);
    expect(
      await screen.findByText('data/projects.geojson could not be loaded (HTTP 404): no projects are shown.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('map')).toBeInTheDocument();
  });

  it('names a data file that is not JSON', async () => {
    serve({ 'districts.geojson': 'not json' });
    render(<App />);
    expect(
      await screen.findByText('data/districts.geojson could not be read: no district boundaries are shown.'),
    ).toBeInTheDocument();
  });

  it('has a skip link to the project list, or to the side panel while a passport is open', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('list', { name: 'Projects' });
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to the project list' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Projects' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: /^Fixture airport/ }));
    expect(screen.getByRole('heading', { name: 'Fixture airport' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Skip to the side panel' })).toHaveAttribute(
      'href',
      '#side-panel',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('article', { name: 'Fixture airport' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Fixture airport/ })).toHaveFocus();
  });

  it('shows a marker tapped during the tour in its passport, and the same scene when it closes', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('list', { name: 'Projects' });
    await user.click(screen.getByRole('button', { name: 'Guided tour' }));
    expect(screen.getByText('Scene 1 of 1')).toBeInTheDocument();
    // What a tap on the map's marker does (use-map-pointer.ts).
    act(() => useAppStore.getState().selectProject('fixture-airport'));
    expect(screen.getByRole('article', { name: 'Fixture airport' })).toBeInTheDocument();
    expect(screen.queryByText('Scene 1 of 1')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close project' }));
    expect(screen.getByText('Scene 1 of 1')).toBeInTheDocument();
    expect(useAppStore.getState().kiosk.touring).toBe(true);
    // A new tour starts without the passport.
    await user.click(screen.getByRole('button', { name: 'Guided tour' }));
    act(() => useAppStore.getState().selectProject('fixture-airport'));
    await user.click(screen.getByRole('button', { name: 'Guided tour' }));
    expect(useAppStore.getState().ui.selectedProjectId).toBeUndefined();
  });
});
