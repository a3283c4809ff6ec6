import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureFetch } from '../../tests/fixture-files.ts';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';
import { TourButton, TourPanel } from './tour-panel.tsx';

/** The header's tour button and, while touring, the tour in the side panel (as the app shows them). */
function Tour() {
  const touring = useAppStore((s) => s.kiosk.touring);
  return (
    <>
      <TourButton />
      {touring && <TourPanel />}
    </>
  );
}

beforeEach(async () => {
  useAppStore.getState().setData(await loadData('/', fixtureFetch()));
});
afterEach(resetStore);

describe('TourPanel', () => {
  it('is a panel named by its scene, with a close button, that hands focus back to the tour button', async () => {
    const user = userEvent.setup();
    renderWithApp(<Tour />);
    await user.click(screen.getByRole('button', { name: 'Guided tour' }));
    const tour = screen.getByRole('region', { name: 'Fuzuli (fixture)' });
    expect(screen.getByRole('heading', { name: 'Fuzuli (fixture)' })).toHaveFocus();
    expect(tour).toContainElement(screen.getByText('Scene 1 of 1'));
    await user.click(screen.getByRole('button', { name: 'Close the tour' }));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(useAppStore.getState().compare.open).toBe(false);
    expect(screen.getByRole('button', { name: 'Guided tour' })).toHaveFocus();
  });

  it('closes on Escape like every panel', async () => {
    const user = userEvent.setup();
    renderWithApp(<Tour />);
    await user.click(screen.getByRole('button', { name: 'Guided tour' }));
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().kiosk.touring).toBe(false);
    expect(screen.queryByRole('region', { name: 'Fuzuli (fixture)' })).not.toBeInTheDocument();
  });
});
