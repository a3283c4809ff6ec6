import { describe, expect, it } from 'vitest';
import { fitsOnScreen } from './labels-on-screen.ts';

describe('a label on screen', () => {
  const screen = { width: 390, height: 700 };
  const size = { width: 80, height: 20 };

  it('fits when its whole box is inside the screen', () => {
    expect(fitsOnScreen({ x: 40, y: 10 }, size, screen)).toBe(true);
    expect(fitsOnScreen({ x: 350, y: 690 }, size, screen)).toBe(true);
  });

  it('does not fit when any edge is cut, nor when its anchor is off the screen', () => {
    expect(fitsOnScreen({ x: 39, y: 300 }, size, screen)).toBe(false);
    expect(fitsOnScreen({ x: 351, y: 300 }, size, screen)).toBe(false);
    expect(fitsOnScreen({ x: 200, y: 9 }, size, screen)).toBe(false);
    expect(fitsOnScreen({ x: 420, y: 300 }, size, screen)).toBe(false);
  });
});
