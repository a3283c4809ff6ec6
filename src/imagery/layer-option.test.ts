import { describe, expect, it } from 'vitest';
import { titleWithoutDate } from './layer-option.ts';

describe('titleWithoutDate', () => {
  it('takes a trailing year out of a yearly mosaic', () => {
    expect(titleWithoutDate('Sentinel-2 buludsuz mozaika 2019', '2019')).toBe('Sentinel-2 buludsuz mozaika');
    expect(titleWithoutDate('Sentinel-2 cloudless 2016', '2016')).toBe('Sentinel-2 cloudless');
  });

  it('takes a full date and the dash before it out', () => {
    expect(titleWithoutDate('Esri World Imagery Wayback — release 2014-02-20', '2014-02-20')).toBe(
      'Esri World Imagery Wayback — release',
    );
  });

  it('takes a bracketed year of a dated layer out', () => {
    expect(titleWithoutDate('Landsat WELD annual composite (2000)', '2000-12-01')).toBe(
      'Landsat WELD annual composite',
    );
  });

  it('keeps a title without the date, and a number that only contains the year', () => {
    expect(titleWithoutDate('Before (fixture)', '2019')).toBe('Before (fixture)');
    expect(titleWithoutDate('Sentinel-2 20190 mosaic', '2019')).toBe('Sentinel-2 20190 mosaic');
  });

  it('keeps a title that is only the date', () => {
    expect(titleWithoutDate('2019', '2019')).toBe('2019');
  });
});
