import { describe, expect, it } from 'vitest';
import { formatPartialDate } from './dates.ts';

describe('formatPartialDate', () => {
  it('formats a year, a month and a day', () => {
    expect(formatPartialDate('2022', 'en')).toBe('2022');
    expect(formatPartialDate('2022-07', 'en')).toBe('July 2022');
    expect(formatPartialDate('2022-07-25', 'en')).toBe('July 25, 2022');
  });
  it('uses the chosen language', () => {
    expect(formatPartialDate('2022-07', 'ru')).toMatch(/июль 2022/i);
  });
  it('leaves text it cannot read as it is', () => {
    expect(formatPartialDate('soon', 'en')).toBe('soon');
  });
});
