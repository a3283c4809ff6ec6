import { describe, expect, it } from 'vitest';
import { addYears, clampDay, firstDay, isBefore, isIsoDay, isPartialDate, lastDay, today } from './day.ts';

describe('partial dates as days', () => {
  it.each([
    ['2021', '2021-01-01', '2021-12-31'],
    ['2021-04', '2021-04-01', '2021-04-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2021-10-26', '2021-10-26', '2021-10-26'],
  ])('%s runs from %s to %s', (date, first, last) => {
    expect(firstDay(date)).toBe(first);
    expect(lastDay(date)).toBe(last);
  });

  it('refuses what is not a date', () => {
    for (const bad of ['', '21', '2021-13', '2023-02-29', '26.10.2021', '2021-1-5']) {
      expect(isPartialDate(bad), bad).toBe(false);
      expect(() => firstDay(bad), bad).toThrow();
    }
  });

  it('knows whole days', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('2024-02')).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('steps by years, keeping 29 February in range', () => {
    expect(addYears('2021-06-01', 1)).toBe('2022-06-01');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', -4)).toBe('2020-02-29');
  });
  it('clamps to a range with open ends', () => {
    expect(clampDay('2015-05-05', '2016-12-31', '2026-12-02')).toBe('2016-12-31');
    expect(clampDay('2030-01-01', undefined, '2026-12-02')).toBe('2026-12-02');
    expect(clampDay('2020-01-01')).toBe('2020-01-01');
  });
  it('says today in local time', () => {
    expect(today(new Date(2026, 11, 2, 23, 59))).toBe('2026-12-02');
  });
  it('compares at the shared precision', () => {
    expect(isBefore('2021-04', '2021-05')).toBe(true);
    expect(isBefore('2021', '2021-05')).toBe(false);
    expect(isBefore('2021-05', '2021')).toBe(false);
    expect(isBefore('2021-05-31', '2021-06')).toBe(true);
  });
});
