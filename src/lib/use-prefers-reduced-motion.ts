import { useMediaQuery } from './use-media-query.ts';

/** Whether the visitor asked for less motion: then the map jumps instead of flying. */
export function usePrefersReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
