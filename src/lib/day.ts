/**
 * The data's partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as days. A partial date names a period; the
 * timeline needs a day, so each use says which end of the period it means: `firstDay` ("2021-04" →
 * 2021-04-01) for when something may have begun, `lastDay` ("2021-04" → 2021-04-30) for when it had
 * certainly happened. Days are ISO strings (`YYYY-MM-DD`), which order correctly as strings — also inside
 * MapLibre expressions, so the map and the list compare the same values.
 */

/** An ISO day, `YYYY-MM-DD`. */
export type IsoDay = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a date that exists (no 2023-02-30). */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** A whole, existing day: `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  return value.length === 10 && isPartialDate(value);
}

function parts(date: string): [number, number | undefined, number | undefined] {
  const match = PARTIAL_DATE.exec(date);
  if (!match || !isPartialDate(date)) throw new Error(`not a date: "${date}"`);
  const optional = (part: string | undefined) => (part === undefined ? undefined : Number(part));
  return [Number(match[1]), optional(match[2]), optional(match[3])];
}

/** The first day of the period a partial date names: "2021" → "2021-01-01", "2021-04" → "2021-04-01". */
export function firstDay(date: string): IsoDay {
  const [year, month = 1, day = 1] = parts(date);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The last day of the period a partial date names: "2021" → "2021-12-31", "2024-02" → "2024-02-29". */
export function lastDay(date: string): IsoDay {
  const [year, month = 12, day] = parts(date);
  return `${pad(year, 4)}-${pad(month)}-${pad(day ?? daysInMonth(year, month))}`;
}

/** Today in the visitor's time zone (the kiosk's local day), as an ISO day. */
export function today(now: Date = new Date()): IsoDay {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The same day `years` years later (or earlier); 29 February becomes 28 February in a common year. */
export function addYears(day: IsoDay, years: number): IsoDay {
  const [year, month = 1, date = 1] = parts(day);
  const target = year + years;
  return `${pad(target, 4)}-${pad(month)}-${pad(Math.min(date, daysInMonth(target, month)))}`;
}

/** Keeps a day inside [min, max] (either bound may be left open). */
export function clampDay(day: IsoDay, min?: IsoDay, max?: IsoDay): IsoDay {
  if (min !== undefined && day < min) return min;
  if (max !== undefined && day > max) return max;
  return day;
}

/**
 * Whether a partial date is before another, compared at the precision they share: "2021-04" is before
 * "2021-05", but neither "2021" nor "2021-05" is before the other.
 */
export function isBefore(date: string, other: string): boolean {
  const length = Math.min(date.length, other.length);
  return date.slice(0, length) < other.slice(0, length);
}
