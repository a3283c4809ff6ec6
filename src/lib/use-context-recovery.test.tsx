import { act, renderHook } from '@testing-library/react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RESTORE_TIMEOUT_MS } from './context-recovery.ts';
import { useContextRecovery } from './use-context-recovery.ts';

/** The two events of a MapLibre map the hook listens to (jsdom has no WebGL to lose). */
function fakeMap() {
  const listeners = new Map<string, Set<() => void>>();
  const map = {
    on: (type: string, listener: () => void) =>
      listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    off: (type: string, listener: () => void) => listeners.get(type)?.delete(listener),
  };
  const fire = (type: string) => act(() => listeners.get(type)?.forEach((listener) => listener()));
  const count = () => [...listeners.values()].reduce((n, set) => n + set.size, 0);
  return { map: map as unknown as MapLibreMap, fire, count };
}

describe('useContextRecovery', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('follows a loss and a restore, and reports both', () => {
    const { map, fire } = fakeMap();
    const report = vi.fn();
    const { result } = renderHook(() => useContextRecovery(map, report));
    fire('webglcontextlost');
    expect(result.current).toEqual({ lost: true, generation: 0, mount: 0 });
    fire('webglcontextrestored');
    expect(result.current).toEqual({ lost: false, generation: 1, mount: 0 });
    act(() => vi.advanceTimersByTime(RESTORE_TIMEOUT_MS * 2));
    expect(result.current.mount).toBe(0);
    expect(report.mock.calls).toEqual([['lost'], ['restored']]);
  });

  it('asks for a new map when the context does not come back in time', () => {
    const { map, fire } = fakeMap();
    const report = vi.fn();
    const { result } = renderHook(() => useContextRecovery(map, report));
    fire('webglcontextlost');
    act(() => vi.advanceTimersByTime(RESTORE_TIMEOUT_MS - 1));
    expect(result.current.mount).toBe(0);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toEqual({ lost: false, generation: 1, mount: 1 });
    expect(report).toHaveBeenLastCalledWith('timeout');
  });

  it('stops listening to a map it no longer follows', () => {
    const first = fakeMap();
    const { rerender, unmount } = renderHook(({ map }) => useContextRecovery(map), {
      initialProps: { map: first.map },
    });
    expect(first.count()).toBe(2);
    rerender({ map: fakeMap().map });
    expect(first.count()).toBe(0);
    unmount();
  });
});
