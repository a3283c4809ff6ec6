/**
 * A fade that re-renders: ONE map with both imagery layers under the overlays; the fade sets the after
 * layer's `raster-opacity` with setPaintProperty, so every step re-renders the whole map (imagery and
 * overlays). bench/compare.ts compares it with the app's fade, which only changes a pane's CSS opacity.
 */
import { idle, loadScene, sceneMap, sceneStyle } from '../compare-plugin/scene.ts';

async function start(): Promise<void> {
  const scene = await loadScene();
  const box = document.getElementById('map');
  if (!box) throw new Error('page markup is missing');
  box.style.width = `${scene.width}px`;
  box.style.height = `${scene.height}px`;
  const split = Number(new URLSearchParams(location.search).get('split') ?? 50);
  const map = sceneMap(
    box,
    scene,
    sceneStyle([
      { id: 'before', layer: scene.before },
      { id: 'after', layer: scene.after, opacity: split / 100 },
    ]),
  );
  window.__bench = {
    maps: [map],
    fade: (opacity) => map.setPaintProperty('after', 'raster-opacity', opacity),
  };
  await idle(map);
  performance.mark('atlas:first-idle');
}

void start();
