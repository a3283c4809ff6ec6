/**
 * A project as of a date: its status and its Great Return figures on that day, derived from its dates and
 * never guessed. The rules (tested edge by edge in as-of.test.ts; the map's expression in
 * status-expression.ts follows the same rules and is tested to agree on the shipped data):
 *
 * - No date chosen ("today"): the curated `status`, unchanged.
 * - Before `earliest` (the day the project's districts returned to Azerbaijani control, when known): not
 *   started — no reconstruction could begin there before.
 * - From `statusAsOf` on, the curated `status` holds. A source confirmed it on that day, and nothing later is
 *   known: an `end` after `statusAsOf` on an unfinished project is a plan, not a completion.
 * - Before `statusAsOf`, the dates decide, bounded by the curated status (work does not un-start):
 *   a `planned` project had not started; otherwise, before `start` → not started; for an `under-construction`
 *   project from `start` on → under construction; for a `completed` one from `end` on → completed, between
 *   `start` and `end` → under construction. A needed date that is missing gives `date-unknown`.
 *
 * Partial dates name periods. A start counts from the first day of its period ("2021-04" → 1 April 2021); an
 * end, a `statusAsOf` and a resettlement figure count from the last day ("2022-07" → 31 July 2022), the day by
 * which they had certainly happened.
 */
import type { ResettlementPoint } from '../data/resettlement-schema.ts';
import type { ProjectProperties, Status } from '../data/schema.ts';
import { firstDay, lastDay, type IsoDay } from './day.ts';

/** A project's state on a day: a curated status, or one of the two states only a date can give. */
export type AsOfStatus = Status | 'not-started' | 'date-unknown';

export const AS_OF_STATUSES: readonly AsOfStatus[] = [
  'not-started',
  'planned',
  'under-construction',
  'completed',
  'date-unknown',
];

/** The fields the rules read. */
export type StatusDates = Pick<ProjectProperties, 'status' | 'statusAsOf' | 'start' | 'end'>;

export interface AsOfOptions {
  /** The day before which no work can have begun (see `earliestStart`). */
  earliest?: IsoDay;
}

/** The day an "as of" date stands for: a whole day as given, a partial date at the end of its period. */
export const asOfDay = (date: string): IsoDay => lastDay(date);

export function statusAsOf(
  project: { properties: StatusDates },
  date: string | undefined,
  options: AsOfOptions = {},
): AsOfStatus {
  const { status, statusAsOf: confirmed, start, end } = project.properties;
  if (date === undefined) return status;
  const day = asOfDay(date);
  if (options.earliest !== undefined && day < options.earliest) return 'not-started';
  if (day >= lastDay(confirmed)) return status;
  if (status === 'planned') return 'not-started';
  if (start !== undefined && day < firstDay(start)) return 'not-started';
  if (status === 'under-construction') return start === undefined ? 'date-unknown' : 'under-construction';
  if (end !== undefined && day >= lastDay(end)) return 'completed';
  return start !== undefined && end !== undefined ? 'under-construction' : 'date-unknown';
}

/** Whether a project counts on the map and in the counts on that day: it had started (or may have). */
export const hasStarted = (status: AsOfStatus): boolean => status !== 'not-started';

interface DistrictDates {
  properties: { liberated?: string };
}

/**
 * The earliest day work on a project can have begun: the day the first of its districts returned to
 * Azerbaijani control (a route may start in any of them). Undefined when one of its districts has no such
 * date (it was never occupied, or the data does not say): then nothing bounds the start.
 */
export function earliestStart(
  districtIds: readonly string[],
  districts: ReadonlyMap<string, DistrictDates>,
): IsoDay | undefined {
  let earliest: IsoDay | undefined;
  for (const id of districtIds) {
    const liberated = districts.get(id)?.properties.liberated;
    if (liberated === undefined) return undefined;
    const day = firstDay(liberated);
    if (earliest === undefined || day < earliest) earliest = day;
  }
  return earliest;
}

/** A settlement's figures, oldest first: its series, or its one figure (sourced by the project's sources). */
export function resettlementSeries(project: {
  properties: Pick<ProjectProperties, 'resettlement'>;
}): readonly (Omit<ResettlementPoint, 'sources'> & Partial<Pick<ResettlementPoint, 'sources'>>)[] {
  const figures = project.properties.resettlement;
  if (!figures) return [];
  if (figures.series) return figures.series;
  const { families, residents, date } = figures;
  return [{ date, families, residents }];
}

/** The latest figure reported by the date (the latest of all without a date); undefined before the first. */
export function resettlementAsOf(
  project: { properties: Pick<ProjectProperties, 'resettlement'> },
  date: string | undefined,
): ReturnType<typeof resettlementSeries>[number] | undefined {
  const series = resettlementSeries(project);
  if (date === undefined) return series.at(-1);
  const day = asOfDay(date);
  return series.findLast((point) => lastDay(point.date) <= day);
}
