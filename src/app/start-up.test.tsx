import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Each test gets the module afresh: its first-idle promise is once per page.
async function freshStartUp() {
  vi.resetModules();
  return import('./start-up.ts');
}

// The hook is its own chunk, imported on demand: on a loaded machine that takes more than waitFor's 1 s.
const hookInstalled = () =>
  vi.waitFor(() => expect(window.__revivalAtlas).toBeDefined(), { timeout: 10_000 });

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

describe('start-up: the service worker', () => {
  const registerSW = vi.fn(() => () => Promise.resolve());
  beforeEach(() => {
    vi.doMock('virtual:pwa-register', () => ({ registerSW }));
    vi.stubEnv('PROD', true);
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    registerSW.mockClear();
  });
  afterEach(() => {
    vi.doUnmock('virtual:pwa-register');
    vi.unstubAllEnvs();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('registers after the first idle in the production build', async () => {
    const { startUp, firstIdleReached } = await freshStartUp();
    startUp('?lang=en');
    firstIdleReached();
    await vi.waitFor(() => expect(registerSW).toHaveBeenCalledTimes(1), { timeout: 10_000 });
  });

  it('registers nothing in an embed, and still does at a kiosk that says embed', async () => {
    const { startUp, firstIdleReached } = await freshStartUp();
    startUp('?embed=1&lang=en');
    firstIdleReached();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await import('virtual:pwa-register');
    expect(registerSW).not.toHaveBeenCalled();

    const again = await freshStartUp();
    again.startUp('?embed=1&kiosk=1');
    again.firstIdleReached();
    await vi.waitFor(() => expect(registerSW).toHaveBeenCalledTimes(1), { timeout: 10_000 });
  });
});
