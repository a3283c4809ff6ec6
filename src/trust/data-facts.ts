/**
 * Facts about the data that the "About the data" panel states, derived from the data itself: the date it
 * is current to, and what each correction changed in a form every language can render.
 */
import type { Correction } from '../data/corrections.ts';
import type { ProjectFeature } from '../data/schema.ts';
import { isBefore } from '../lib/day.ts';
import { isPartialDate } from '../lib/day.ts';
import { distanceKm } from '../lib/geo.ts';

const newest = (dates: readonly string[]): string | undefined =>
  dates.reduce<string | undefined>(
    (best, date) => (best === undefined || isBefore(best, date) ? date : best),
    undefined,
  );

export interface DataDates {
  /** The newest `statusAsOf`: no project's status is confirmed later than this. */
  currentTo?: string;
  /** The date of the newest entry of the corrections log. */
  lastCorrection?: string;
}

export function dataDates(
  projects: readonly ProjectFeature[],
  corrections: readonly Correction[],
): DataDates {
  const currentTo = newest(projects.map((project) => project.properties.statusAsOf));
  const lastCorrection = newest(corrections.map((entry) => entry.date));
  return { ...(currentTo && { currentTo }), ...(lastCorrection && { lastCorrection }) };
}

/** What a correction changed, when its before and after say it in a form worth showing. */
export type Change =
  | { kind: 'moved'; km: number }
  | { kind: 'dates'; before: string; after: string }
  | { kind: 'districts'; before: readonly string[]; after: readonly string[] }
  | { kind: 'text'; before: string; after: string }
  | { kind: 'none' };

const isLonLat = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number');
const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export function changeOf(entry: Correction): Change {
  const { before, after } = entry;
  if (isLonLat(before) && isLonLat(after)) return { kind: 'moved', km: distanceKm(before, after) };
  if (typeof before === 'string' && typeof after === 'string') {
    return isPartialDate(before) && isPartialDate(after)
      ? { kind: 'dates', before, after }
      : { kind: 'text', before, after };
  }
  if (isIdList(before) && isIdList(after)) return { kind: 'districts', before, after };
  return { kind: 'none' };
}

/** The log newest first (the file keeps it oldest first), entries of one day in file order. */
export function newestFirst(corrections: readonly Correction[]): Correction[] {
  return corrections
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) =>
      a.entry.date === b.entry.date ? a.index - b.index : isBefore(a.entry.date, b.entry.date) ? 1 : -1,
    )
    .map(({ entry }) => entry);
}
