import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';
import { TimelineControl } from './timeline-control.tsx';
import { shippedDataFetch } from '../../tests/fixture-files.ts';

beforeEach(async () => {
  resetStore();
  useAppStore.getState().setData(await loadData('/', shippedDataFetch));
});
afterEach(() => vi.useRealTimers());

const state = () => useAppStore.getState();

describe('the timeline control', () => {
  it('is a slider named Date, stepped by imagery date and by year from the keyboard', async () => {
    const user = userEvent.setup();
    state().setAsOf('2021-06-01');
    renderWithApp(<TimelineControl />);
    const slider = screen.getByRole('slider', { name: 'Date' });
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^June 1, 2021; imagery: .*2020/);
    slider.focus();
    await user.keyboard('{ArrowRight}');
    expect(state().timeline.asOf).toBe('2021-12-31');
    await user.keyboard('{PageDown}');
    expect(state().timeline.asOf).toBe('2020-12-31');
    await user.keyboard('{End}');
    expect(state().timeline.asOf).toBeUndefined();
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^Today; /);
  });

  it('labels Wayback dates as release dates', async () => {
    const user = userEvent.setup();
    state().setAsOf('2024-01-01');
    renderWithApp(<TimelineControl />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Imagery series' }), 'wayback');
    expect(screen.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext')).toContain(
      'release date, not capture date',
    );
  });

  it('plays the next date only once the imagery of the shown one has loaded', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    state().setAsOf('2019-12-31');
    renderWithApp(<TimelineControl />);
    await user.click(screen.getByRole('button', { name: 'Play time-lapse' }));
    act(() => vi.advanceTimersByTime(10_000));
    expect(state().timeline.asOf).toBe('2019-12-31');
    expect(screen.getByText('Loading imagery of December 31, 2019…')).toBeTruthy();
    act(() => state().setImageryStatus('base', 'ok'));
    act(() => vi.advanceTimersByTime(1_600));
    expect(state().timeline.asOf).toBe('2020-12-31');
  });
});
