/**
 * The timeline's derived state, memoised on its inputs: each project's status on the chosen day, the
 * properties the map's as-of expression reads, and the imagery family and layer of the day.
 */
import type { ImageryLayer } from '../data/imagery-schema.ts';
import type { DistrictFeature, ProjectFeature } from '../data/schema.ts';
import type { ImageryCatalog } from '../data/validate.ts';
import { earliestStart, type AsOfStatus } from '../lib/as-of.ts';
import type { IsoDay } from '../lib/day.ts';
import { familiesOf, familyOf, imageryAsOf } from '../lib/imagery-timeline.ts';
import { asOfProperties, type AsOfFeatureProperties } from '../lib/status-expression.ts';
import { moveStatuses, statusesOn, statusIndex, type StatusIndex } from '../lib/status-steps.ts';
import { memoLast } from '../lib/weak-memo.ts';
import type { AppState } from './app-store.ts';

type Districts = ReadonlyMap<string, DistrictFeature>;

/** Per project: the day before which no work can have begun there (its districts' return), if known. */
const earliestStarts = memoLast(
  (projects: readonly ProjectFeature[], districts: Districts) =>
    new Map(projects.map((p) => [p.id, earliestStart(p.properties.districts, districts)])),
);

/** What each project needs for its status on a day (`asOfProperties`), in data order. */
const dayFields = memoLast((projects: readonly ProjectFeature[], districts: Districts) => {
  const earliest = earliestStarts(projects, districts);
  return projects.map((p) => asOfProperties(p.properties, earliest.get(p.id)));
});

const indexOf = memoLast((projects: readonly ProjectFeature[], districts: Districts) =>
  statusIndex(dayFields(projects, districts)),
);

/** The last statuses computed: a step of the timeline starts from them and revisits only what changes. */
let last: { index: StatusIndex; day: IsoDay; statuses: readonly AsOfStatus[] } | undefined;

/**
 * Each project's status on the timeline's day, in data order (the curated statuses when the day is today).
 * The same array for the same data and day.
 */
export function selectAsOfStatusList(state: AppState): readonly AsOfStatus[] {
  const index = indexOf(state.data.projects, state.data.districtsById);
  const day = state.timeline.asOf;
  if (day === undefined) return index.curated;
  if (last?.index === index && last.day === day) return last.statuses;
  const statuses = last?.index === index ? moveStatuses(index, last, day) : statusesOn(index, day);
  last = { index, day, statuses };
  return statuses;
}

/** Project id → its place in the data (the index of its status in `selectAsOfStatusList`). */
const positions = memoLast(
  (projects: readonly ProjectFeature[]) => new Map(projects.map((p, i) => [p.id, i])),
);

/** One project's status on the timeline's day: a lookup, not a map of every project. */
export function selectStatusAsOf(state: AppState, id: string): AsOfStatus | undefined {
  const position = positions(state.data.projects).get(id);
  return position === undefined ? undefined : selectAsOfStatusList(state)[position];
}

const statusMap = memoLast(
  (projects: readonly ProjectFeature[], statuses: readonly AsOfStatus[]) =>
    new Map<string, AsOfStatus>(projects.map((p, i) => [p.id, statuses[i] as AsOfStatus])),
);

/** Each project's status on the timeline's day by id (the curated status when the day is today). */
export const selectAsOfStatuses = (state: AppState): ReadonlyMap<string, AsOfStatus> =>
  statusMap(state.data.projects, selectAsOfStatusList(state));

const featureProperties = memoLast((projects: readonly ProjectFeature[], districts: Districts) => {
  const fields = dayFields(projects, districts);
  return new Map<string, AsOfFeatureProperties>(
    projects.map((p, i) => [p.id, fields[i] as AsOfFeatureProperties]),
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
