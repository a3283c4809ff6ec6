import type { StateCreator } from 'zustand';
import type { CompareMode } from '../data/scene-schema.ts';
import type { TileStatus } from '../lib/tile-health.ts';
import type { AppState } from './app-store.ts';

/** Which way the divider runs: `auto` is vertical on landscape screens and horizontal on portrait ones. */
export type Orientation = 'auto' | 'vertical' | 'horizontal';

/** The base layer (no comparison) and the two sides of a comparison. */
export type ImagerySide = 'base' | 'before' | 'after';

export interface CompareState {
  open: boolean;
  before: string | undefined;
  after: string | undefined;
  mode: CompareMode;
  /** Divider position (swipe) or opacity of the after layer (fade), 0–100. */
  split: number;
  orientation: Orientation;
  /**
   * A place the swipe divider keeps clear of ([lon, lat]): opened from a project, the divider goes beside
   * the project, never on it (imagery/use-divider-beside.ts), until the visitor moves the divider.
   */
  beside: [number, number] | undefined;
  /** Whether each side's imagery could load, as its map reports it. */
  status: Record<ImagerySide, TileStatus>;
  /** Bumped by "Retry": the side's map re-requests its tiles. */
  generation: Record<ImagerySide, number>;
}

export const initialCompare: CompareState = {
  open: false,
  before: undefined,
  after: undefined,
  mode: 'swipe',
  split: 50,
  orientation: 'auto',
  beside: undefined,
  status: { base: 'loading', before: 'loading', after: 'loading' },
  generation: { base: 0, before: 0, after: 0 },
};

export interface ImagerySlice {
  compare: CompareState;
  openCompare: (pair?: {
    before?: string;
    after?: string;
    mode?: CompareMode;
    split?: number;
    beside?: [number, number];
  }) => void;
  closeCompare: () => void;
  setBefore: (id: string) => void;
  setAfter: (id: string) => void;
  setMode: (mode: CompareMode) => void;
  setSplit: (split: number) => void;
  /** The visitor moved the divider: from now on it stays where they put it. */
  releaseDivider: () => void;
  setOrientation: (orientation: Orientation) => void;
  setImageryStatus: (side: ImagerySide, status: TileStatus) => void;
  retryImagery: (side: ImagerySide) => void;
}

export const clampSplit = (split: number) => Math.min(100, Math.max(0, Math.round(split * 10) / 10));

export const createImagerySlice: StateCreator<AppState, [], [], ImagerySlice> = (set) => {
  const update = (change: Partial<CompareState>) =>
    set((state) => ({ compare: { ...state.compare, ...change } }));
  return {
    compare: initialCompare,
    openCompare: (pair = {}) =>
      set((state) => ({
        compare: {
          ...state.compare,
          open: true,
          before: pair.before ?? state.compare.before ?? state.data.imagery.defaultPair.before,
          // With a day on the timeline and no after side given, the after side is the day's imagery
          // (left undefined: selectVisibleImagery follows the day).
          after:
            pair.after ??
            state.compare.after ??
            (state.timeline.asOf === undefined ? state.data.imagery.defaultPair.after : undefined),
          mode: pair.mode ?? state.compare.mode,
          split: pair.split === undefined ? state.compare.split : clampSplit(pair.split),
          beside: pair.beside,
        },
      })),
    closeCompare: () => update({ open: false }),
    setBefore: (before) => update({ before }),
    setAfter: (after) => update({ after }),
    setMode: (mode) => update({ mode }),
    setSplit: (split) => update({ split: clampSplit(split) }),
    releaseDivider: () => update({ beside: undefined }),
    setOrientation: (orientation) => update({ orientation }),
    setImageryStatus: (side, status) =>
      set((state) =>
        state.compare.status[side] === status
          ? state
          : { compare: { ...state.compare, status: { ...state.compare.status, [side]: status } } },
      ),
    retryImagery: (side) =>
      set((state) => ({
        compare: {
          ...state.compare,
          status: { ...state.compare.status, [side]: 'loading' },
          generation: { ...state.compare.generation, [side]: state.compare.generation[side] + 1 },
        },
      })),
  };
};
