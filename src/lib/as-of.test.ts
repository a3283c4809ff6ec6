import { describe, expect, it } from 'vitest';
import type { ProjectProperties } from '../data/schema.ts';
import {
  earliestStart,
  hasStarted,
  resettlementAsOf,
  resettlementSeries,
  statusAsOf,
  type AsOfStatus,
  type StatusDates,
} from './as-of.ts';

const project = (properties: StatusDates) => ({ properties });

/** Fuzuli airport: dated to the day. */
const airport = project({
  status: 'completed',
  statusAsOf: '2021-10-27',
  start: '2021-01',
  end: '2021-10-26',
});
/** Aghali: month dates, confirmed long after completion. */
const village = project({ status: 'completed', statusAsOf: '2023-11-26', start: '2021-04', end: '2022-07' });
/** A road still under construction after its planned end. */
const road = project({ status: 'under-construction', statusAsOf: '2024-01-26', start: '2022', end: '2024' });
/** A railway whose planned end passed before the source that still calls it unfinished. */
const slipped = project({
  status: 'under-construction',
  statusAsOf: '2026-02-27',
  start: '2021-02-14',
  end: '2025',
});
const noStart = project({ status: 'under-construction', statusAsOf: '2025-05-01' });
/** Foundation laid, works not started when last confirmed. */
const planned = project({ status: 'planned', statusAsOf: '2024-08-02', start: '2023-05-27' });
const undated = project({ status: 'completed', statusAsOf: '2022-05' });
const startOnly = project({ status: 'completed', statusAsOf: '2023-03-16', start: '2021' });
const endOnly = project({ status: 'completed', statusAsOf: '2023-03-16', end: '2023-03-16' });
/** Confirmed in a month during which it opened. */
const sameMonth = project({
  status: 'completed',
  statusAsOf: '2024-05',
  start: '2022-07-01',
  end: '2024-05-10',
});

describe('statusAsOf', () => {
  it.each<[string, ReturnType<typeof project>, string | undefined, AsOfStatus]>([
    // Today (no date): the curated status, whatever the dates say.
    ['today is the curated status', airport, undefined, 'completed'],
    ['today for a planned project', planned, undefined, 'planned'],
    ['today for an undated project', undated, undefined, 'completed'],
    // Start and end, to the day.
    ['the day before the start month', airport, '2020-12-31', 'not-started'],
    ['the first day of the start month', airport, '2021-01-01', 'under-construction'],
    ['between start and end', airport, '2021-06-01', 'under-construction'],
    ['the day before the end', airport, '2021-10-25', 'under-construction'],
    ['the end day itself', airport, '2021-10-26', 'completed'],
    ['after the end', airport, '2022-01-01', 'completed'],
    // Month precision: a start counts from the month's first day, an end from its last.
    ['before the start month', village, '2021-03-31', 'not-started'],
    ['the start month begins', village, '2021-04-01', 'under-construction'],
    ['the end month, before its last day', village, '2022-07-30', 'under-construction'],
    ['the last day of the end month', village, '2022-07-31', 'completed'],
    // Year precision; an end after statusAsOf on an unfinished project is a plan.
    ['before the start year', road, '2021-12-31', 'not-started'],
    ['the start year begins', road, '2022-01-01', 'under-construction'],
    ['the day before confirmation', road, '2024-01-25', 'under-construction'],
    ['the planned end has passed', road, '2024-12-31', 'under-construction'],
    ['long after the planned end', road, '2030-01-01', 'under-construction'],
    // A planned end before the confirmation is not a completion either.
    ['after a slipped end, before confirmation', slipped, '2025-12-31', 'under-construction'],
    ['before the start of a slipped project', slipped, '2021-02-13', 'not-started'],
    // A missing start is unknown before the confirmation, never guessed.
    ['no start, before confirmation', noStart, '2025-04-30', 'date-unknown'],
    ['no start, on the confirmation day', noStart, '2025-05-01', 'under-construction'],
    // Planned: not started before its confirmation (even after a foundation stone), planned from it on.
    ['planned, after the foundation stone', planned, '2024-08-01', 'not-started'],
    ['planned, from confirmation', planned, '2024-08-02', 'planned'],
    ['planned, years later', planned, '2030-06-01', 'planned'],
    // Completed without dates: unknown until confirmed (a month counts from its last day).
    ['undated, within the confirmation month', undated, '2022-05-30', 'date-unknown'],
    ['undated, last day of the confirmation month', undated, '2022-05-31', 'completed'],
    ['start only, before it', startOnly, '2020-12-31', 'not-started'],
    ['start only, after it', startOnly, '2021-01-01', 'date-unknown'],
    ['start only, confirmed', startOnly, '2023-03-16', 'completed'],
    ['end only, before it', endOnly, '2023-03-15', 'date-unknown'],
    ['end only, on it', endOnly, '2023-03-16', 'completed'],
    // A confirmation month that contains the opening: the end decides inside the month.
    ['confirmation month, before the opening', sameMonth, '2024-05-05', 'under-construction'],
    ['confirmation month, the opening day', sameMonth, '2024-05-10', 'completed'],
    // A partial "as of" date stands for the end of its period.
    ['as of a year', airport, '2021', 'completed'],
    ['as of a month', airport, '2021-06', 'under-construction'],
  ])('%s', (_, subject, date, expected) => {
    expect(statusAsOf(subject, date)).toBe(expected);
  });

  it('is not started before its districts returned, whatever else is known', () => {
    const earliest = '2020-10-17';
    expect(statusAsOf(undated, '2020-10-16', { earliest })).toBe('not-started');
    expect(statusAsOf(undated, '2020-10-17', { earliest })).toBe('date-unknown');
    expect(statusAsOf(noStart, '2019-01-01', { earliest })).toBe('not-started');
    expect(statusAsOf(airport, undefined, { earliest: '2030-01-01' })).toBe('completed');
  });

  it('keeps started projects, and only those, on the map', () => {
    expect(hasStarted('not-started')).toBe(false);
    for (const status of ['planned', 'under-construction', 'completed', 'date-unknown'] as const) {
      expect(hasStarted(status)).toBe(true);
    }
  });
});

