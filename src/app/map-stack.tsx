/**
 * The map area: the overlay map, and for a comparison the imagery beneath it. Single: one map draws the
 * imagery under its overlays. Swipe and fade: two imagery panes beneath a transparent overlay map, clipped
 * or faded (compositing only; overlays loaded and drawn once). Side by side: two synced maps.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-map-gl/maplibre';
import { CompareToolbar } from '../imagery/compare-toolbar.tsx';
import { ImageryPane } from '../imagery/imagery-pane.tsx';
import { PaneFrame } from '../imagery/pane-frame.tsx';
import { SideLabels } from '../imagery/side-labels.tsx';
import { SwipeDivider } from '../imagery/swipe-divider.tsx';
import type { LineFilterSelector } from '../map/filter-sync.tsx';
import { getMapLib, MapView } from '../map/map-view.tsx';
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

const statusSetter = (side: 'base' | 'before' | 'after') => (status: TileStatus) =>
  useAppStore.getState().setImageryStatus(side, status);
const setBaseStatus = statusSetter('base');
const setBeforeStatus = statusSetter('before');
const setAfterStatus = statusSetter('after');
/** Over the panes the overlay map draws no imagery: its (empty) status is not a side's. */
const ignoreStatus = () => undefined;

export function MapStack({ selectLineFilter }: { selectLineFilter: LineFilterSelector }) {
  const { t } = useTranslation();
  const area = useRef<HTMLDivElement>(null);
  const visible = useAppStore(selectVisibleImagery);
  const generation = useAppStore((s) => s.compare.generation);
  const vertical = useVerticalDivider(area);
  useCanvasNames();
  const { mode } = visible;
  const panes = mode === 'swipe' || mode === 'fade';
  return (
    <div ref={area} className={`map-stack mode-${mode}`}>
      {panes && (
        <>
          <PaneFrame side="before" mode={mode} vertical={vertical} testId="pane-before">
            <ImageryPane
              testId="pane-before"
              layer={visible.before}
              follow="main"
              mapLib={getMapLib()}
              generation={generation.before}
              onStatus={setBeforeStatus}
            />
          </PaneFrame>
          <PaneFrame side="after" mode={mode} vertical={vertical} testId="pane-after">
            <ImageryPane
              testId="pane-after"
              layer={visible.after}
              follow="main"
              mapLib={getMapLib()}
              generation={generation.after}
              onStatus={setAfterStatus}
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
        />
      </div>
      {mode === 'side-by-side' && (
        <div className="map-slot map-slot-secondary">
          <MapView
            id="secondary"
            follow="main"
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
          <CompareToolbar />
          <SideLabels vertical={vertical} />
        </div>
      )}
      {mode === 'swipe' && <SwipeDivider area={area} vertical={vertical} />}
    </div>
  );
}
