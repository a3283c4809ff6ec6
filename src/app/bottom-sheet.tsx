/**
 * On phones the side panel is a bottom sheet that rests at peek (search field and result count), half or
 * full. It is dragged by its grip, and moved without dragging by two step buttons (keyboard, screen readers
 * and WCAG 2.5.7). Our own rather than a library's: the sheet is the same element as the desktop side panel
 * and must not be a dialog or a portal, which is what the maintained sheet and drawer components render.
 */
import { useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { nearestSnap, phoneLayout, rootEm, sheetHeights, stepSnap } from '../lib/sheet-snap.ts';
import { useAppStore } from '../store/app-store.ts';
import { SIDE_PANEL_ID } from '../ui/page-ids.ts';

interface Drag {
  pointer: number;
  startY: number;
  startHeight: number;
  height: number;
}

/** Height of the area below the header (the map's), followed as the screen turns or resizes. */
function useAvailableHeight(area: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const element = area.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setHeight(Math.round(entry.contentRect.height));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [area]);
  return height;
}

/**
 * The sheet's state for the page: its rest, the height to draw (a drag's while dragging), and the panel's
 * own opening rules — a passport or district panel opens at half, a comparison steps the sheet down.
 */
export function useSheet(
  area: RefObject<HTMLElement | null>,
  panel: RefObject<HTMLElement | null>,
  panelOpen: boolean,
) {
  const snap = useAppStore((s) => s.layout.sheet);
  const comparing = useAppStore((s) => s.compare.open);
  const setSheet = useAppStore((s) => s.setSheet);
  const available = useAvailableHeight(area);
  const heights = sheetHeights(available, rootEm());
  const [drag, setDrag] = useState<Drag | undefined>(undefined);

  // Whether the panel's opening raised the sheet from peek: closing it (Back, Close) puts it back there.
  const raised = useRef(false);
  useEffect(() => {
    const rest = useAppStore.getState().layout.sheet;
    if (panelOpen) {
      if (rest === 'peek') {
        raised.current = true;
        setSheet('half');
      }
    } else if (raised.current) {
      raised.current = false;
      // A visitor who moved the sheet since keeps their choice.
      if (rest === 'half') setSheet('peek');
    }
  }, [panelOpen, setSheet]);
  useEffect(() => {
    if (comparing) setSheet('peek');
  }, [comparing, setSheet]);

  useEffect(() => {
    const element = panel.current;
    if (!element || snap !== 'peek') return;
    // Focus that moves into the hidden part of a peeking sheet (Tab past the search) opens it to half.
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof Element) || !phoneLayout(useAppStore.getState().kiosk.enabled)) return;
      const bottom = element.getBoundingClientRect().bottom;
      if (event.target.getBoundingClientRect().bottom > bottom) setSheet('half');
    };
    element.addEventListener('focusin', onFocusIn);
    return () => element.removeEventListener('focusin', onFocusIn);
  }, [panel, snap, setSheet]);

  const style = { '--sheet-height': `${drag?.height ?? heights[snap]}px` } as CSSProperties;
  const className = `sheet-${snap}${drag ? ' dragging' : ''}`;
  return { heights, drag, setDrag, style, className };
}

type Sheet = ReturnType<typeof useSheet>;

/** Drawn, not a character: the app's fonts have no chevrons. */
function Chevron({ up }: { up: boolean }) {
  return (
    <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24">
      <path
        d={up ? 'M5 15l7-7 7 7' : 'M5 9l7 7 7-7'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
      />
    </svg>
  );
}

export function SheetHandle({ heights, drag, setDrag }: Pick<Sheet, 'heights' | 'drag' | 'setDrag'>) {
  const { t } = useTranslation();
  const snap = useAppStore((s) => s.layout.sheet);
  const setSheet = useAppStore((s) => s.setSheet);
  const grip = useRef<HTMLDivElement>(null);
  const end = (pointer: number, y: number) => {
    if (!drag || drag.pointer !== pointer) return;
    setDrag(undefined);
    // A tap on the grip (no real drag) steps the sheet up, and from full back down to peek.
    if (Math.abs(y - drag.startY) < 6) setSheet(snap === 'full' ? 'peek' : stepSnap(snap, 1));
    else setSheet(nearestSnap(drag.height, heights));
  };
  return (
    <div className="sheet-handle">
      <button
        type="button"
        className="sheet-step"
        aria-controls={SIDE_PANEL_ID}
        // Not `disabled`: that would drop the focus of a keyboard user who just reached the end.
        aria-disabled={snap === 'full'}
        onClick={() => setSheet(stepSnap(snap, 1))}
      >
        <Chevron up />
        <span className="visually-hidden">{t('sheet.larger')}</span>
      </button>
      {/* Pointer only: the buttons beside it do the same from the keyboard and for screen readers. */}
      <div
        ref={grip}
        className="sheet-grip"
        aria-hidden="true"
        onPointerDown={(event) => {
          grip.current?.setPointerCapture(event.pointerId);
          const height = heights[snap];
          setDrag({ pointer: event.pointerId, startY: event.clientY, startHeight: height, height });
        }}
        onPointerMove={(event) => {
          if (!drag || drag.pointer !== event.pointerId) return;
          const height = drag.startHeight - (event.clientY - drag.startY);
          setDrag({ ...drag, height: Math.min(Math.max(height, heights.peek), heights.full) });
        }}
        onPointerUp={(event) => end(event.pointerId, event.clientY)}
        onPointerCancel={() => setDrag(undefined)}
      />
      <button
        type="button"
        className="sheet-step"
        aria-controls={SIDE_PANEL_ID}
        aria-disabled={snap === 'peek'}
        onClick={() => setSheet(stepSnap(snap, -1))}
      >
        <Chevron up={false} />
        <span className="visually-hidden">{t('sheet.smaller')}</span>
      </button>
    </div>
  );
}
