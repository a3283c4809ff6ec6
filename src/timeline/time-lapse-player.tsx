/**
 * Play / pause / speed over the imagery dates of the timeline's series, from the day shown on. The next
 * frame is due only once the current one's imagery is drawn whole (every tile in view: lib/map/raster-imagery.tsx
 * keeps the previous date on screen until then), its time on screen counted from there, and the player says
 * "loading" meanwhile. Reduced motion: nothing plays by itself;
 * the visitor steps with the slider's buttons and keys.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-map-gl/maplibre';
import { formatPartialDate } from '../lib/dates.ts';
import { useImageryPending } from '../lib/map/imagery-pending.ts';
import { usePrefersReducedMotion } from '../lib/use-prefers-reduced-motion.ts';
import { useAppStore } from '../store/app-store.ts';
import { useFramePrefetch } from './use-frame-prefetch.ts';
import type { TimelineView } from './use-timeline.ts';

/** Seconds per frame. */
export const SPEEDS = { slow: 3, normal: 1.5, fast: 0.75 } as const;
type Speed = keyof typeof SPEEDS;

/** The next imagery date after the day (the first when past the last: playing again starts over). */
export function nextFrame(ticks: readonly string[], day: string): string | undefined {
  return ticks.find((tick) => tick > day);
}

export function TimeLapsePlayer({ view }: { view: TimelineView }) {
  const { t } = useTranslation();
  const id = useId();
  const lang = useAppStore((s) => s.ui.lang);
  const firstTileLoading = useAppStore((s) => s.compare.status.base === 'loading');
  // The date's imagery is complete only when every tile in view has loaded, not at its first tile.
  const framePending = useImageryPending(useMap()['main']?.getMap());
  const loading = firstTileLoading || framePending;
  const reducedMotion = usePrefersReducedMotion();
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>('normal');
  const { ticks, day } = view;
  const next = nextFrame(ticks, day);
  if (playing && (next === undefined || reducedMotion)) setPlaying(false);
  useFramePrefetch(view, playing);

  useEffect(() => {
    if (!playing || loading || next === undefined) return;
    const timer = setTimeout(() => useAppStore.getState().setAsOf(next), SPEEDS[speed] * 1000);
    return () => clearTimeout(timer);
  }, [playing, loading, next, speed]);

  if (reducedMotion) return <p className="timeline-note">{t('timeline.reducedMotion')}</p>;
  const play = () => {
    // From the end (today or the last date), playing starts again at the first imagery date.
    if (next === undefined && ticks[0] !== undefined) useAppStore.getState().setAsOf(ticks[0]);
    setPlaying(true);
  };
  return (
    <div className="timeline-player">
      <button type="button" aria-pressed={playing} onClick={() => (playing ? setPlaying(false) : play())}>
        {t(playing ? 'timeline.pause' : 'timeline.play')}
      </button>
      <label htmlFor={id}>{t('timeline.speed')}</label>
      <select id={id} value={speed} onChange={(event) => setSpeed(event.target.value as Speed)}>
        {(Object.keys(SPEEDS) as Speed[]).map((key) => (
          <option key={key} value={key}>
            {t(`timeline.speeds.${key}`)}
          </option>
        ))}
      </select>
      <span role="status" className="timeline-loading">
        {playing && loading ? t('timeline.loading', { date: formatPartialDate(day, lang) }) : ''}
      </span>
    </div>
  );
}
