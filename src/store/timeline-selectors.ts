/**
 * The timeline's derived state, memoised on its inputs: each project's status on the chosen day, the
 * properties the map's as-of expression reads, and the imagery family and layer of the day.
 */
import type { ImageryLayer } from '../data/imagery-schema.ts';
import type { DistrictFeature, ProjectFeature } from '../data/schema.ts';
import type { ImageryCatalog } from '../data/validate.ts';
import { earliestStart, statusAsOf, type AsOfStatus } from '../lib/as-of.ts';
import { familiesOf, familyOf, imageryAsOf } from '../lib/imagery-timeline.ts';
import { asOfProperties, type AsOfFeatureProperties } from '../lib/status-expression.ts';
import { memoLast } from '../lib/weak-memo.ts';
import type { AppState } from './app-store.ts';

type Districts = ReadonlyMap<string, DistrictFeature>;

/** Per project: the day before which no work can have begun there (its districts' return), if known. */
const earliestStarts = memoLast(
  (projects: readonly ProjectFeature[], districts: Districts) =>
    new Map(projects.map((p) => [p.id, earliestStart(p.properties.districts, districts)])),
);

const statuses = memoLast(
  (projects: readonly ProjectFeature[], districts: Districts, asOf: string | undefined) => {
    const earliest = earliestStarts(projects, districts);
    return new Map<string, AsOfStatus>(
      projects.map((p) => [p.id, statusAsOf(p, asOf, { earliest: earliest.get(p.id) })]),
    );
  },
);

/** Each project's status on the timeline's day (the curated status when the day is today). */
export const selectAsOfStatuses = (state: AppState): ReadonlyMap<string, AsOfStatus> =>
  statuses(state.data.projects, state.data.districtsById, state.timeline.asOf);

const featureProperties = memoLast((projects: readonly ProjectFeature[], districts: Districts) => {
  const earliest = earliestStarts(projects, districts);
  return new Map<string, AsOfFeatureProperties>(
    projects.map((p) => [p.id, asOfProperties(p.properties, earliest.get(p.id))]),
  );
});

/** What each project feature on the map needs for `statusAsOfExpression` (lib/status-expression.ts). */
export const selectAsOfFeatureProperties = (state: AppState): ReadonlyMap<string, AsOfFeatureProperties> =>
  featureProperties(state.data.projects, state.data.districtsById);

/** The imagery family of the timeline: the chosen one, else the default "after" layer's, else the first. */
export function selectTimelineFamily(state: AppState): string | undefined {
  const catalog: ImageryCatalog = state.data.imagery;
  const { family } = state.timeline;
  if (family !== undefined && familiesOf(catalog).includes(family)) return family;
  return familyOf(catalog, catalog.defaultPair.after) ?? familiesOf(catalog)[0];
}

/** The layer of the timeline's family shown on its day (its latest layer today); undefined before the first. */
export function selectImageryAsOf(state: AppState): ImageryLayer | undefined {
  const family = selectTimelineFamily(state);
  return family === undefined ? undefined : imageryAsOf(state.data.imagery, family, state.timeline.asOf);
}
