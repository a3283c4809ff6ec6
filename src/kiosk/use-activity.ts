import { useEffect, useRef } from 'react';

const EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` after `ms` without a touch, click, key or wheel anywhere; every activity restarts the wait.
 * `onActivity` hears each activity (the countdown and the attract loop end on any touch).
 */
export function useActivity(ms: number | undefined, onIdle: () => void, onActivity?: () => void): void {
  const idle = useRef(onIdle);
  const active = useRef(onActivity);
  useEffect(() => {
    idle.current = onIdle;
    active.current = onActivity;
  });
  useEffect(() => {
    if (ms === undefined) return;
    let timer = setTimeout(() => idle.current(), ms);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => idle.current(), ms);
      active.current?.();
    };
    for (const name of EVENTS) window.addEventListener(name, restart, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of EVENTS) window.removeEventListener(name, restart, { capture: true });
    };
  }, [ms]);
}
