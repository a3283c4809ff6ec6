/**
 * Derived state, memoised on its inputs: the project index, the projects that pass the filters and the facet
 * counts. Nothing here is stored; components read it with `useAppStore(selector)`.
 */
import { indexProjects, type ProjectEntry } from '../data/project-index.ts';
import type { ImageryLayer } from '../data/imagery-schema.ts';
import type { CompareMode } from '../data/scene-schema.ts';
import type { Language } from '../data/schema.ts';
import type { ImageryCatalog } from '../data/validate.ts';
import { familyDates } from '../lib/imagery-timeline.ts';
import { memoLast, weakMemo } from '../lib/weak-memo.ts';
import { selectDatedEntries } from './dated-entries.ts';
import { selectImageryAsOf, selectTimelineFamily } from './timeline-selectors.ts';
import { evaluateFilters, type FacetCounts } from './filter-facets.ts';
import type { FilterState } from './filter-slice.ts';
import type { AppState } from './app-store.ts';

export const selectEntries = (state: AppState): readonly ProjectEntry[] => indexProjects(state.data.projects);

const evaluate = memoLast((entries: readonly ProjectEntry[], filters: FilterState, lang: Language) =>
  evaluateFilters(entries, filters, lang),
);

/** The projects passing the filters on the timeline's day, in data order (the list sorts them). */
export const selectVisibleEntries = (state: AppState): readonly ProjectEntry[] =>
  evaluate(selectDatedEntries(state), state.filters, state.ui.lang).visible;

export const selectFacetCounts = (state: AppState): FacetCounts =>
  evaluate(selectDatedEntries(state), state.filters, state.ui.lang).counts;

export interface VisibleImagery {
  mode: 'single' | CompareMode;
  /** The layer of a map that shows one layer (no comparison). */
  base: ImageryLayer | undefined;
  before: ImageryLayer | undefined;
  after: ImageryLayer | undefined;
}

type Archives = readonly { layer: string; url: string }[];

/**
 * At the kiosk, a layer with a local copy (kiosk.json `offlineArchives`, made with `npm run imagery:pack`)
 * is drawn from that PMTiles archive: the exhibition works without a network.
 */
function withLocalCopy(layer: ImageryLayer | undefined, archives: Archives): ImageryLayer | undefined {
  const archive = layer && archives.find((entry) => entry.layer === layer.id);
  if (!layer || !archive) return layer;
  // The same object for the same copy: a new one would make the map reload the source on every change
  // of the comparison (each step of the divider).
  const cached = localCopies.get(layer);
  if (cached?.url === archive.url) return cached;
  const copy: ImageryLayer = { ...layer, type: 'pmtiles', url: archive.url };
  localCopies.set(layer, copy);
  return copy;
}

const localCopies = new WeakMap<ImageryLayer, ImageryLayer>();

/**
 * Memoised on the fields it reads, not on the whole comparison: while the divider moves (only `split`
 * changes) every consumer gets the same object and nothing re-renders but the divider and the pane frames.
 */
const visibleImagery = memoLast(
  (
    catalog: ImageryCatalog,
    open: boolean,
    mode: CompareMode,
    beforeId: string | undefined,
    afterId: string | undefined,
    archives: Archives,
    dated: ImageryLayer | undefined,
  ): VisibleImagery => {
    const byId = (id: string | undefined) =>
      withLocalCopy(
        catalog.layers.find((layer) => layer.id === id),
        archives,
      );
    // The base layer is the timeline day's imagery, else the newest of the default pair (the latest mosaic).
    const base =
      withLocalCopy(dated, archives) ??
      byId(catalog.defaultPair.after) ??
      withLocalCopy(catalog.layers.at(-1), archives);
    if (!open) return { mode: 'single', base, before: undefined, after: undefined };
    // A layer id that is not in the catalog (an old link) falls back to the default pair.
    const before = byId(beforeId) ?? byId(catalog.defaultPair.before);
    const after = byId(afterId) ?? base;
    return { mode, base, before, after };
  },
);

const NO_ARCHIVES: Archives = [];

/** The imagery of the timeline's day: none without a day, and before the family's first date its first layer. */
function datedImagery(state: AppState): ImageryLayer | undefined {
  if (state.timeline.asOf === undefined) return undefined;
  const family = selectTimelineFamily(state);
  return selectImageryAsOf(state) ?? (family ? familyDates(state.data.imagery, family)[0]?.layer : undefined);
}

export const selectVisibleImagery = (state: AppState): VisibleImagery =>
  visibleImagery(
    state.data.imagery,
    state.compare.open,
    state.compare.mode,
    state.compare.before,
    state.compare.after,
    state.kiosk.enabled ? (state.data.kiosk?.offlineArchives ?? NO_ARCHIVES) : NO_ARCHIVES,
    datedImagery(state),
  );

/**
 * The catalog as this screen draws it: at the kiosk, each layer with a local copy is that copy. The boot
 * self-test checks these, so a kiosk restarted offline keeps the scenes its archives can show.
 */
export const selectDrawnLayers = (state: AppState): readonly ImageryLayer[] => {
  const archives = state.kiosk.enabled ? (state.data.kiosk?.offlineArchives ?? NO_ARCHIVES) : NO_ARCHIVES;
  return state.data.imagery.layers.map((layer) => withLocalCopy(layer, archives) ?? layer);
};

/** The imagery layers on screen, each once: the base, or the two sides of a comparison (the same object per view). */
const layersOf = weakMemo((visible: VisibleImagery): readonly ImageryLayer[] => {
  const shown = (visible.mode === 'single' ? [visible.base] : [visible.before, visible.after]).filter(
    (layer): layer is ImageryLayer => layer !== undefined,
  );
  return shown.filter((layer, i) => shown.findIndex((other) => other.id === layer.id) === i);
});

export const selectLayersOnScreen = (state: AppState): readonly ImageryLayer[] =>
  layersOf(selectVisibleImagery(state));
