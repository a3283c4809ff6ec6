import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';
import { shippedDataFetch } from '../../tests/fixture-files.ts';
import type { JsonValue } from './format-json.ts';
import { sceneFromView, viewImagery, type ViewImagery } from './scene-from-view.ts';
import { validateScene } from './validate-scene.ts';

const state = () => useAppStore.getState();

beforeAll(async () => {
  const data = await loadData('/', shippedDataFetch);
  useAppStore.setState(useAppStore.getInitialState(), true);
  state().setData(data);
});
afterEach(() => {
  useAppStore.setState({ compare: useAppStore.getInitialState().compare });
  state().setAsOf(undefined);
  state().setFamily(undefined);
});

describe('the imagery a new scene takes from the view', () => {
  it('is the compared pair and its mode when a comparison is open', () => {
    state().openCompare({ before: 's2-2019', after: 's2-2024', mode: 'side-by-side' });
    expect(viewImagery(state())).toEqual({
      kind: 'compare',
      before: 's2-2019',
      after: 's2-2024',
      mode: 'side-by-side',
    });
  });
  it("is the timeline family from its first date to the day's layer without a comparison", () => {
    state().setFamily('s2-cloudless');
    state().setAsOf('2021-06-01');
    expect(viewImagery(state())).toMatchObject({ kind: 'time-lapse', family: 's2-cloudless', from: '2016' });
    const range = viewImagery(state());
    expect(range?.kind === 'time-lapse' && range.to <= '2021-06-01').toBe(true);
  });
  it("runs to the family's latest date when no day is chosen", () => {
    state().setFamily('s2-cloudless');
    const range = viewImagery(state());
    expect(range?.kind === 'time-lapse' && range.to >= '2024').toBe(true);
  });
});

describe('the checker on a scene being composed', () => {
  const read = (name: string) => readFileSync(`data/${name}`, 'utf8');
  const references = Object.fromEntries(
    ['districts.geojson', 'projects.geojson', 'imagery.json'].map((name) => [`data/${name}`, read(name)]),
  );
  const view = { center: { lng: 46.7592, lat: 39.1803 }, zoom: 13, bearing: 0, pitch: 0 };
  const pair = { kind: 'compare', before: 's2-2019', after: 's2-2024', mode: 'swipe' } as const;
  /** The scene the composer starts from, as the object it is. */
  const newScene = (imagery: ViewImagery) =>
    sceneFromView(view, imagery, new Set()) as Record<string, JsonValue>;

  it('names the fields the curator still has to fill, by their path in the scene', () => {
    const paths = validateScene(sceneFromView(view, pair, new Set()), references, new Set()).map((issue) =>
      issue.path.join('.'),
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path).toMatch(/^(title|caption|sources)/);
  });
  it('names an imagery id the catalog does not have, once the texts are written', () => {
    const words = { az: 'Söz', en: 'Words', ru: 'Слова' };
    const scene = {
      ...newScene({ ...pair, after: 's2-2099' }),
      title: words,
      caption: words,
      sources: [{ title: 'Catalog', url: 'https://example.org/catalog' }],
    };
    const issues = validateScene(scene, references, new Set());
    const errors = issues.filter((issue) => issue.severity === 'error');
    expect(errors.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['unknown-imagery', 'imagery.after'],
    ]);
  });
  it('names an id the file already has', () => {
    const scene = { ...newScene(pair), id: 'shusha' };
    const issues = validateScene(scene, references, new Set(['shusha']));
    expect(issues.some((issue) => issue.path.join('.') === 'id')).toBe(true);
  });
});
