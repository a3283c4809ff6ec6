/**
 * The map area: the overlay map, and for a comparison the imagery beneath it. Single: one map draws the
 * imagery under its overlays. Swipe and fade: two imagery panes beneath a transparent overlay map, clipped
 * or faded (compositing only; overlays loaded and drawn once). Side by side: two synced maps.
 * The panes and the right map are created when first needed and then kept, hidden, across scenes and
 * modes: a WebGL context and a map cost far more to create than to keep (the kiosk's loop would otherwise
 * create three per round), and a removed map's worker work was left behind.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-map-gl/maplibre';
import { CompareToolbar } from '../imagery/compare-toolbar.tsx';
import { CategoryLegend } from '../projects/category-legend.tsx';
import { ImageryPane } from '../imagery/imagery-pane.tsx';
import { PaneFrame } from '../imagery/pane-frame.tsx';
import { SideLabels } from '../imagery/side-labels.tsx';
import { SwipeDivider, type MarkerAt } from '../imagery/swipe-divider.tsx';
import type { LineFilterSelector } from '../map/filter-sync.tsx';
import { getMapLib } from '../map/map-lib.ts';
import { MapView } from '../map/map-view.tsx';
import { projectTapAt } from '../map/use-map-pointer.ts';
import { usePrefersReducedMotion } from '../lib/use-prefers-reduced-motion.ts';
import type { TileStatus } from '../lib/tile-health.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectVisibleImagery } from '../store/selectors.ts';

/** Portrait areas get a horizontal divider unless the visitor chose otherwise. */
function useVerticalDivider(area: React.RefObject<HTMLElement | null>): boolean {
  const orientation = useAppStore((s) => s.compare.orientation);
  const [landscape, setLandscape] = useState(true);
  useEffect(() => {
    const element = area.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setLandscape(entry.contentRect.width >= entry.contentRect.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [area]);
  return orientation === 'auto' ? landscape : orientation === 'vertical';
}

/**
 * MapLibre makes each map canvas a landmark named "Map", in English: side by side that is two landmarks of
 * one name. Each gets its own name, in the visitor's language, saying how to move it from the keyboard.
 */
function useCanvasNames(): void {
  const { t } = useTranslation();
  const maps = useMap();
  useEffect(() => {
    maps.main?.getCanvas().setAttribute('aria-label', t('map.canvas'));
    maps.secondary?.getCanvas().setAttribute('aria-label', t('map.canvasAfter'));
  }, [maps, t]);
}

/** A marker of the main map under a point of the page, for the divider laid over it. */
function useMarkerAt(): MarkerAt {
  const { main } = useMap();
  const reducedMotion = usePrefersReducedMotion();
  return useCallback<MarkerAt>(
    (x, y) => (main ? projectTapAt(main.getMap(), x, y, reducedMotion ? 0 : 500) : undefined),
    [main, reducedMotion],
  );
}

const statusSetter = (side: 'base' | 'before' | 'after') => (status: TileStatus) =>
  useAppStore.getState().setImageryStatus(side, status);
const setBaseStatus = statusSetter('base');
const setBeforeStatus = statusSetter('before');
const setAfterStatus = statusSetter('after');
/** Over the panes the overlay map draws no imagery: its (empty) status is not a side's. */
const ignoreStatus = () => undefined;

/** True from the first time `needed` is true: a map created for a mode is kept after it. */
function useKept(needed: boolean): boolean {
  const [kept, setKept] = useState(needed);
  if (needed && !kept) setKept(true);
  return kept || needed;
}

interface Props {
  selectLineFilter: LineFilterSelector;
  /** Called once, when the main map first drew with the data (start-up.ts). */
  onFirstIdle: () => void;
}

export function MapStack({ selectLineFilter, onFirstIdle }: Props) {
  const { t } = useTranslation();
  const area = useRef<HTMLDivElement>(null);
  const visible = useAppStore(selectVisibleImagery);
  const generation = useAppStore((s) => s.compare.generation);
  const vertical = useVerticalDivider(area);
  useCanvasNames();
  const markerAt = useMarkerAt();
  const { mode } = visible;
  const panes = mode === 'swipe' || mode === 'fade';
  const keepPanes = useKept(panes);
  const keepSecondary = useKept(mode === 'side-by-side');
  // The last pane mode shapes the hidden panes' frames (nothing shows of them).
  const paneMode = mode === 'fade' ? 'fade' : 'swipe';
  return (
    <div ref={area} className={`map-stack mode-${mode}`}>
      {keepPanes && (
        <>
          <PaneFrame side="before" mode={paneMode} vertical={vertical} testId="pane-before" hidden={!panes}>
            <ImageryPane
              testId="pane-before"
              layer={visible.before}
              follow="main"
              mapLib={getMapLib()}
              generation={generation.before}
              onStatus={setBeforeStatus}
              hidden={!panes}
            />
          </PaneFrame>
          <PaneFrame side="after" mode={paneMode} vertical={vertical} testId="pane-after" hidden={!panes}>
            <ImageryPane
              testId="pane-after"
              layer={visible.after}
              follow="main"
              mapLib={getMapLib()}
              generation={generation.after}
              onStatus={setAfterStatus}
              hidden={!panes}
            />
          </PaneFrame>
        </>
      )}
      <div className="map-slot map-slot-main">
        <MapView
          id="main"
          selectLineFilter={selectLineFilter}
          imagery={mode === 'single' ? visible.base : visible.before}
          transparent={panes}
          onImageryStatus={mode === 'single' ? setBaseStatus : panes ? ignoreStatus : setBeforeStatus}
          imageryGeneration={String(mode === 'single' ? generation.base : generation.before)}
          onFirstIdle={onFirstIdle}
        />
      </div>
      {keepSecondary && (
        <div
          className={
            mode === 'side-by-side'
              ? 'map-slot map-slot-secondary'
              : 'map-slot map-slot-secondary kept-hidden'
          }
        >
          <MapView
            id="secondary"
            follow="main"
            hidden={mode !== 'side-by-side'}
            label={t('compare.after')}
            selectLineFilter={selectLineFilter}
            imagery={visible.after}
            onImageryStatus={setAfterStatus}
            imageryGeneration={String(generation.after)}
          />
        </div>
      )}
      {/* The toolbar comes before the divider in the focus order: focus moves to it when a comparison opens. */}
      {mode !== 'single' && (
        <div className="compare-overlay">
          {/* The map's key: its usual corner is where the comparison's controls are. */}
          <CompareToolbar extra={<CategoryLegend inCompare />} />
          <SideLabels vertical={vertical} />
        </div>
      )}
      {mode === 'swipe' && <SwipeDivider area={area} vertical={vertical} markerAt={markerAt} />}
    </div>
  );
}
