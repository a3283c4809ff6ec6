/**
 * One feature in a feature-state flag (hover, selected): setting a new one clears the previous. A new
 * `generation` (the map's drawing state was rebuilt after a WebGL context loss) has no feature state: the
 * flag is set again even on the same feature.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useRef } from 'react';

export interface FeatureRef {
  source: string;
  id: string | number;
}

export function useFeatureFlag(map: MapLibreMap | undefined, flag: string, generation: number) {
  const current = useRef<{ feature: FeatureRef | undefined; generation: number }>({
    feature: undefined,
    generation,
  });
  return useCallback(
    (next: FeatureRef | undefined) => {
      const fresh = current.current.generation === generation;
      const previous = fresh ? current.current.feature : undefined;
      const same = previous?.id === next?.id && previous?.source === next?.source;
      if (!map || (same && fresh)) return;
      if (previous && map.getSource(previous.source)) map.setFeatureState(previous, { [flag]: false });
      if (next && map.getSource(next.source)) map.setFeatureState(next, { [flag]: true });
      current.current = { feature: next, generation };
    },
    [map, flag, generation],
  );
}
