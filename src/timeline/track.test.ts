import { describe, expect, it } from 'vitest';
import { dayAt, dayCount, fractionOf, snapToTick, stepDay } from './track.ts';

const range = { min: '2016-12-31', max: '2026-12-02' };
const ticks = ['2016-12-31', '2018-12-31', '2019-12-31', '2020-12-31', '2021-12-31'];

describe('the timeline track', () => {
  it('maps days to positions and back', () => {
    expect(fractionOf(range, range.min)).toBe(0);
    expect(fractionOf(range, range.max)).toBe(1);
    expect(dayAt(range, 0)).toBe(range.min);
    expect(dayAt(range, 1)).toBe(range.max);
    expect(dayAt(range, fractionOf(range, '2021-06-01'))).toBe('2021-06-01');
    expect(dayAt(range, 2)).toBe(range.max);
    expect(dayCount({ min: '2020-01-01', max: '2021-01-01' })).toBe(366);
  });
  it('snaps a tap to a nearby imagery date only', () => {
    const near = dayAt(range, fractionOf(range, '2019-12-31') + 0.005);
    expect(snapToTick(range, near, ticks, 0.01)).toBe('2019-12-31');
    expect(snapToTick(range, '2024-06-01', ticks, 0.01)).toBe('2024-06-01');
  });
  it('steps by imagery date, to today after the last and to the start before the first', () => {
    expect(stepDay(range, ticks, '2019-06-01', 'next')).toBe('2019-12-31');
    expect(stepDay(range, ticks, '2019-12-31', 'next')).toBe('2020-12-31');
    expect(stepDay(range, ticks, '2022-03-01', 'next')).toBe(range.max);
    expect(stepDay(range, ticks, '2019-12-31', 'previous')).toBe('2018-12-31');
    expect(stepDay(range, ticks, '2016-12-31', 'previous')).toBe(range.min);
  });
  it('steps by year inside the range, and to either end', () => {
    expect(stepDay(range, ticks, '2021-06-01', 'yearForward')).toBe('2022-06-01');
    expect(stepDay(range, ticks, '2021-06-01', 'yearBack')).toBe('2020-06-01');
    expect(stepDay(range, ticks, '2026-06-01', 'yearForward')).toBe(range.max);
    expect(stepDay(range, ticks, '2017-06-01', 'yearBack')).toBe(range.min);
    expect(stepDay(range, ticks, '2021-06-01', 'first')).toBe(range.min);
    expect(stepDay(range, ticks, '2021-06-01', 'last')).toBe(range.max);
  });
});
