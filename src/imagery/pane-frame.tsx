/**
 * The frame of one imagery pane: the only part of a swipe or fade besides the divider that follows the
 * split. It writes its clip (or opacity) straight to its element from a store subscription: a drag step is
 * then one style change for the compositor, with no React render of the panes or the map stack.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { RTL_LANGUAGES } from '../i18n/i18n.ts';
import { useAppStore } from '../store/app-store.ts';
import { paneClip, type PaneSide } from './pane-clip.ts';

interface Props {
  side: PaneSide;
  mode: 'swipe' | 'fade';
  vertical: boolean;
  testId: string;
  /** Kept but not shown (another compare mode): `visibility: hidden` keeps the pane's size. */
  hidden: boolean;
  children: ReactNode;
}

export function PaneFrame({ side, mode, vertical, testId, hidden, children }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const rtl = useAppStore((s) => RTL_LANGUAGES.has(s.ui.lang));
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const apply = (split: number) => {
      const style = paneClip(side, mode, vertical, split, rtl);
      element.style.clipPath = style.clipPath ?? '';
      element.style.opacity = style.opacity === undefined ? '' : String(style.opacity);
    };
    apply(useAppStore.getState().compare.split);
    return useAppStore.subscribe((state, previous) => {
      if (state.compare.split !== previous.compare.split) apply(state.compare.split);
    });
  }, [side, mode, vertical, rtl]);
  return (
    <div
      ref={frame}
      className={hidden ? 'imagery-pane kept-hidden' : 'imagery-pane'}
      data-testid={testId}
      aria-hidden="true"
    >
      {children}
    </div>
  );
}
