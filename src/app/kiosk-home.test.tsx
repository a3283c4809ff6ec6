import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureFetch } from '../../tests/fixture-files.ts';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';
import { KioskActions, KioskHome } from './kiosk-home.tsx';

beforeEach(async () => {
  useAppStore.getState().setData(await loadData('/', fixtureFetch()));
  useAppStore.getState().enableKiosk(undefined);
});
afterEach(resetStore);

/** The kiosk's side panel at home and its bar of controls, as the app shows them. */
function Kiosk() {
  const touring = useAppStore((s) => s.kiosk.touring);
  return (
    <>
      {!touring && <KioskHome />}
      <KioskActions />
    </>
  );
}

describe('kiosk home', () => {
  it('opens on the scenes and the large controls, with the filters behind their control', () => {
    renderWithApp(<Kiosk />);
    expect(screen.getByRole('region', { name: /^Choose a place/ })).toBeInTheDocument();
    const controls = screen.getByRole('navigation', { name: 'Map controls' });
    for (const name of ['Guided tour', 'Compare imagery', 'Whole region', 'Filters and projects']) {
      expect(controls).toContainElement(screen.getByRole('button', { name }));
    }
    expect(screen.queryByRole('region', { name: 'Filters' })).not.toBeInTheDocument();
  });

  it('opens the filters and the list as a secondary panel, without downloads, and closes it', async () => {
    const user = userEvent.setup();
    renderWithApp(<Kiosk />);
    const toggle = screen.getByRole('button', { name: 'Filters and projects' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('region', { name: 'Filters and projects' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Projects' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Choose a place/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /GeoJSON|CSV/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close filters and projects' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('region', { name: /^Choose a place/ })).toBeInTheDocument();
  });

  it('puts the filters in front of a tour it closes', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setTouring(true);
    renderWithApp(<Kiosk />);
    await user.click(screen.getByRole('button', { name: 'Filters and projects' }));
    expect(useAppStore.getState().kiosk).toMatchObject({ touring: false, filtersOpen: true });
  });

  it('forgets the open panel at the session reset', async () => {
    const user = userEvent.setup();
    renderWithApp(<Kiosk />);
    await user.click(screen.getByRole('button', { name: 'Filters and projects' }));
    useAppStore.getState().resetSession();
    // The next visitor starts in the kiosk's default language (az), with English beside it.
    expect(await screen.findByRole('region', { name: /Choose a place/ })).toBeInTheDocument();
    expect(useAppStore.getState().kiosk.visit).toBe(1);
  });
});
