import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImageryLayer } from '../data/imagery-schema.ts';
import type { Scene } from '../data/scene-schema.ts';
import { captionAsOf, sceneLayerIds, scenePair, sceneSeconds, timeLapseFrames } from './scene-time.ts';

/** The shipped files (check-data validates them); a scene without `kind` compares, on screen for 20 s. */
const read = (file: string): unknown => JSON.parse(readFileSync(`data/${file}`, 'utf8'));
const catalog = read('imagery.json') as { layers: ImageryLayer[] };
const scenes = (read('scenes.json') as { scenes: Partial<Scene>[] }).scenes.map(
  (scene) =>
    ({ kind: 'compare', ...(scene.kind === 'time-lapse' ? {} : { seconds: 20 }), ...scene }) as Scene,
);
const byId = (id: string): Scene => {
  const scene = scenes.find((s) => s.id === id);
  if (!scene) throw new Error(id);
  return scene;
};

describe('time-lapse scenes on the shipped data', () => {
  it('take the family layers dated within their range', () => {
    const aghali = byId('aghali-time-lapse');
    expect(sceneLayerIds(aghali, catalog)).toEqual([
      's2-2019',
      's2-2020',
      's2-2021',
      's2-2022',
      's2-2023',
      's2-2024',
      's2-2025',
    ]);
    expect(sceneLayerIds(byId('fuzuli-airport-time-lapse'), catalog)).toEqual([
      's2-2019',
      's2-2020',
      's2-2021',
      's2-2022',
    ]);
  });
  it('show every frame for its seconds, and compare first and last when still', () => {
    expect(sceneSeconds(byId('aghali-time-lapse'), catalog)).toBe(21);
    expect(sceneSeconds(byId('shusha-time-lapse'), catalog)).toBe(18);
    expect(scenePair(byId('shusha-time-lapse'), catalog)).toEqual({
      before: 's2-2020',
      after: 's2-2025',
      mode: 'swipe',
    });
  });
  it('key their captions to the frame dates', () => {
    const aghali = byId('aghali-time-lapse');
    const frames = timeLapseFrames(catalog, aghali.kind === 'time-lapse' ? aghali.timeLapse : never());
    const captions = frames.map((frame) => captionAsOf(aghali, frame.day).en);
    expect(captions[0]).toBe(aghali.caption.en); // 2019: before the first dated caption
    expect(captions[1]).toBe(aghali.caption.en); // 2020
    expect(captions[2]).toMatch(/^Rebuilding began in 2021/);
    expect(captions[3]).toMatch(/19 July 2022/);
    expect(captions.slice(4).every((text) => text.includes('175 families'))).toBe(true);
    expect(captionAsOf(aghali, undefined).en).toContain('175 families');
  });
  it('leave compare scenes as they were', () => {
    const shusha = byId('shusha');
    expect(sceneLayerIds(shusha, catalog)).toEqual(['s2-2019', 's2-2025']);
    expect(scenePair(shusha, catalog)?.mode).toBe('swipe');
    expect(sceneSeconds(shusha, catalog)).toBe(20);
    expect(captionAsOf(shusha, '2021-01-01')).toBe(shusha.caption);
  });
});

describe('timeLapseFrames', () => {
  it('reads from the first day of "from" to the last day of "to"', () => {
    const frames = (from: string, to: string) =>
      timeLapseFrames(catalog, { family: 'wayback', from, to, secondsPerFrame: 2 }).map((f) => f.date);
    expect(frames('2020', '2024')).toEqual(['2020-12-16', '2023-12-07', '2024-10-10']);
    expect(frames('2020-12-17', '2024-10')).toEqual(['2023-12-07', '2024-10-10']);
    expect(frames('2015', '2019')).toEqual([]);
  });
});

function never(): never {
  throw new Error('not a time-lapse');
}
