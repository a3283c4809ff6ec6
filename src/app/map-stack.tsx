/**
 * The map area: the overlay map, and for a comparison the imagery beneath it. Single: one map draws the
 * imagery under its overlays. Swipe and fade: two imagery panes beneath a transparent overlay map, clipped
 * or faded (compositing only; overlays loaded and drawn once). Side by side: two synced maps.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CompareToolbar } from '../imagery/compare-toolbar.tsx';
import { ImageryPane } from '../imagery/imagery-pane.tsx';
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
  const split = useAppStore((s) => s.compare.split);
  const generation = useAppStore((s) => s.compare.generation);
  const vertical = useVerticalDivider(area);
  const { mode } = visible;
  const panes = mode === 'swipe' || mode === 'fade';
  const rest = 100 - split;
  const clip = (side: 'before' | 'after') =>
    mode === 'fade'
      ? side === 'after'
        ? { opacity: split / 100 }
        : {}
      : {
          clipPath: vertical
            ? side === 'before'
              ? `inset(0 ${rest}% 0 0)`
              : `inset(0 0 0 ${split}%)`
            : side === 'before'
              ? `inset(0 0 ${rest}% 0)`
              : `inset(${split}% 0 0 0)`,
        };

  return (
    <div ref={area} className={`map-stack mode-${mode}`}>
      {panes && (
        <>
          <ImageryPane
            testId="pane-before"
            layer={visible.before}
            follow="main"
            mapLib={getMapLib()}
            style={clip('before')}
            generation={generation.before}
            onStatus={setBeforeStatus}
          />
          <ImageryPane
            testId="pane-after"
            layer={visible.after}
            follow="main"
            mapLib={getMapLib()}
            style={clip('after')}
            generation={generation.after}
            onStatus={setAfterStatus}
          />
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
      {mode === 'swipe' && <SwipeDivider area={area} vertical={vertical} />}
      {mode !== 'single' && (
        <div className="compare-overlay">
          <CompareToolbar />
          <SideLabels vertical={vertical} />
        </div>
      )}
    </div>
  );
}
