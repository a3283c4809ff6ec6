import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImageryLayer } from '../data/imagery-schema.ts';
import {
  familiesOf,
  familyDates,
  familyOf,
  imageryAsOf,
  stepByRelease,
  stepByYear,
  timelineRange,
} from './imagery-timeline.ts';

/** The shipped catalog (check-data validates it): yearly Sentinel-2 mosaics, Wayback releases, one GIBS layer. */
const catalog = JSON.parse(readFileSync('data/imagery.json', 'utf8')) as {
  defaultPair: { before: string; after: string };
  layers: ImageryLayer[];
};

describe('the shipped catalog', () => {
  it('puts every layer in a family', () => {
    expect(catalog.layers.every((layer) => layer.family && layer.dateKind)).toBe(true);
    expect(familiesOf(catalog)).toEqual(['s2-cloudless', 'gibs-landsat-weld', 'wayback']);
    expect(familyOf(catalog, catalog.defaultPair.after)).toBe('s2-cloudless');
  });
  it('labels Wayback dates as releases and mosaic years as captures', () => {
    expect(new Set(familyDates(catalog, 'wayback').map((d) => d.dateKind))).toEqual(new Set(['release']));
    expect(new Set(familyDates(catalog, 's2-cloudless').map((d) => d.dateKind))).toEqual(
      new Set(['capture']),
    );
  });
});

describe('familyDates (the ticks)', () => {
  it('lists a family oldest first, each from the day it is complete', () => {
    const dates = familyDates(catalog, 's2-cloudless');
    expect(dates.map((d) => d.date)).toEqual([
      '2016',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    expect(dates[0]?.day).toBe('2016-12-31');
    expect(familyDates(catalog, 'wayback').map((d) => d.day)).toEqual([
      '2014-02-20',
      '2020-12-16',
      '2023-12-07',
      '2024-10-10',
      '2025-12-18',
    ]);
    expect(familyDates(catalog, 'nope')).toEqual([]);
  });
});

describe('imageryAsOf', () => {
  it.each([
    ['s2-cloudless', '2016-12-30', undefined],
    ['s2-cloudless', '2016-12-31', 's2-2016'],
    ['s2-cloudless', '2018-06-01', 's2-2016'],
    ['s2-cloudless', '2021-06-01', 's2-2020'],
    ['s2-cloudless', '2022-01-01', 's2-2021'],
    ['s2-cloudless', '2040-01-01', 's2-2025'],
    ['s2-cloudless', undefined, 's2-2025'],
    ['wayback', '2014-02-19', undefined],
    ['wayback', '2014-02-20', 'wayback-2014-02-20'],
    ['wayback', '2023-12-06', 'wayback-2020-12-16'],
    ['wayback', '2023-12-07', 'wayback-2023-12-07'],
    ['nope', '2023-12-07', undefined],
  ])('%s on %s shows %s', (family, date, id) => {
    expect(imageryAsOf(catalog, family, date)?.id).toBe(id);
  });
});

describe('the range and its steps', () => {
  it('runs from the first imagery to today', () => {
    expect(timelineRange(catalog, '2026-12-02', 's2-cloudless')).toEqual({
      min: '2016-12-31',
      max: '2026-12-02',
    });
    expect(timelineRange(catalog, '2026-12-02')).toEqual({ min: '2000-12-01', max: '2026-12-02' });
    expect(timelineRange(catalog, '2026-12-02', 'nope')).toBeUndefined();
    expect(timelineRange(catalog, '1999-01-01')).toBeUndefined();
  });
  it('steps by year inside the range', () => {
    const range = { min: '2016-12-31', max: '2026-12-02' };
    expect(stepByYear('2021-06-01', 1, range)).toBe('2022-06-01');
    expect(stepByYear('2026-06-01', 1, range)).toBe('2026-12-02');
    expect(stepByYear('2017-06-01', -1, range)).toBe('2016-12-31');
  });
  it('steps by release to the days the shown layer changes', () => {
    expect(stepByRelease(catalog, 'wayback', '2021-06-01', 1)).toBe('2023-12-07');
    expect(stepByRelease(catalog, 'wayback', '2023-12-07', 1)).toBe('2024-10-10');
    expect(stepByRelease(catalog, 'wayback', '2025-12-18', 1)).toBeUndefined();
    expect(stepByRelease(catalog, 'wayback', '2021-06-01', -1)).toBe('2020-12-16');
    expect(stepByRelease(catalog, 'wayback', '2020-12-16', -1)).toBe('2014-02-20');
    expect(stepByRelease(catalog, 'wayback', '2014-02-20', -1)).toBeUndefined();
    expect(stepByRelease(catalog, 's2-cloudless', '2021-06-01', 1)).toBe('2021-12-31');
  });
});
