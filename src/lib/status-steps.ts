/**
 * Project statuses on a day, cheap enough for every step of the timeline on 10 000 projects. The rules are
 * those of `statusAsOf` (as-of.ts), read from the days `asOfProperties` (status-expression.ts) computed once
 * per data set, so no partial date is parsed per step. They compare the day only with those few days (`<` or
 * `>=`), so a project's status is a step function of the day that can change only on them: its steps are
 * computed once, and a move from one day to another revisits only the projects with a step in between —
 * O(changed), not O(projects). status-steps.test.ts checks all of it against `statusAsOf`.
 */
import type { AsOfStatus } from './as-of.ts';
import type { IsoDay } from './day.ts';
import type { AsOfFeatureProperties } from './status-expression.ts';

/** `statusAsOf` on a whole day (`YYYY-MM-DD`) from a project's precomputed days. */
export function statusOnDay(days: AsOfFeatureProperties, day: IsoDay): AsOfStatus {
  const { status, asOfConfirmed, asOfStart, asOfEnd, asOfEarliest } = days;
  if (asOfEarliest !== undefined && day < asOfEarliest) return 'not-started';
  if (day >= asOfConfirmed) return status;
  if (status === 'planned') return 'not-started';
  if (asOfStart !== undefined && day < asOfStart) return 'not-started';
  if (status === 'under-construction') return asOfStart === undefined ? 'date-unknown' : 'under-construction';
  if (asOfEnd !== undefined && day >= asOfEnd) return 'completed';
  return asOfStart !== undefined && asOfEnd !== undefined ? 'under-construction' : 'date-unknown';
}

/** A project's status as a step function: `first` before `days[0]`, then `statuses[k]` from `days[k]` on. */
export interface StatusSteps {
  first: AsOfStatus;
  days: readonly IsoDay[];
  statuses: readonly AsOfStatus[];
}

/** Before every day: the empty string sorts before any ISO day. */
const BEFORE_ALL = '';

export function statusSteps(days: AsOfFeatureProperties): StatusSteps {
  const candidates = [days.asOfEarliest, days.asOfConfirmed, days.asOfStart, days.asOfEnd]
    .filter((day): day is IsoDay => day !== undefined)
    .sort();
  const first = statusOnDay(days, BEFORE_ALL);
  const changes: IsoDay[] = [];
  const statuses: AsOfStatus[] = [];
  let last = first;
  for (const day of candidates) {
    const status = statusOnDay(days, day);
    if (status === last) continue;
    changes.push(day);
    statuses.push(status);
    last = status;
  }
  return { first, days: changes, statuses };
}

export function statusAtStep(steps: StatusSteps, day: IsoDay): AsOfStatus {
  let status = steps.first;
  for (let k = 0; k < steps.days.length && (steps.days[k] as IsoDay) <= day; k++) {
    status = steps.statuses[k] as AsOfStatus;
  }
  return status;
}

/** Every project's steps (in data order), and every step of every project sorted by its day. */
export interface StatusIndex {
  steps: readonly StatusSteps[];
  /** The curated statuses: the statuses today, when no day is chosen. */
  curated: readonly AsOfStatus[];
  /** The days of all steps, ascending; `owners[k]` is the project (its data index) that changes on `changeDays[k]`. */
  changeDays: readonly IsoDay[];
  owners: Int32Array;
}

export function statusIndex(projects: readonly AsOfFeatureProperties[]): StatusIndex {
  const steps = projects.map(statusSteps);
  const events: [IsoDay, number][] = [];
  steps.forEach((project, i) => {
    for (const day of project.days) events.push([day, i]);
  });
  events.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return {
    steps,
    curated: projects.map((project) => project.status),
    changeDays: events.map(([day]) => day),
    owners: Int32Array.from(events, ([, owner]) => owner),
  };
}

/** Every project's status on a day (data order), computed from scratch. */
export function statusesOn(index: StatusIndex, day: IsoDay): AsOfStatus[] {
  return index.steps.map((steps) => statusAtStep(steps, day));
}

/** The first position in the sorted days whose day is after `day`. */
function firstAfter(days: readonly IsoDay[], day: IsoDay): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as IsoDay) <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The statuses on `day` from those on `from.day`: only the projects with a step after the earlier of the two
 * days and not after the later one can differ. A new array (the old one is left as it was).
 */
export function moveStatuses(
  index: StatusIndex,
  from: { day: IsoDay; statuses: readonly AsOfStatus[] },
  day: IsoDay,
): AsOfStatus[] {
  const next = from.statuses.slice();
  if (day === from.day) return next;
  const [low, high] = day < from.day ? [day, from.day] : [from.day, day];
  const end = firstAfter(index.changeDays, high);
  for (let k = firstAfter(index.changeDays, low); k < end; k++) {
    const owner = index.owners[k] as number;
    next[owner] = statusAtStep(index.steps[owner] as StatusSteps, day);
  }
  return next;
}
