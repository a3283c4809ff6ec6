import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The benchmark's seeded PRNG: the same "random" walk on every run.
import { random } from '../../bench/synthetic-projects.ts';
import type { DistrictFeature, ProjectFeature } from '../data/schema.ts';
import { earliestStart, statusAsOf, type StatusDates } from './as-of.ts';
import { firstDay, lastDay } from './day.ts';
import { asOfProperties } from './status-expression.ts';
import {
  moveStatuses,
  statusAtStep,
  statusesOn,
  statusIndex,
  statusOnDay,
  statusSteps,
} from './status-steps.ts';

/** The shipped data, each project with the day its districts returned (as status-expression.test.ts). */
const features = <T>(file: string) =>
  (JSON.parse(readFileSync(`data/${file}`, 'utf8')) as { features: T[] }).features;
const districts = new Map(features<DistrictFeature>('districts.geojson').map((d) => [d.id, d]));

/** Shapes the shipped data may lack: every status, missing dates, a confirmation before the end, an early start. */
const crafted: { properties: StatusDates; earliest?: string }[] = [
  { properties: { status: 'planned', statusAsOf: '2025-06' } },
  { properties: { status: 'planned', statusAsOf: '2025', start: '2024-03', end: '2027' } },
  { properties: { status: 'under-construction', statusAsOf: '2024-05-01' } },
  {
    properties: { status: 'under-construction', statusAsOf: '2024-05-01', start: '2022' },
    earliest: '2020-11-20',
  },
  { properties: { status: 'under-construction', statusAsOf: '2023', start: '2022', end: '2023-06' } },
  { properties: { status: 'completed', statusAsOf: '2024' } },
  { properties: { status: 'completed', statusAsOf: '2024', start: '2021-04' } },
  { properties: { status: 'completed', statusAsOf: '2024', end: '2022-07' } },
  { properties: { status: 'completed', statusAsOf: '2022-03', start: '2021', end: '2023' } },
  {
    properties: { status: 'completed', statusAsOf: '2023', start: '2019', end: '2021' },
    earliest: '2020-12-01',
  },
  {
    properties: { status: 'completed', statusAsOf: '2021-10-27', start: '2021', end: '2021-10-26' },
    earliest: '2020-10-17',
  },
];
const subjects = [
  ...features<ProjectFeature>('projects.geojson').map((project) => ({
    properties: project.properties as StatusDates,
    earliest: earliestStart(project.properties.districts, districts),
  })),
  ...crafted,
].map(({ properties, earliest }) => ({
  properties,
  earliest,
  days: asOfProperties(properties, earliest),
}));

/** Every half year, and the day before, on and after every date of every subject. */
function testDays(): string[] {
  const days = new Set<string>();
  for (let year = 2015; year <= 2028; year++) days.add(`${year}-01-01`).add(`${year}-07-01`);
  for (const { properties, earliest } of subjects) {
    const { start, end, statusAsOf: confirmed } = properties;
    const edges = [start && firstDay(start), end && lastDay(end), lastDay(confirmed), earliest];
    for (const day of edges) {
      if (day === undefined) continue;
      const date = new Date(`${day}T00:00:00Z`).getTime();
      for (const shift of [-1, 0, 1]) {
        days.add(new Date(date + shift * 86_400_000).toISOString().slice(0, 10));
      }
    }
  }
  return [...days].sort();
}

const days = testDays();

describe('statuses from precomputed days', () => {
  it('agree with statusAsOf for every project on every day that matters', () => {
    expect(days.length).toBeGreaterThan(100);
    const disagreements: string[] = [];
    for (const { properties, earliest, days: fields } of subjects) {
      for (const day of days) {
        const expected = statusAsOf({ properties }, day, { earliest });
        const got = statusOnDay(fields, day);
        if (got !== expected) disagreements.push(`${JSON.stringify(properties)} on ${day}: ${got}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('as steps: a few changes per project, each on one of its days, the same status on every day', () => {
    const disagreements: string[] = [];
    for (const { days: fields } of subjects) {
      const steps = statusSteps(fields);
      expect(steps.days.length).toBeLessThanOrEqual(4);
      expect([...steps.days].sort()).toEqual(steps.days);
      for (const day of days) {
        if (statusAtStep(steps, day) !== statusOnDay(fields, day)) {
          disagreements.push(`${JSON.stringify(fields)} on ${day}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('the status index', () => {
  const index = statusIndex(subjects.map((subject) => subject.days));

  it('holds every step in day order, and the curated statuses for today', () => {
    expect([...index.changeDays].sort()).toEqual(index.changeDays);
    expect(index.owners).toHaveLength(index.changeDays.length);
    expect(index.curated).toEqual(subjects.map((subject) => subject.properties.status));
  });

  it('moves from day to day to the statuses computed from scratch, and leaves the old ones alone', () => {
    const rand = random(13);
    let from = { day: days[0] as string, statuses: statusesOn(index, days[0] as string) };
    // A random walk over the days that matter, then whole years back and forth (the slider's Page keys).
    const walk = [
      ...Array.from({ length: 300 }, () => days[Math.floor(rand() * days.length)] as string),
      ...['2021-06-01', '2022-06-01', '2023-06-01', '2022-06-01', '2021-06-01', '2020-06-01', '2027-06-01'],
    ];
    for (const day of walk) {
      const before = from.statuses.slice();
      const moved = moveStatuses(index, from, day);
      expect(moved, `${from.day} → ${day}`).toEqual(statusesOn(index, day));
      expect(from.statuses).toEqual(before);
      from = { day, statuses: moved };
    }
  });
});
