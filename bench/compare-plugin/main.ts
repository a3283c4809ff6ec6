/**
 * The swipe baseline: two MapLibre maps (before and after imagery, each with its own copy of the overlays)
 * wrapped by @maplibre/maplibre-gl-compare, as in the plugin's example. bench/compare.ts drags its swiper.
 */
import Compare from '@maplibre/maplibre-gl-compare';
import '@maplibre/maplibre-gl-compare/style.css';
import { idle, loadScene, sceneMap, sceneStyle } from './scene.ts';

async function start(): Promise<void> {
  const scene = await loadScene();
  const wrapper = document.getElementById('compare');
  const beforeBox = document.getElementById('before');
  const afterBox = document.getElementById('after');
  if (!wrapper || !beforeBox || !afterBox) throw new Error('page markup is missing');
  wrapper.style.width = `${scene.width}px`;
  wrapper.style.height = `${scene.height}px`;
  const before = sceneMap(beforeBox, scene, sceneStyle([{ id: 'imagery', layer: scene.before }]));
  const after = sceneMap(afterBox, scene, sceneStyle([{ id: 'imagery', layer: scene.after }]));
  const compare = new Compare(before, after, wrapper, { orientation: 'vertical' });
  window.__bench = { maps: [before, after], compare };
  await Promise.all([idle(before), idle(after)]);
  performance.mark('atlas:first-idle');
}

void start();
