import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DistrictArea } from '../data/boundary-corrections.ts';
import { validateBoundaryCorrections } from '../data/boundary-corrections.ts';
import { liveFindings } from './boundary-checks.ts';
import {
  boundaryText,
  createBoundaryStore,
  currentPolygon,
  normaliseRing,
  type Ring,
} from './boundary-store.ts';

const FILE = 'data/boundary-corrections.json';
const original = readFileSync(FILE, 'utf8');
const districts = (JSON.parse(readFileSync('data/districts.geojson', 'utf8')) as { features: DistrictArea[] })
  .features;
const TODAY = '2026-12-03';

function opened(id = 'AZ-LAC') {
  const store = createBoundaryStore();
  store.getState().open(original, districts);
  store.getState().choose(id);
  return store;
}
const ringOf = (store: ReturnType<typeof opened>, id: string): Ring =>
  currentPolygon(store.getState(), id)?.coordinates[0] ?? [];
const key = (position: number[] | undefined) => JSON.stringify(position);
/** The first vertex of `id` that `other` shares (neighbours share exact vertices), or one it does not. */
function vertexOf(store: ReturnType<typeof opened>, id: string, other: string, shared: boolean): number {
  const theirs = new Set(ringOf(store, other).map(key));
  const anyOther = new Set(
    districts
      .filter((d) => d.id !== id)
      .flatMap((d) => JSON.stringify(d.geometry.coordinates).match(/\[[-\d.]+,[-\d.]+\]/g) ?? []),
  );
  const ring = ringOf(store, id);
  const index = ring.findIndex((p, i) => i > 0 && (shared ? theirs.has(key(p)) : !anyOther.has(key(p))));
  if (index < 0) throw new Error('no such vertex');
  return index;
}
function withMoved(ring: Ring, index: number, dx: number, dy: number): Ring {
  return ring.map((p, i) => (i === index ? [(p[0] ?? 0) + dx, (p[1] ?? 0) + dy] : p));
}

describe('the boundary editor’s store', () => {
  it('writes the shipped corrections file back byte for byte', () => {
    expect(boundaryText(opened().getState().doc)).toBe(original);
  });

  it('records a reshaped boundary as a correction of its district, in the file’s key order, in one step', () => {
    const store = opened();
    const index = vertexOf(store, 'AZ-LAC', 'AZ-SUS', false);
    store.getState().reshape(withMoved(ringOf(store, 'AZ-LAC'), index, -0.001234567, 0), TODAY);
    const { doc, past } = store.getState();
    expect(past).toHaveLength(1);
    expect(doc.corrections).toHaveLength(1);
    const entry = doc.corrections[0] ?? {};
    expect(Object.keys(entry)).toEqual(['district', 'date', 'note', 'precision', 'sources', 'geometry']);
    expect(entry.district).toBe('AZ-LAC');
    expect(entry.date).toBe(TODAY);
    // Rounded to the districts file's 5 decimals.
    const moved = ringOf(store, 'AZ-LAC')[index] ?? [];
    expect(moved.every((n) => Number(n.toFixed(5)) === n)).toBe(true);
    // Written as check-data reads it: the texts are the curator's to fill in, the geometry is valid.
    const codes = validateBoundaryCorrections(boundaryText(doc), FILE, { districts }).issues.map(
      (i) => i.code,
    );
    expect(codes.sort()).toEqual(['invalid-note', 'invalid-precision', 'invalid-title', 'invalid-url']);
  });

  it('moves a vertex the neighbour shares in the neighbour too, so no gap or overlap opens', () => {
    const store = opened();
    const index = vertexOf(store, 'AZ-LAC', 'AZ-SUS', true);
    const before = ringOf(store, 'AZ-LAC')[index];
    store.getState().reshape(withMoved(ringOf(store, 'AZ-LAC'), index, 0.003, 0.002), TODAY);
    const after = ringOf(store, 'AZ-LAC')[index];
    expect(ringOf(store, 'AZ-SUS').map(key)).toContain(key(after));
    expect(ringOf(store, 'AZ-SUS').map(key)).not.toContain(key(before));
    // Every district that had the vertex (this one is where three districts meet) gets the same move.
    const corrected = store.getState().doc.corrections.map((entry) => entry.district);
    expect(corrected[0]).toBe('AZ-LAC');
    expect(corrected).toContain('AZ-SUS');
    for (const id of corrected) expect(ringOf(store, String(id)).map(key)).toContain(key(after));
    expect(liveFindings(store.getState().doc, districts, 'AZ-LAC')).toEqual([]);
    expect(store.getState().past).toHaveLength(1);
  });

  it('undoes and redoes each step, back to the byte-identical file', () => {
    const store = opened();
    const index = vertexOf(store, 'AZ-LAC', 'AZ-SUS', false);
    store.getState().reshape(withMoved(ringOf(store, 'AZ-LAC'), index, -0.01, 0), TODAY);
    store.getState().setField(['note'], 'Traced on the imagery.');
    const edited = boundaryText(store.getState().doc);
    store.getState().undo();
    store.getState().undo();
    expect(boundaryText(store.getState().doc)).toBe(original);
    store.getState().redo();
    store.getState().redo();
    expect(boundaryText(store.getState().doc)).toBe(edited);
  });

  it('keeps an outer ring counter-clockwise and closed, as districts.geojson has it', () => {
    const clockwise = [
      [46, 39],
      [46, 40],
      [47, 40],
      [47, 39],
    ];
    expect(normaliseRing(clockwise)).toEqual([
      [46, 39],
      [47, 39],
      [47, 40],
      [46, 40],
      [46, 39],
    ]);
  });
});

describe('the live checks while a boundary is edited', () => {
  it('name an overlap with the neighbour the vertex was dragged into', () => {
    const store = opened('AZ-SUS');
    // Shusha's boundary laid over Khojaly's: the plainest overlap (the browser test drags a single vertex).
    const khojaly = ringOf(store, 'AZ-XCI');
    store.getState().reshape(khojaly, TODAY);
    const findings = liveFindings(store.getState().doc, districts, 'AZ-SUS');
    expect(findings).toContainEqual(
      expect.objectContaining({ kind: 'overlap', id: 'AZ-SUS', other: 'AZ-XCI' }),
    );
  });

  it('name a boundary that crosses itself', () => {
    const store = opened('AZ-SUS');
    const ring = ringOf(store, 'AZ-SUS');
    const crossed = [ring[0] ?? [], ring[2] ?? [], ring[1] ?? [], ...ring.slice(3)];
    store.getState().reshape(crossed, TODAY);
    expect(liveFindings(store.getState().doc, districts, 'AZ-SUS')[0]).toMatchObject({
      kind: 'self-intersection',
      id: 'AZ-SUS',
    });
  });

  it('find nothing in the shipped districts', () => {
    expect(liveFindings(opened().getState().doc, districts, 'AZ-LAC')).toEqual([]);
  });
});
