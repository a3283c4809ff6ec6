import { describe, expect, it } from 'vitest';
import type { Scene } from '../data/scene-schema.ts';
import { loopScenes, playableScenes, wrap } from './tour.ts';

const scene = (id: string) => ({ id }) as Scene;
const scenes = ['a', 'b', 'c'].map(scene);

describe('tour', () => {
  it('plays every scene until the self-test has run, then only those that passed', () => {
    expect(playableScenes(scenes, undefined).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    const checks = [
      { id: 'a', ok: true, detail: '' },
      { id: 'b', ok: false, detail: 'no imagery' },
      { id: 'c', ok: true, detail: '' },
    ];
    expect(playableScenes(scenes, checks).map((s) => s.id)).toEqual(['a', 'c']);
  });
  it('loops the featured scenes in their order, skipping unknown or failed ones', () => {
    expect(loopScenes(scenes, ['c', 'x', 'a']).map((s) => s.id)).toEqual(['c', 'a']);
    expect(loopScenes(scenes, []).map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });
  it('wraps indexes both ways', () => {
    expect(wrap(3, 3)).toBe(0);
    expect(wrap(-1, 3)).toBe(2);
    expect(wrap(5, 0)).toBe(0);
  });
});
