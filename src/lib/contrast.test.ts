import { describe, expect, it } from 'vitest';
import { contrastRatio, readableInk } from './contrast.ts';

describe('contrast', () => {
  it('measures as WCAG does', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBe(contrastRatio('#777777', '#ffffff'));
  });

  it('picks dark ink on light colours and white on dark ones', () => {
    expect(readableInk('#f59f00')).toBe('#1b1b1b');
    expect(readableInk('#1d3557')).toBe('#ffffff');
  });
});
