import { afterEach, describe, expect, it, vi } from 'vitest';

// Each test gets the module afresh: its first-idle promise is once per page.
async function freshStartUp() {
  vi.resetModules();
  return import('./start-up.ts');
}

const hookInstalled = () => vi.waitFor(() => expect(window.__revivalAtlas).toBeDefined());

describe('start-up', () => {
  afterEach(() => {
    delete window.__revivalAtlas;
    performance.clearMarks();
    vi.useRealTimers();
  });

  it('with debug=1 installs the diagnostics hook after the first idle, and marks it', async () => {
    const { startUp, firstIdleReached } = await freshStartUp();
    startUp('?lang=en&debug=1');
    await Promise.resolve();
    expect(window.__revivalAtlas).toBeUndefined();
    firstIdleReached();
    await hookInstalled();
    expect(performance.getEntriesByName('atlas:first-idle')).toHaveLength(1);
    expect(Object.keys(window.__revivalAtlas ?? {})).toEqual(['map', 'secondary', 'panes', 'store']);
  });

  it('without debug=1 installs nothing', async () => {
    const { startUp, firstIdleReached } = await freshStartUp();
    startUp('?lang=en');
    firstIdleReached();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await import('./debug-hook.ts');
    expect(window.__revivalAtlas).toBeUndefined();
  });

  it('a map that never idles does not hold the rest back for ever', async () => {
    vi.useFakeTimers();
    const { startUp } = await freshStartUp();
    startUp('?debug=1');
    await vi.advanceTimersByTimeAsync(10_000);
    vi.useRealTimers();
    await hookInstalled();
    expect(performance.getEntriesByName('atlas:first-idle')).toHaveLength(0);
  });
});
