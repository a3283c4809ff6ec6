import { afterEach, describe, expect, it } from 'vitest';
import { useAppStore, type AppState } from './app-store.ts';

/** What a session reset keeps (see `sessionKeeps`); every other field must return to its initial value. */
const KEPT = [
  'data',
  'kiosk.enabled',
  'kiosk.idleOverride',
  'kiosk.checks',
  'kiosk.errors',
  'compare.status',
  'compare.generation',
];

/** Counted up by each reset: the page's panels are keyed by it. */
const COUNTED = 'kiosk.visit';

/** A different value for every field of the state, however deep: nothing a visitor could do is left out. */
function changed(value: unknown): unknown {
  if (typeof value === 'function') return value;
  if (value instanceof Map) return new Map([['changed', value]]);
  if (Array.isArray(value)) return [...(value as unknown[]), 'changed'];
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, changed(field)]));
  if (typeof value === 'string') return `${value}-changed`;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  return 'changed';
}

/** Every path to a value that is not a plain object (actions left out), with the value. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'function') return [];
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Map)
    return [[path, value]];
  return Object.entries(value).flatMap(([key, field]) => leaves(field, path ? `${path}.${key}` : key));
}

const isKept = (path: string) => KEPT.some((kept) => path === kept || path.startsWith(`${kept}.`));

afterEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

describe('resetSession', () => {
  it('returns every field but the kept ones to its initial value, whatever slice it is in', () => {
    const initial = useAppStore.getInitialState();
    const visited = changed(initial) as AppState;
    useAppStore.setState(visited, true);
    useAppStore.getState().resetSession();
    const after = new Map(leaves(useAppStore.getState()));
    const paths = leaves(initial).map(([path]) => path);
    expect(paths.length).toBeGreaterThan(20);
    expect([...after.keys()].sort()).toEqual([...paths].sort());
    const before = new Map(leaves(visited));
    for (const [path, value] of leaves(initial)) {
      if (path === COUNTED) expect(after.get(path), path).toBe((before.get(path) as number) + 1);
      else expect(after.get(path), path).toEqual(isKept(path) ? before.get(path) : value);
    }
  });

  it('keeps the actions working', () => {
    const state = useAppStore.getState();
    state.toggleCategory('housing');
    state.resetSession();
    useAppStore.getState().toggleCategory('energy');
    expect(useAppStore.getState().filters.categories).toEqual(['energy']);
  });

  it("starts the kiosk's next visitor in the kiosk's default language", () => {
    const state = useAppStore.getState();
    useAppStore.setState({
      data: {
        ...state.data,
        kiosk: { defaultLanguage: 'az' } as NonNullable<AppState['data']['kiosk']>,
      },
    });
    state.setLanguage('ru');
    state.resetSession();
    expect(useAppStore.getState().ui.lang).toBe('en');
    state.enableKiosk(undefined);
    state.setLanguage('ru');
    state.resetSession();
    expect(useAppStore.getState().ui.lang).toBe('az');
  });
});
