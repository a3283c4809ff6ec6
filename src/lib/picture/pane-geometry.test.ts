import { describe, expect, it } from 'vitest';
import { visibleBox } from './pane-geometry.ts';

describe('visibleBox', () => {
  it('is the whole element without a clip', () => {
    expect(visibleBox('none', 800, 600)).toEqual({ x: 0, y: 0, width: 800, height: 600 });
  });

  it('reads a vertical divider at 40 % (before on the left, after on the right)', () => {
    expect(visibleBox('inset(0px 60% 0px 0px)', 1000, 500)).toEqual({ x: 0, y: 0, width: 400, height: 500 });
    expect(visibleBox('inset(0 0 0 40%)', 1000, 500)).toEqual({ x: 400, y: 0, width: 600, height: 500 });
  });

  it('reads a horizontal divider and CSS shorthand of one to three values', () => {
    expect(visibleBox('inset(25% 0% 0% 0%)', 400, 800)).toEqual({ x: 0, y: 200, width: 400, height: 600 });
    expect(visibleBox('inset(10px)', 100, 100)).toEqual({ x: 10, y: 10, width: 80, height: 80 });
    expect(visibleBox('inset(10px 20px)', 100, 100)).toEqual({ x: 20, y: 10, width: 60, height: 80 });
    expect(visibleBox('inset(10px 20px 30px)', 100, 100)).toEqual({ x: 20, y: 10, width: 60, height: 60 });
  });

  it('keeps the box of a rounded inset and never goes negative', () => {
    expect(visibleBox('inset(0px 50% 0px 0px round 4px)', 200, 100).width).toBe(100);
    expect(visibleBox('inset(0 70% 0 70%)', 100, 100).width).toBe(0);
  });
});
