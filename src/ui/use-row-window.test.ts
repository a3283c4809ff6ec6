import { describe, expect, it } from 'vitest';
import { rowWindow } from './use-row-window.ts';

describe('rowWindow', () => {
  it('shows the rows in the viewport plus overscan', () => {
    expect(rowWindow(10_000, 64, 0, 480, 4)).toEqual({ first: 0, last: 12, totalHeight: 640_000 });
    expect(rowWindow(10_000, 64, 6400, 480, 4)).toEqual({ first: 96, last: 112, totalHeight: 640_000 });
  });
  it('stays within the list', () => {
    expect(rowWindow(5, 64, 0, 480, 4)).toEqual({ first: 0, last: 5, totalHeight: 320 });
    expect(rowWindow(0, 64, 0, 480, 4)).toEqual({ first: 0, last: 0, totalHeight: 0 });
    expect(rowWindow(20, 64, 10_000, 480, 4)).toEqual({ first: 20, last: 20, totalHeight: 1280 });
  });
});
