import { describe, expect, it } from 'vitest';
import { clearanceFor, splitBeside } from './divider-placement.ts';

describe('splitBeside', () => {
  it('moves a divider off a place in the middle of the map, before it', () => {
    const split = splitBeside(500, 1000, 50, 200);
    expect(split).toBe(30);
    expect(Math.abs((split / 100) * 1000 - 500)).toBeGreaterThanOrEqual(200);
  });

  it('keeps a divider that is clear of the place already', () => {
    expect(splitBeside(800, 1000, 50, 200)).toBe(50);
  });

  it('goes after the place when there is no room before it', () => {
    expect(splitBeside(150, 1000, 20, 200)).toBe(35);
  });

  it('leaves the split alone for a place off the map', () => {
    expect(splitBeside(-40, 1000, 50, 200)).toBe(50);
    expect(splitBeside(1200, 1000, 50, 200)).toBe(50);
  });

  it('clears the grip and the touch strip on every screen', () => {
    // The kiosk's grip is 72 px and its strip 56 px: half of each, plus a marker of 15 px, is 51 px.
    expect(clearanceFor(390)).toBe(96);
    expect(clearanceFor(1400)).toBe(240);
    for (const length of [390, 700, 1080, 1440]) {
      const split = splitBeside(length / 2, length, 50);
      expect(Math.abs((split / 100) * length - length / 2)).toBeGreaterThanOrEqual(96);
    }
  });
});
