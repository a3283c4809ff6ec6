import { describe, expect, it } from 'vitest';
import type { Correction } from '../data/corrections.ts';
import type { ProjectFeature } from '../data/schema.ts';
import { changeOf, dataDates, newestFirst } from './data-facts.ts';

const entry = (date: string, before?: unknown, after?: unknown): Correction => ({
  date,
  subjects: [{ kind: 'project', id: 'p' }],
  kind: 'position',
  field: 'geometry',
  before,
  after,
  note: 'n',
  sources: [{ title: 't', url: 'https://example.org/' }],
});
const project = (statusAsOf: string) => ({ properties: { statusAsOf } }) as ProjectFeature;

describe('dataDates', () => {
  it('is current to the newest statusAsOf, comparing partial dates', () => {
    const dates = dataDates(
      [project('2025'), project('2026-03-13'), project('2024-12')],
      [entry('2026-12-02')],
    );
    expect(dates).toEqual({ currentTo: '2026-03-13', lastCorrection: '2026-12-02' });
  });

  it('says nothing without data', () => {
    expect(dataDates([], [])).toEqual({});
  });
});

describe('changeOf', () => {
  it('measures how far a position moved', () => {
    const change = changeOf(entry('2026', [46.5262, 39.6383], [46.5469, 39.6408]));
    expect(change.kind).toBe('moved');
    expect(change.kind === 'moved' && change.km).toBeCloseTo(1.8, 1);
  });

  it('tells dates, district lists and short texts apart, and shows nothing for the rest', () => {
    expect(changeOf(entry('2026', '2022-09', '2022-07-01'))).toEqual({
      kind: 'dates',
      before: '2022-09',
      after: '2022-07-01',
    });
    expect(changeOf(entry('2026', ['AZ-XVD'], ['AZ-AGC'])).kind).toBe('districts');
    expect(changeOf(entry('2026', 'Talish (Tartar)', 'Talish (Aghdara)')).kind).toBe('text');
    expect(changeOf(entry('2026', { families: 53 }, { families: 126 })).kind).toBe('none');
    expect(changeOf(entry('2026')).kind).toBe('none');
  });
});

describe('newestFirst', () => {
  it('puts the newest first and keeps one day in file order', () => {
    const a = entry('2026-11-30');
    const b = entry('2026-12-01');
    const c = entry('2026-12-01');
    expect(newestFirst([a, b, c])).toEqual([b, c, a]);
    expect(newestFirst([a, b, c])[0]).toBe(b);
  });
});
