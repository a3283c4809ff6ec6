/**
 * The imagery side of the timeline: a catalog family's dates (the slider's ticks), the layer shown on a day,
 * the timeline's range and its steps by year and by release.
 *
 * A layer becomes the one shown on the last day of the period its date names: a yearly mosaic "2021" mixes
 * captures from the whole year, so it is shown from 31 December 2021 on (earlier, it would show the future);
 * a Wayback release "2023-12-07" from that day on. Wayback dates are release dates, not capture dates
 * (`dateKind`): the imagery of a release may be years older.
 */
import type { DateKind, ImageryLayer } from '../data/imagery-schema.ts';
import { addYears, clampDay, lastDay, type IsoDay } from './day.ts';

interface Catalog {
  layers: readonly ImageryLayer[];
}

/** One date of a family: the layer and the day from which it is the latest. */
export interface FamilyDate {
  layer: ImageryLayer;
  /** The layer's date as the catalog writes it (for labels: "2021", "7 December 2023"). */
  date: string;
  /** The day from which this layer is shown. */
  day: IsoDay;
  dateKind: DateKind;
}

const cache = new WeakMap<readonly ImageryLayer[], Map<string, readonly FamilyDate[]>>();

/** A family's layers by date, oldest first (memoised per catalog). */
export function familyDates(catalog: Catalog, family: string): readonly FamilyDate[] {
  let byFamily = cache.get(catalog.layers);
  if (!byFamily) {
    byFamily = new Map();
    cache.set(catalog.layers, byFamily);
  }
  let dates = byFamily.get(family);
  if (!dates) {
    dates = catalog.layers
      .filter((layer) => layer.family === family)
      .map((layer) => ({
        layer,
        date: layer.date,
        day: lastDay(layer.date),
        dateKind: layer.dateKind ?? 'capture',
      }))
      .sort((a, b) => a.day.localeCompare(b.day));
    byFamily.set(family, dates);
  }
  return dates;
}

/** The families of a catalog, in the order of their first layer. */
export function familiesOf(catalog: Catalog): string[] {
  return [...new Set(catalog.layers.flatMap((layer) => (layer.family ? [layer.family] : [])))];
}

/** The family a catalog layer belongs to, if any (the default pair's after layer names the default family). */
export const familyOf = (catalog: Catalog, layerId: string): string | undefined =>
  catalog.layers.find((layer) => layer.id === layerId)?.family;

/** The latest layer of the family not after the day (the latest of all without a day); undefined before the first. */
export function imageryAsOf(catalog: Catalog, family: string, date?: string): ImageryLayer | undefined {
  const dates = familyDates(catalog, family);
  if (date === undefined) return dates.at(-1)?.layer;
  const day = lastDay(date);
  return dates.findLast((entry) => entry.day <= day)?.layer;
}

export interface TimelineRange {
  min: IsoDay;
  max: IsoDay;
}

/**
 * From the first imagery (of the family, or of any family) to today. Undefined when there is none, or when
 * the first imagery is after today.
 */
export function timelineRange(catalog: Catalog, today: IsoDay, family?: string): TimelineRange | undefined {
  const days = (family === undefined ? familiesOf(catalog) : [family]).flatMap((name) =>
    familyDates(catalog, name).map((entry) => entry.day),
  );
  const min = days.sort()[0];
  return min !== undefined && min <= today ? { min, max: today } : undefined;
}

export type Direction = 1 | -1;

/** The same day a year later or earlier, kept inside the range. */
export function stepByYear(day: IsoDay, direction: Direction, range?: TimelineRange): IsoDay {
  return clampDay(addYears(day, direction), range?.min, range?.max);
}

/**
 * The next (or previous) day on which the family's shown layer changes; undefined when there is none. From a
 * day between two releases, back goes to the release shown on that day.
 */
export function stepByRelease(
  catalog: Catalog,
  family: string,
  day: IsoDay,
  direction: Direction,
): IsoDay | undefined {
  const days = familyDates(catalog, family).map((entry) => entry.day);
  return direction === 1 ? days.find((d) => d > day) : days.findLast((d) => d < day);
}
