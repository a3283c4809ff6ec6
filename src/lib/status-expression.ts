/**
 * The rules of `statusAsOf` (as-of.ts) as a MapLibre expression, so the map colours and filters projects by
 * the chosen day without new data per step: the day is the map's global state `asOf`
 * (`map.setGlobalStateProperty('asOf', 'YYYY-MM-DD')`; null or '' is today, the curated status). Each
 * feature carries `asOfProperties` (ISO days, which compare as strings). status-expression.test.ts evaluates
 * the expression against `statusAsOf` on the shipped data: both must agree for every project on every day.
 *
 * A GeoJSON source's own `filter` (needed for clustered points, where layer filters come too late) cannot
 * read global state: give it the day itself, `startedFilter('2021-06-01')`.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Status } from '../data/schema.ts';
import type { StatusDates } from './as-of.ts';
import { firstDay, lastDay, type IsoDay } from './day.ts';

/** The name of the global state property that holds the day. */
export const AS_OF_STATE = 'asOf';

/** The feature properties the expression reads (merge them into the project features' properties). */
export interface AsOfFeatureProperties {
  status: Status;
  /** Last day of `statusAsOf`: from then on the curated status holds. */
  asOfConfirmed: IsoDay;
  /** First day of `start`. */
  asOfStart?: IsoDay;
  /** Last day of `end`. */
  asOfEnd?: IsoDay;
  /** `earliestStart` of the project (as-of.ts). */
  asOfEarliest?: IsoDay;
}

export function asOfProperties(properties: StatusDates, earliest?: IsoDay): AsOfFeatureProperties {
  const { status, statusAsOf, start, end } = properties;
  return {
    status,
    asOfConfirmed: lastDay(statusAsOf),
    ...(start === undefined ? {} : { asOfStart: firstDay(start) }),
    ...(end === undefined ? {} : { asOfEnd: lastDay(end) }),
    ...(earliest === undefined ? {} : { asOfEarliest: earliest }),
  };
}

/** Where the day comes from: an expression (the global state by default), a day, or null for today. */
export type AsOfInput = ExpressionSpecification | IsoDay | null;

const globalDay: ExpressionSpecification = ['global-state', AS_OF_STATE];

/** A string expression: the project's status on the day (an `AsOfStatus`). */
export function statusAsOfExpression(asOf: AsOfInput = globalDay): ExpressionSpecification {
  const day = ['to-string', asOf] as unknown as ExpressionSpecification;
  const prop = (name: keyof AsOfFeatureProperties) =>
    ['to-string', ['get', name]] as unknown as ExpressionSpecification;
  const has = (name: keyof AsOfFeatureProperties): ExpressionSpecification => ['has', name];
  const before = (name: keyof AsOfFeatureProperties): ExpressionSpecification => [
    'all',
    has(name),
    ['<', day, prop(name)],
  ];
  const status = prop('status');
  return [
    'case',
    ['==', day, ''],
    status,
    before('asOfEarliest'),
    'not-started',
    ['>=', day, prop('asOfConfirmed')],
    status,
    ['==', status, 'planned'],
    'not-started',
    before('asOfStart'),
    'not-started',
    ['==', status, 'under-construction'],
    ['case', has('asOfStart'), 'under-construction', 'date-unknown'],
    ['all', has('asOfEnd'), ['>=', day, prop('asOfEnd')]],
    'completed',
    ['all', has('asOfStart'), has('asOfEnd')],
    'under-construction',
    'date-unknown',
  ];
}

/** A filter: the project had started (or may have) by the day — not-started projects leave the map. */
export function startedFilter(asOf: AsOfInput = globalDay): ExpressionSpecification {
  return ['!=', statusAsOfExpression(asOf), 'not-started'];
}
