/**
 * The timeline's track: days as positions (0–1) and back, the day a key press leads to, and snapping a
 * tap to the nearest imagery date (a finger cannot hit a day; an imagery date is what a visitor looks for).
 */
import { addYears, clampDay, type IsoDay } from '../lib/day.ts';
import type { TimelineRange } from '../lib/imagery-timeline.ts';

const DAY_MS = 86_400_000;
const toMs = (day: IsoDay) => Date.parse(`${day}T00:00:00Z`);
const fromMs = (ms: number): IsoDay => new Date(ms).toISOString().slice(0, 10);

/** Whole days from the range's start to the day. */
export const dayIndex = (range: TimelineRange, day: IsoDay): number =>
  Math.round((toMs(day) - toMs(range.min)) / DAY_MS);

export const dayCount = (range: TimelineRange): number => dayIndex(range, range.max);

export function fractionOf(range: TimelineRange, day: IsoDay): number {
  const count = dayCount(range);
  return count === 0 ? 1 : Math.min(1, Math.max(0, dayIndex(range, day) / count));
}

export function dayAt(range: TimelineRange, fraction: number): IsoDay {
  const clamped = Math.min(1, Math.max(0, fraction));
  return fromMs(toMs(range.min) + Math.round(clamped * dayCount(range)) * DAY_MS);
}

/** The nearest tick within `tolerance` (a fraction of the track), else the day itself. */
export function snapToTick(
  range: TimelineRange,
  day: IsoDay,
  ticks: readonly IsoDay[],
  tolerance: number,
): IsoDay {
  const at = fractionOf(range, day);
  let best: IsoDay | undefined;
  let distance = tolerance;
  for (const tick of ticks) {
    const d = Math.abs(fractionOf(range, tick) - at);
    if (d <= distance) {
      best = tick;
      distance = d;
    }
  }
  return best ?? day;
}

export type TrackKey = 'next' | 'previous' | 'yearForward' | 'yearBack' | 'first' | 'last';

/**
 * The day a step leads to. Imagery steps go to the next (previous) imagery date, and past the last one to
 * today (before the first one, to the start); year steps keep the day of the year, inside the range.
 */
export function stepDay(range: TimelineRange, ticks: readonly IsoDay[], day: IsoDay, key: TrackKey): IsoDay {
  switch (key) {
    case 'next':
      return ticks.find((tick) => tick > day && tick <= range.max) ?? range.max;
    case 'previous':
      return ticks.findLast((tick) => tick < day && tick >= range.min) ?? range.min;
    case 'yearForward':
      return clampDay(addYears(day, 1), range.min, range.max);
    case 'yearBack':
      return clampDay(addYears(day, -1), range.min, range.max);
    case 'first':
      return range.min;
    case 'last':
      return range.max;
  }
}

/** Keyboard keys of the slider (ARIA slider pattern: arrows small steps, Page keys large, Home/End ends). */
export const TRACK_KEYS: Readonly<Record<string, TrackKey>> = {
  ArrowRight: 'next',
  ArrowUp: 'next',
  ArrowLeft: 'previous',
  ArrowDown: 'previous',
  PageUp: 'yearForward',
  PageDown: 'yearBack',
  Home: 'first',
  End: 'last',
};
