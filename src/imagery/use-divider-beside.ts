/**
 * Keeps the swipe divider beside the place a comparison was opened for (compare.beside): each time the
 * main map comes to rest, a divider that would cover the place moves off it (divider-placement.ts). The
 * visitor's own move of the divider ends this: from then on it stays where they put it.
 */
import { useEffect, type RefObject } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { RTL_LANGUAGES } from '../i18n/i18n.ts';
import { useAppStore } from '../store/app-store.ts';
import { splitBeside } from './divider-placement.ts';

export function useDividerBeside(area: RefObject<HTMLElement | null>, vertical: boolean): void {
  const map = useMap().main?.getMap();
  const beside = useAppStore((s) =>
    s.compare.open && s.compare.mode === 'swipe' ? s.compare.beside : undefined,
  );
  useEffect(() => {
    if (!map || !beside) return;
    const place = () => {
      const rect = area.current?.getBoundingClientRect();
      if (!rect) return;
      const canvas = map.getCanvas().getBoundingClientRect();
      const point = map.project(beside);
      const x = canvas.left + point.x;
      const y = canvas.top + point.y;
      const rtl = RTL_LANGUAGES.has(useAppStore.getState().ui.lang);
      // The divider's axis, as SwipeDivider measures it: from the inline start, or from the top.
      const at = vertical ? (rtl ? rect.right - x : x - rect.left) : y - rect.top;
      const length = vertical ? rect.width : rect.height;
      const { compare, setSplit } = useAppStore.getState();
      const split = compare.split;
      const next = splitBeside(at, length, split);
      if (next !== split) setSplit(next);
    };
    // Where the flight to the place ends; placed at once when there is none (the camera request that comes
    // with the comparison starts its flight in the same render: a frame later it is under way).
    const frame = requestAnimationFrame(() => {
      if (!map.isMoving()) place();
    });
    map.on('moveend', place);
    return () => {
      cancelAnimationFrame(frame);
      map.off('moveend', place);
    };
  }, [map, beside, area, vertical]);
}