describe('earliestStart', () => {
  const districts = new Map([
    ['AZ-FUZ', { properties: { liberated: '2020-10-17' } }],
    ['AZ-SUS', { properties: { liberated: '2020-11-08' } }],
    ['AZ-XA', { properties: { liberated: '2023-09' } }],
    ['AZ-BAR', { properties: {} }],
  ]);
  it('is the first return among the districts', () => {
    expect(earliestStart(['AZ-SUS', 'AZ-FUZ'], districts)).toBe('2020-10-17');
    expect(earliestStart(['AZ-XA'], districts)).toBe('2023-09-01');
  });
  it('is unbounded when a district has no date or is unknown', () => {
    expect(earliestStart(['AZ-FUZ', 'AZ-BAR'], districts)).toBeUndefined();
    expect(earliestStart(['AZ-NOPE'], districts)).toBeUndefined();
  });
});

describe('resettlementAsOf', () => {
  const source = { title: 'Report', url: 'https://example.org/r' };
  const resettlement = {
    date: '2025-11-13',
    families: 96,
    residents: 374,
    series: [
      { date: '2025-08', families: 22, residents: 83, sources: [source] },
      { date: '2025-10-01', families: 50, sources: [source] },
      { date: '2025-11-13', families: 96, residents: 374, sources: [source] },
    ],
  } satisfies ProjectProperties['resettlement'];
  const settlement = { properties: { resettlement } };

  it.each([
    ['before the first figure', '2025-08-30', undefined],
    ['a month figure counts from its last day', '2025-08-31', '2025-08'],
    ['between figures, the earlier', '2025-09-30', '2025-08'],
    ['on a figure day', '2025-10-01', '2025-10-01'],
    ['after the last', '2030-01-01', '2025-11-13'],
    ['today, the latest', undefined, '2025-11-13'],
  ])('%s', (_, date, expected) => {
    expect(resettlementAsOf(settlement, date)?.date).toBe(expected);
  });

  it('reads one figure as a series of one, sourced by the project', () => {
    const single = { properties: { resettlement: { date: '2023-03-16', families: 20, residents: 90 } } };
    expect(resettlementSeries(single)).toEqual([{ date: '2023-03-16', families: 20, residents: 90 }]);
    expect(resettlementAsOf(single, '2023-03-15')).toBeUndefined();
    expect(resettlementAsOf(single, '2023-03-16')?.families).toBe(20);
    expect(resettlementAsOf({ properties: {} }, undefined)).toBeUndefined();
  });
});
