/**
 * The frame of one imagery pane: the only part of a swipe or fade that follows the divider. It subscribes
 * to the split itself, so a drag re-renders this div and its clip, not the map stack or any map.
 */
import type { ReactNode } from 'react';
import { useAppStore } from '../store/app-store.ts';
import { paneClip, type PaneSide } from './pane-clip.ts';

interface Props {
  side: PaneSide;
  mode: 'swipe' | 'fade';
  vertical: boolean;
  testId: string;
  children: ReactNode;
}

export function PaneFrame({ side, mode, vertical, testId, children }: Props) {
  const split = useAppStore((s) => s.compare.split);
  return (
    <div
      className="imagery-pane"
      style={paneClip(side, mode, vertical, split)}
      data-testid={testId}
      aria-hidden="true"
    >
      {children}
    </div>
  );
}
