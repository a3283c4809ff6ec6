import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadData } from '../data/load.ts';
import { captionAsOf } from '../lib/scene-time.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectVisibleImagery } from '../store/selectors.ts';
import { frameDays, useTimeLapseFrame } from './time-lapse-frames.ts';
import { shippedDataFetch } from '../../tests/fixture-files.ts';

beforeAll(async () => {
  const data = await loadData('/', shippedDataFetch);
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.getState().setData(data);
});

afterEach(() => {
  vi.useRealTimers();
  useAppStore.getState().resetSession();
});

const scene = (id: string) => {
  const found = useAppStore.getState().data.scenes.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('a time-lapse scene in the attract loop', () => {
  it('has one frame per yearly mosaic of its range', () => {
    const days = frameDays(scene('fuzuli-airport-time-lapse'), useAppStore.getState().data.imagery);
    expect(days).toEqual(['2019-12-31', '2020-12-31', '2021-12-31', '2022-12-31']);
  });

  it('shows its frames through the timeline, each only after its imagery loaded', () => {
    vi.useFakeTimers();
    const airport = scene('fuzuli-airport-time-lapse');
    const { result } = renderHook(() => useTimeLapseFrame(airport, false));
    const state = () => useAppStore.getState();
    expect(result.current).toBe('2019-12-31');
    expect(state().timeline.asOf).toBe('2019-12-31');
    expect(selectVisibleImagery(state()).base?.id).toBe('s2-2019');
    // Still loading: the frame stays however long it takes.
    act(() => vi.advanceTimersByTime(20_000));
    expect(result.current).toBe('2019-12-31');
    act(() => state().setImageryStatus('base', 'ok'));
    act(() => vi.advanceTimersByTime(4_000));
    expect(result.current).toBe('2020-12-31');
    expect(selectVisibleImagery(state()).base?.id).toBe('s2-2020');
    // Captions follow the frame's day.
    expect(captionAsOf(airport, '2019-12-31')).toBe(airport.caption);
    expect(captionAsOf(airport, '2021-12-31')).not.toBe(airport.caption);
  });

  it('stays on its first frame with reduced motion', () => {
    vi.useFakeTimers();
    useAppStore.getState().setImageryStatus('base', 'ok');
    const { result } = renderHook(() => useTimeLapseFrame(scene('shusha-time-lapse'), true));
    act(() => vi.advanceTimersByTime(60_000));
    expect(result.current).toBe('2020-12-31');
  });
});
