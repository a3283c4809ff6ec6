/**
 * The one "as of" date of the atlas: a slider named "Date" over the imagery dates of the chosen series,
 * from its first imagery to today. Keyboard: arrows step from imagery date to imagery date, Page Up/Down by
 * a year, Home/End to the ends. Without dragging (WCAG 2.5.7): a tap on the track (snapped to a nearby
 * imagery date) or the step buttons. Today is no chosen date: the store's day is cleared.
 */
import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../data/schema.ts';
import { formatPartialDate } from '../lib/dates.ts';
import type { IsoDay } from '../lib/day.ts';
import type { FamilyDate } from '../lib/imagery-timeline.ts';
import { localized } from '../lib/localized.ts';
import { compactScreen } from '../lib/sheet-snap.ts';
import { useAppStore } from '../store/app-store.ts';
import { FamilyChoice } from './family-choice.tsx';
import { TimeLapsePlayer } from './time-lapse-player.tsx';
import {
  dayAt,
  dayCount,
  dayIndex,
  fractionOf,
  snapToTick,
  stepDay,
  TRACK_KEYS,
  type TrackKey,
} from './track.ts';
import { useTimeline, type TimelineView } from './use-timeline.ts';
import './timeline.css';

/** A tap this close to an imagery date (a share of the track) lands on it. */
const SNAP = 0.015;

function setDay(view: TimelineView, day: IsoDay): void {
  useAppStore.getState().setAsOf(day >= view.range.max ? undefined : day);
}

export function useImageryText() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  return (entry: FamilyDate | undefined, language: Language = lang): string => {
    if (!entry) return t('timeline.noImagery');
    const title = localized(entry.layer.title, language);
    const date = formatPartialDate(entry.date, language);
    return `${title} (${entry.dateKind === 'release' ? t('timeline.released', { date }) : t('timeline.captured', { date })})`;
  };
}

export function TimelineControl() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const asOf = useAppStore((s) => s.timeline.asOf);
  const view = useTimeline();
  const imageryText = useImageryText();
  const track = useRef<HTMLDivElement>(null);
  const bodyId = useId();
  // On a phone (upright or on its side) the control starts folded to one row (the day and a toggle): open,
  // it would cover a third of the map and the sheet's controls. Larger screens always show it whole (the
  // toggle is hidden there).
  const [open, setOpen] = useState(() => !compactScreen(useAppStore.getState().kiosk.enabled));
  if (!view) return null;
  const { range, day, ticks } = view;
  const dayText = asOf === undefined ? t('timeline.today') : formatPartialDate(day, lang);
  const valueText = t('timeline.valueText', { date: dayText, imagery: imageryText(view.shown) });

  const step = (key: TrackKey) => setDay(view, stepDay(range, ticks, day, key));
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const key = TRACK_KEYS[event.key];
    if (!key) return;
    event.preventDefault();
    step(key);
  };
  const moveTo = (event: PointerEvent<HTMLDivElement>) => {
    const rect = track.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return;
    const fraction = (event.clientX - rect.left) / rect.width;
    setDay(view, snapToTick(range, dayAt(range, fraction), ticks, SNAP));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    moveTo(event);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
  };
  const percent = (value: IsoDay) => `${(fractionOf(range, value) * 100).toFixed(2)}%`;

  return (
    <section className={open ? 'timeline open' : 'timeline'} aria-label={t('timeline.title')} dir="ltr">
      <div className="timeline-head" dir={undefined}>
        <output className="timeline-day" lang={lang}>
          {dayText}
        </output>
        <button
          type="button"
          className="timeline-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          {t('timeline.title')} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </button>
        <FamilyChoice families={view.families} family={view.family} />
      </div>
      <div id={bodyId} className="timeline-body">
        <div className="timeline-row">
          <button type="button" className="timeline-step" onClick={() => step('previous')}>
            <span aria-hidden="true">◀</span>
            <span className="visually-hidden">{t('timeline.previousRelease')}</span>
          </button>
          <div
            ref={track}
            className="timeline-track"
            role="slider"
            tabIndex={0}
            aria-label={t('timeline.label')}
            aria-valuemin={0}
            aria-valuemax={dayCount(range)}
            aria-valuenow={dayIndex(range, day)}
            aria-valuetext={valueText}
            aria-describedby="timeline-keys"
            data-day={day}
            onKeyDown={onKeyDown}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
          >
            {view.dates.map((entry) => (
              <span
                key={entry.layer.id}
                className={entry.dateKind === 'release' ? 'timeline-tick release' : 'timeline-tick'}
                style={{ insetInlineStart: percent(entry.day) }}
                aria-hidden="true"
              />
            ))}
            <span className="timeline-thumb" style={{ insetInlineStart: percent(day) }} aria-hidden="true" />
          </div>
          <button type="button" className="timeline-step" onClick={() => step('next')}>
            <span aria-hidden="true">▶</span>
            <span className="visually-hidden">{t('timeline.nextRelease')}</span>
          </button>
          <button
            type="button"
            className="timeline-today"
            disabled={asOf === undefined}
            onClick={() => useAppStore.getState().setAsOf(undefined)}
          >
            {t('timeline.showToday')}
          </button>
        </div>
        <TimeLapsePlayer view={view} />
        <p className="timeline-imagery" dir="auto">
          {imageryText(view.shown)}
        </p>
      </div>
      <p id="timeline-keys" className="visually-hidden">
        {t('timeline.keys')}
      </p>
    </section>
  );
}
