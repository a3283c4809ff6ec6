import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureFetch } from '../../tests/fixture-files.ts';
import { resetStore } from '../../tests/render.tsx';
import { useAppStore } from '../store/app-store.ts';
import { App } from './app.tsx';
import { applyUrl } from './use-url-sync.ts';

// jsdom has no WebGL: the map is replaced by a stand-in; the embed's map is tested in Chromium.
vi.mock('../map/map-view.tsx', () => ({ MapView: () => <div data-testid="map" /> }));

beforeEach(() => {
  const fetcher = fixtureFetch({});
  vi.stubGlobal('fetch', (url: string) => fetcher(url));
});
afterEach(() => {
  vi.unstubAllGlobals();
  resetStore();
  window.history.replaceState(null, '', '/');
});

describe('embed=1', () => {
  it('shows the map, the attribution and the open link; no filters, list or Share', async () => {
    window.history.replaceState(null, '', '/?embed=1&lang=en&category=housing&debug=1');
    applyUrl(window.location.search, true);
    render(<App />);
    expect(await screen.findByTestId('map')).toBeInTheDocument();
    await screen.findByText(/^District boundaries/);
    const open = screen.getByRole('link', { name: /^Open in Revival Atlas/ });
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute(
      'href',
      // The opening view is left out of a link until the visitor moves the map (it fits the region anywhere).
      expect.stringMatching(/^http:\/\/localhost(:\d+)?\/\?lang=en&category=housing(&map=[^&]+)?$/),
    );
    expect(screen.queryByRole('region', { name: 'Filters' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Projects' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
  });

  it('is not an embed at the kiosk', () => {
    applyUrl('?embed=1&kiosk=1', true);
    expect(useAppStore.getState().ui.embed).toBe(false);
    expect(useAppStore.getState().kiosk.enabled).toBe(true);
  });

  it('the full app has the Share button beside the other header buttons', async () => {
    render(<App />);
    await screen.findByRole('list', { name: 'Projects' });
    expect(screen.getByRole('button', { name: 'Share' }).closest('.header-tools')).not.toBeNull();
  });
});
