import { describe, expect, it } from 'vitest';
import { imageryStatusOf, initialHealth, recordTile } from './imagery-health.ts';

describe('imagery health', () => {
  it('is loading until a tile answers', () => {
    expect(imageryStatusOf(initialHealth, true)).toBe('loading');
  });
  it('is unavailable when tiles fail and none loaded', () => {
    expect(imageryStatusOf(recordTile(initialHealth, 'failed'), true)).toBe('unavailable');
  });
  it('is unavailable at once when the browser is offline', () => {
    expect(imageryStatusOf(initialHealth, false)).toBe('unavailable');
  });
  it('is ok once any tile loaded, even if some failed', () => {
    const health = recordTile(recordTile(initialHealth, 'failed'), 'loaded');
    expect(imageryStatusOf(health, true)).toBe('ok');
  });
});
