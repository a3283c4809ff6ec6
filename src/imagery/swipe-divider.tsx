/**
 * The swipe divider: dragged by mouse, touch or pen (pointer capture, so the map underneath never pans),
 * or moved from the keyboard as a slider. It lives in percent of the map area, so it stays on screen after
 * a resize or a rotation. Right to left, before is on the right (see pane-clip.ts) and the arrow keys move
 * the divider the way they point.
 */
import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { RTL_LANGUAGES } from '../i18n/i18n.ts';
import { useAppStore } from '../store/app-store.ts';
import { useDividerBeside } from './use-divider-beside.ts';

const KEY_STEPS: Record<string, (split: number) => number> = {
  ArrowLeft: (s) => s - 1,
  ArrowDown: (s) => s - 1,
  ArrowRight: (s) => s + 1,
  ArrowUp: (s) => s + 1,
  PageDown: (s) => s - 10,
  PageUp: (s) => s + 10,
  Home: () => 0,
  End: () => 100,
};

const RTL_KEY_STEPS: Record<string, (split: number) => number> = {
  ...KEY_STEPS,
  ArrowLeft: (s) => s + 1,
  ArrowRight: (s) => s - 1,
};

/** The split (0–100) for a pointer position inside the area. */
export function splitAt(
  rect: DOMRect,
  clientX: number,
  clientY: number,
  vertical: boolean,
  rtl = false,
): number {
  const fromStart = rtl ? rect.right - clientX : clientX - rect.left;
  const fraction = vertical ? fromStart / rect.width : (clientY - rect.top) / rect.height;
  return Math.min(100, Math.max(0, fraction * 100));
}

/** How far a press on a marker travels before it is a drag of the divider, not a tap on the marker. */
const TAP_SLOP = 8;

/**
 * `markerAt` says whether a marker of the map lies under a point of the page, and gives what a tap on it
 * does: the divider's wide touch strip never takes a tap meant for a marker beside the line.
 */
export type MarkerAt = (clientX: number, clientY: number) => (() => void) | undefined;

export function SwipeDivider({
  area,
  vertical,
  markerAt,
}: {
  area: RefObject<HTMLElement | null>;
  vertical: boolean;
  markerAt?: MarkerAt;
}) {
  const { t } = useTranslation();
  const split = useAppStore((s) => s.compare.split);
  const { setSplit, releaseDivider } = useAppStore.getState();
  const rtl = useAppStore((s) => RTL_LANGUAGES.has(s.ui.lang));
  const value = Math.round(split);
  // A press that began on a marker: a tap on the marker unless it moves past TAP_SLOP.
  const onMarker = useRef<{ x: number; y: number; tap: () => void } | undefined>(undefined);
  useDividerBeside(area, vertical);

  const moveTo = (event: PointerEvent<HTMLDivElement>) => {
    const rect = area.current?.getBoundingClientRect();
    if (!rect) return;
    releaseDivider();
    setSplit(splitAt(rect, event.clientX, event.clientY, vertical, rtl));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const tap = markerAt?.(event.clientX, event.clientY);
    onMarker.current = tap ? { x: event.clientX, y: event.clientY, tap } : undefined;
    if (tap) return;
    event.currentTarget.focus();
    moveTo(event);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const press = onMarker.current;
    if (press && Math.hypot(event.clientX - press.x, event.clientY - press.y) < TAP_SLOP) return;
    onMarker.current = undefined;
    moveTo(event);
  };
  const onPointerUp = () => {
    const press = onMarker.current;
    onMarker.current = undefined;
    press?.tap();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = (rtl && vertical ? RTL_KEY_STEPS : KEY_STEPS)[event.key];
    if (!step) return;
    event.preventDefault();
    releaseDivider();
    setSplit(step(split));
  };

  return (
    <div
      className={vertical ? 'swipe-divider vertical' : 'swipe-divider horizontal'}
      style={vertical ? { insetInlineStart: `${split}%` } : { top: `${split}%` }}
      role="slider"
      tabIndex={0}
      aria-label={t('compare.divider')}
      aria-orientation={vertical ? 'horizontal' : 'vertical'}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={t('compare.dividerValue', { value })}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        onMarker.current = undefined;
      }}
      onKeyDown={onKeyDown}
    >
      <span className="swipe-handle" aria-hidden="true">
        {vertical ? '⟷' : '↕'}
      </span>
    </div>
  );
}
