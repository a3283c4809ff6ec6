import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureFetch } from '../../tests/fixture-files.ts';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';
import { OperatorPanel } from './operator-panel.tsx';

beforeEach(async () => {
  // The fixture kiosk.json holds the salted hash of the PIN 2020, never the PIN.
  useAppStore.getState().setData(await loadData('/', fixtureFetch()));
});
afterEach(() => {
  vi.useRealTimers();
  resetStore();
});

async function openPinPad(container: HTMLElement): Promise<void> {
  vi.useFakeTimers();
  const corner = container.querySelector('.operator-corner');
  if (!corner) throw new Error('no operator corner');
  fireEvent.pointerDown(corner);
  act(() => vi.advanceTimersByTime(3000));
  vi.useRealTimers();
}

describe('OperatorPanel', () => {
  it('opens for the PIN whose hash kiosk.json holds', async () => {
    const user = userEvent.setup();
    const { container } = renderWithApp(<OperatorPanel />);
    await openPinPad(container);
    await user.type(screen.getByLabelText('PIN'), '2020');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    // 600 000 rounds of PBKDF2: a fraction of a second on a kiosk, longer on a busy test machine.
    expect(await screen.findByRole('heading', { name: 'Operator panel' }, { timeout: 15_000 })).toBeVisible();
  }, 20_000);

  it('stays closed for another PIN', async () => {
    const user = userEvent.setup();
    const { container } = renderWithApp(<OperatorPanel />);
    await openPinPad(container);
    await user.type(screen.getByLabelText('PIN'), '2021');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent('Wrong PIN.');
    expect(screen.queryByRole('heading', { name: 'Operator panel' })).not.toBeInTheDocument();
  }, 20_000);
});
