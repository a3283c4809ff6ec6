/** What the timeline control shows: its range, the family's imagery dates, the day and the layer of the day. */
import { useMemo } from 'react';
import { today, type IsoDay } from '../lib/day.ts';
import { familiesOf, familyDates, timelineRange, type FamilyDate } from '../lib/imagery-timeline.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectTimelineFamily } from '../store/timeline-selectors.ts';

export interface TimelineView {
  range: { min: IsoDay; max: IsoDay };
  families: string[];
  family: string;
  dates: readonly FamilyDate[];
  ticks: readonly IsoDay[];
  /** The chosen day, or today. */
  day: IsoDay;
  /** The family's date shown on the day (undefined before its first). */
  shown: FamilyDate | undefined;
}

export function useTimeline(): TimelineView | undefined {
  const catalog = useAppStore((s) => s.data.imagery);
  const family = useAppStore(selectTimelineFamily);
  const asOf = useAppStore((s) => s.timeline.asOf);
  // Today is read once per catalog: a kiosk left on over midnight keeps yesterday's end until the reset.
  const now = useMemo(() => (catalog.layers.length >= 0 ? today() : ''), [catalog]);
  return useMemo(() => {
    if (family === undefined) return undefined;
    const range = timelineRange(catalog, now, family);
    if (!range) return undefined;
    const dates = familyDates(catalog, family);
    const day = asOf ?? range.max;
    return {
      range,
      families: familiesOf(catalog),
      family,
      dates,
      ticks: dates.map((entry) => entry.day),
      day,
      shown: dates.findLast((entry) => entry.day <= day),
    };
  }, [catalog, family, asOf, now]);
}
