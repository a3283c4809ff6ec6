/**
 * Windowing for a list of fixed-height rows: which rows are on screen for the scroll position. Work per
 * render is proportional to the rows shown, not to the list length (a 10 000-row list re-renders as fast as
 * a 10-row one), which a general virtualiser measuring every row cannot offer.
 */
import { useEffect, useState } from 'react';

export interface RowWindow {
  first: number;
  /** One past the last row to render. */
  last: number;
  totalHeight: number;
}

export function rowWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewport: number,
  overscan: number,
): RowWindow {
  const first = Math.min(count, Math.max(0, Math.floor(scrollTop / rowHeight) - overscan));
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return { first, last: Math.max(first, last), totalHeight: count * rowHeight };
}

/**
 * Follows the scroll position and height of the scrolling element (give it the returned `ref`);
 * `fallbackHeight` is used until it is measured.
 */
export function useRowWindow(
  count: number,
  rowHeight: number,
  fallbackHeight: number,
  overscan = 4,
): RowWindow & { ref: (element: HTMLElement | null) => void } {
  const [element, ref] = useState<HTMLElement | null>(null);
  const [scroll, setScroll] = useState({ top: 0, height: fallbackHeight });
  useEffect(() => {
    if (!element) return;
    const update = () =>
      setScroll({ top: element.scrollTop, height: element.clientHeight || fallbackHeight });
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : undefined;
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer?.disconnect();
    };
    // Not re-run when the row count changes: reading the size would force a synchronous layout on every
    // filter change; the ResizeObserver reports a new height on its own, after layout.
  }, [element, fallbackHeight]);
  return { ...rowWindow(count, rowHeight, scroll.top, scroll.height, overscan), ref };
}
