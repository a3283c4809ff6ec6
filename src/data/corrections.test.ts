import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { correctionsFile } from './corrections.ts';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const log = correctionsFile.parse(read('data/corrections.json'));
const ids = (path: string, list: (file: never) => { id: string }[]): Set<string> =>
  new Set(list(read(path) as never).map((item) => item.id));
const known = {
  project: ids('data/projects.geojson', (f: { features: { id: string }[] }) => f.features),
  scene: ids('data/scenes.json', (f: { scenes: { id: string }[] }) => f.scenes),
  district: ids('data/districts.geojson', (f: { features: { id: string }[] }) => f.features),
};
const projects = (read('data/projects.geojson') as { features: { id: string; geometry: unknown }[] })
  .features;

describe('data/corrections.json', () => {
  it('matches the corrections schema', () => {
    expect(correctionsFile.safeParse(read('data/corrections.json')).success).toBe(true);
  });

  it('rejects an entry without a source', () => {
    const [first] = log.corrections;
    const broken = { corrections: [{ ...first, sources: [] }] };
    expect(correctionsFile.safeParse(broken).success).toBe(false);
  });

  it('names only projects, scenes and districts that exist', () => {
    const unknown = log.corrections
      .flatMap((entry) => entry.subjects)
      .filter((subject) => !known[subject.kind].has(subject.id))
      .map((subject) => `${subject.kind} ${subject.id}`);
    expect(unknown).toEqual([]);
  });

  it('has the current position as the "after" of the latest position correction of a project', () => {
    const latest = new Map<string, unknown>();
    for (const entry of log.corrections) {
      if (entry.kind !== 'position' || entry.after === undefined) continue;
      for (const subject of entry.subjects) latest.set(subject.id, entry.after);
    }
    const stale = [...latest]
      .filter(([id, after]) => {
        const geometry = projects.find((f) => f.id === id)?.geometry as { coordinates: unknown };
        return JSON.stringify(geometry.coordinates) !== JSON.stringify(after);
      })
      .map(([id]) => id);
    expect(stale).toEqual([]);
  });

  it('keeps entries in date order, newest last', () => {
    const dates = log.corrections.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort());
  });
});
