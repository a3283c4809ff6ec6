/**
 * Focus for a panel a visitor opens (a passport, a district, the comparison): it moves into the panel when
 * a control opened it, and goes back to that control when the panel closes, so a keyboard visitor never
 * lands at the top of the page. A control that was re-rendered meanwhile (a windowed list row) is found
 * again by its `data-focus-key`; failing that, focus goes to the element with `fallbackId`.
 */
import { useEffect, useState, type RefObject } from 'react';

interface Opener {
  element: HTMLElement;
  key: string | undefined;
}

function openerOf(active: Element | null): Opener | undefined {
  if (!(active instanceof HTMLElement) || active === document.body) return undefined;
  return { element: active, key: active.closest<HTMLElement>('[data-focus-key]')?.dataset.focusKey };
}

function findByKey(key: string): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>('[data-focus-key]')].find(
    (element) => element.dataset.focusKey === key,
  );
}

export interface PanelFocusOptions {
  /** Where focus goes on close when the opener is gone (an id in the document). */
  fallbackId?: string;
  /** Move focus into the panel when a control opened it (default true). */
  moveIn?: boolean;
}

export function usePanelFocus(target: RefObject<HTMLElement | null>, options: PanelFocusOptions = {}): void {
  // Read while rendering: by the time effects run, the control that opened the panel may be gone from the
  // page (the passport replaces the list in the same commit) and focus with it.
  const [initial] = useState(() => ({ opener: openerOf(document.activeElement), moveIn: options.moveIn }));
  const { fallbackId } = options;
  useEffect(() => {
    // Opened from a control (not by a link at start-up): the visitor's next key press belongs here.
    if (initial.opener && initial.moveIn !== false) target.current?.focus();
    return () => {
      // Focus left with the panel's elements (it is on the body now). Focus that went somewhere else
      // meanwhile (a click on the map) stays there.
      const active = document.activeElement;
      if (active && active !== document.body) return;
      const { opener } = initial;
      const back =
        (opener?.element.isConnected ? opener.element : undefined) ??
        (opener?.key ? findByKey(opener.key) : undefined) ??
        (fallbackId ? document.getElementById(fallbackId) : null);
      back?.focus();
    };
  }, [initial, target, fallbackId]);
}
