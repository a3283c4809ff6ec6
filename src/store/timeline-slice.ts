import type { StateCreator } from 'zustand';
import { isIsoDay, type IsoDay } from '../lib/day.ts';
import type { AppState } from './app-store.ts';

/**
 * The one "as of" date of the atlas: imagery, project statuses and Great Return figures follow it
 * (lib/as-of.ts, lib/imagery-timeline.ts). Undefined is today: the app shows the data as curated.
 */
export interface TimelineState {
  asOf: IsoDay | undefined;
  /** The imagery family the timeline steps through; undefined is the family of the default "after" layer. */
  family: string | undefined;
}

export const initialTimeline: TimelineState = { asOf: undefined, family: undefined };

export interface TimelineSlice {
  timeline: TimelineState;
  /** Sets the day (`YYYY-MM-DD`), or today with undefined; anything else is ignored. */
  setAsOf: (asOf: IsoDay | undefined) => void;
  setFamily: (family: string | undefined) => void;
}

export const createTimelineSlice: StateCreator<AppState, [], [], TimelineSlice> = (set) => ({
  timeline: initialTimeline,
  setAsOf: (asOf) =>
    set((state) =>
      (asOf !== undefined && !isIsoDay(asOf)) || asOf === state.timeline.asOf
        ? state
        : { timeline: { ...state.timeline, asOf } },
    ),
  setFamily: (family) => set((state) => ({ timeline: { ...state.timeline, family } })),
});
