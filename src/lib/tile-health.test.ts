import { describe, expect, it } from 'vitest';
import { initialHealth, recordTile, tileStatusOf } from './tile-health.ts';

const after = (...events: Parameters<typeof recordTile>[1][]) => events.reduce(recordTile, initialHealth);

describe('tile health', () => {
  it('is loading until a tile answers', () => {
    expect(tileStatusOf(initialHealth, true)).toBe('loading');
  });
  it('is unavailable when tiles fail and none loaded', () => {
    expect(tileStatusOf(after('failed'), true)).toBe('unavailable');
  });
  it('is unavailable when the map settles without a tile (404s are not errors)', () => {
    expect(tileStatusOf(after('settled'), true)).toBe('unavailable');
  });
  it('is unavailable when nothing arrives in time', () => {
    expect(tileStatusOf(after('timeout'), true)).toBe('unavailable');
  });
  it('is unavailable at once when the browser is offline', () => {
    expect(tileStatusOf(initialHealth, false)).toBe('unavailable');
  });
  it('is ok once any tile loaded, even if some failed or the map settled', () => {
    expect(tileStatusOf(after('failed', 'loaded', 'settled', 'timeout'), true)).toBe('ok');
  });
});
