import { describe, expect, it } from 'vitest';
import { nearestSnap, sheetHeights, stepSnap } from './sheet-snap.ts';

describe('sheet snap points', () => {
  it('peeks at a fixed height, halves and fills what is below the header', () => {
    expect(sheetHeights(796, 16)).toEqual({ peek: 128, half: 398, full: 796 });
  });

  it('never makes a rest smaller than the peek on a short screen', () => {
    const heights = sheetHeights(200, 16);
    expect(heights.half).toBe(128);
    expect(sheetHeights(100, 16)).toEqual({ peek: 100, half: 100, full: 100 });
  });

  it('snaps a drag to the nearest rest', () => {
    const heights = sheetHeights(800, 16);
    expect(nearestSnap(170, heights)).toBe('peek');
    expect(nearestSnap(350, heights)).toBe('half');
    expect(nearestSnap(700, heights)).toBe('full');
  });

  it('steps one rest at a time and stays at the ends', () => {
    expect(stepSnap('peek', 1)).toBe('half');
    expect(stepSnap('half', 1)).toBe('full');
    expect(stepSnap('full', 1)).toBe('full');
    expect(stepSnap('peek', -1)).toBe('peek');
    expect(stepSnap('full', -1)).toBe('half');
  });
});
