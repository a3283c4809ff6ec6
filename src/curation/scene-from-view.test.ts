import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../data/validate-files.ts';
import { sceneFromView, withScene, type MapView } from './scene-from-view.ts';

const read = (name: string) => readFileSync(`data/${name}`, 'utf8');
const scenes = read('scenes.json');
const references = Object.fromEntries(
  ['districts.geojson', 'projects.geojson', 'imagery.json'].map((name) => [`data/${name}`, read(name)]),
);
const ids = new Set((JSON.parse(scenes) as { scenes: { id: string }[] }).scenes.map((scene) => scene.id));
const VIEW: MapView = { center: { lng: 46.759234, lat: 39.18031 }, zoom: 13.46, bearing: -0.4, pitch: 0 };

/** The new scene's issues as the checker reports them: fields (path) and codes, by line of the saved file. */
function issuesOf(text: string) {
  return validateFiles({ 'data/scenes.json': text }, references).issues.map((issue) => issue.message);
}

describe('a scene from the current view', () => {
  it('captures the camera and the compared pair, and only adds lines after the last scene', () => {
    const scene = sceneFromView(
      VIEW,
      { kind: 'compare', before: 's2-2019', after: 's2-2024', mode: 'fade' },
      ids,
    );
    expect(scene).toMatchObject({
      id: 'new-scene-1',
      camera: { center: [46.7592, 39.1803], zoom: 13.5, bearing: 0, pitch: 0 },
      imagery: { before: 's2-2019', after: 's2-2024', mode: 'fade' },
    });
    const text = withScene(scenes, 'data/scenes.json', scene);
    const before = scenes.split('\n');
    const after = text.split('\n');
    // The last scene's closing brace gains a comma, the new scene's lines follow, the file's end is unchanged.
    const tail = before.length - 4;
    expect(after.slice(0, tail)).toEqual(before.slice(0, tail));
    expect(before.slice(tail)).toEqual(['    }', '  ]', '}', '']);
    expect(after.slice(tail, tail + 3)).toEqual(['    },', '    {', '      "id": "new-scene-1",']);
    expect(after.slice(-4)).toEqual(['    }', '  ]', '}', '']);
  });

  it('leaves for the curator only the texts and the source to write (the checker names each)', () => {
    const pair = { kind: 'compare', before: 's2-2019', after: 's2-2024', mode: 'swipe' } as const;
    const messages = issuesOf(withScene(scenes, 'data/scenes.json', sceneFromView(VIEW, pair, ids)));
    expect(issuesOf(scenes)).toEqual([]);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toMatch(/title|caption|sources/);
  });

  it('captures a time range of one imagery family as a time-lapse scene', () => {
    const range = { kind: 'time-lapse', family: 's2-cloudless', from: '2019', to: '2024' } as const;
    const scene = sceneFromView(VIEW, range, new Set([...ids, 'new-scene-1']));
    expect(scene).toMatchObject({
      id: 'new-scene-2',
      kind: 'time-lapse',
      timeLapse: { family: 's2-cloudless', from: '2019', to: '2024' },
    });
    const messages = issuesOf(withScene(scenes, 'data/scenes.json', scene));
    for (const message of messages) expect(message).toMatch(/title|caption|sources/);
  });
});
