/**
 * The boundary editor's state: data/boundary-corrections.json as it is being edited, the districts it
 * corrects, the chosen district, and undo/redo. Each correction replaces one district's boundary (see
 * src/data/boundary-corrections.ts); the file is small, so a history step is the whole document before and
 * after (immutable, so unchanged parts are shared).
 *
 * A moved vertex that a neighbour shares (neighbours share exact vertices in districts.geojson) moves in the
 * neighbour too, in the same step: a shared border stays shared, with no gap and no overlap opened by the move.
 */
import { produce } from 'immer';
import { createStore } from 'zustand/vanilla';
import type { DistrictArea } from '../data/boundary-corrections.ts';
import { formatJsonFile, type JsonValue } from './format-json.ts';
import { setAtPath } from './set-at-path.ts';
import { MAX_STEPS, roundTo } from './workbench-store.ts';

export type Ring = number[][];
export type EditablePolygon = { type: 'Polygon'; coordinates: Ring[] };

/** One entry of the file as the curator edits it: each field may be empty or wrong while they type. */
export type EditableCorrection = { [key: string]: JsonValue };
export interface CorrectionsDoc {
  about?: JsonValue;
  corrections: EditableCorrection[];
  [key: string]: JsonValue | undefined;
}

/** Positions are written with the districts file's 5 decimals (about 1 m). */
export const BOUNDARY_DECIMALS = 5;

const samePosition = (a: readonly number[] | undefined, b: readonly number[] | undefined) =>
  !!a && !!b && a[0] === b[0] && a[1] === b[1];

/** Twice the signed area of a ring (positive when counter-clockwise, as RFC 7946 wants an outer ring). */
function signedArea(ring: Ring): number {
  let sum = 0;
  ring.forEach((position, i) => {
    const next = ring[(i + 1) % ring.length] ?? position;
    sum += (position[0] ?? 0) * (next[1] ?? 0) - (next[0] ?? 0) * (position[1] ?? 0);
  });
  return sum;
}

/** An outer ring as the file writes it: 5 decimals, closed, counter-clockwise (RFC 7946). */
export function normaliseRing(ring: Ring): Ring {
  const rounded = ring.map(([x = 0, y = 0]) => [
    roundTo(x, BOUNDARY_DECIMALS),
    roundTo(y, BOUNDARY_DECIMALS),
  ]);
  if (!samePosition(rounded[0], rounded.at(-1)) && rounded[0]) rounded.push([...rounded[0]]);
  return signedArea(rounded) < 0 ? rounded.reverse() : rounded;
}

/** The district's boundary as a Polygon (every shipped district is one; a hole, as Khojaly's, is kept). */
export function polygonOf(
  geometry: DistrictArea['geometry'] | JsonValue | undefined,
): EditablePolygon | undefined {
  const candidate = geometry as { type?: unknown; coordinates?: unknown } | undefined;
  if (candidate?.type !== 'Polygon' || !Array.isArray(candidate.coordinates)) return undefined;
  return candidate as EditablePolygon;
}

/**
 * The positions that moved between two versions of a ring of the same length: `[from, to]` pairs (the
 * closing position is the first one again, so it is not counted twice).
 */
export function movedVertices(before: Ring, after: Ring): [number[], number[]][] {
  if (before.length !== after.length) return [];
  const moves: [number[], number[]][] = [];
  for (let i = 0; i < before.length - 1; i++) {
    const from = before[i];
    const to = after[i];
    if (from && to && !samePosition(from, to)) moves.push([from, to]);
  }
  return moves;
}

/** `geometry` with every position equal to a move's `from` put at its `to`; undefined when none is there. */
export function followMoves(
  geometry: EditablePolygon,
  moves: [number[], number[]][],
): EditablePolygon | undefined {
  let changed = false;
  const coordinates = geometry.coordinates.map((ring) =>
    ring.map((position) => {
      const move = moves.find(([from]) => samePosition(from, position));
      if (!move) return position;
      changed = true;
      return [...move[1]];
    }),
  );
  return changed ? { type: 'Polygon', coordinates } : undefined;
}

export interface BoundaryState {
  /** The file as it was opened: what "no edit" writes back byte for byte. */
  original: string;
  doc: CorrectionsDoc;
  /** The districts of districts.geojson, as shipped (the pipeline's output). */
  districts: DistrictArea[];
  districtId: string | undefined;
  past: CorrectionsDoc[];
  future: CorrectionsDoc[];
  open(text: string, districts: DistrictArea[]): void;
  choose(id: string | undefined): void;
  /**
   * A new outer ring for the chosen district (a dragged, added or deleted vertex): one step; with `amend`, part
   * of the last step (a side's middle dragged out is an insert, then a drag, in one gesture).
   */
  reshape(ring: Ring, today: string, amend?: boolean): void;
  /** A field of the chosen district's correction (the form). */
  setField(path: (string | number)[], value: unknown): void;
  /** The chosen district back to its shipped boundary: its correction is removed. */
  removeCorrection(): void;
  undo(): void;
  redo(): void;
}

/** The index of a district's entry in the file, or -1. */
export const entryIndex = (doc: CorrectionsDoc, id: string | undefined) =>
  doc.corrections.findIndex((entry) => entry.district === id);

/** A district's boundary as the curator sees it now: its correction's, else the shipped one. */
export function currentPolygon(state: Pick<BoundaryState, 'doc' | 'districts'>, id: string) {
  const entry = state.doc.corrections[entryIndex(state.doc, id)];
  return (
    polygonOf(entry?.geometry) ?? polygonOf(state.districts.find((district) => district.id === id)?.geometry)
  );
}

/** A new entry, in the file's key order; its texts and source are the curator's to write. */
function newEntry(district: string, geometry: EditablePolygon, today: string, like?: EditableCorrection) {
  return {
    district,
    date: like?.date ?? today,
    note: like?.note ?? '',
    precision: like?.precision ?? '',
    sources: like?.sources ?? [{ title: '', url: '' }],
    geometry: geometry as unknown as JsonValue,
  } satisfies EditableCorrection;
}

export function createBoundaryStore() {
  return createStore<BoundaryState>()((set, get) => {
    const step = (doc: CorrectionsDoc, amend = false) => {
      if (doc === get().doc) return;
      if (amend && get().past.length > 0) set({ doc, future: [] });
      else set({ doc, past: [...get().past, get().doc].slice(-MAX_STEPS), future: [] });
    };
    return {
      original: '',
      doc: { corrections: [] },
      districts: [],
      districtId: undefined,
      past: [],
      future: [],
      open: (text, districts) =>
        set({ original: text, doc: JSON.parse(text) as CorrectionsDoc, districts, past: [], future: [] }),
      choose: (districtId) => set({ districtId }),
      reshape: (ring, today, amend) => {
        const state = get();
        const id = state.districtId;
        const before = id ? currentPolygon(state, id) : undefined;
        if (!id || !before) return;
        const outer = normaliseRing(ring);
        const moves = movedVertices(before.coordinates[0] ?? [], outer);
        const geometry: EditablePolygon = {
          type: 'Polygon',
          coordinates: [outer, ...before.coordinates.slice(1)],
        };
        step(
          produce(state.doc, (draft) => {
            const put = (district: string, polygon: EditablePolygon) => {
              const at = entryIndex(draft, district);
              const entry = draft.corrections[at];
              if (entry) entry.geometry = polygon as unknown as JsonValue;
              else
                draft.corrections.push(
                  newEntry(district, polygon, today, draft.corrections[entryIndex(draft, id)]),
                );
            };
            put(id, geometry);
            for (const neighbour of state.districts) {
              if (neighbour.id === id || moves.length === 0) continue;
              const polygon = currentPolygon(state, neighbour.id);
              const followed = polygon && followMoves(polygon, moves);
              if (followed) put(neighbour.id, followed);
            }
          }),
          amend,
        );
      },
      setField: (path, value) => {
        const { doc, districtId } = get();
        const at = entryIndex(doc, districtId);
        if (at < 0) return;
        step(
          produce(doc, (draft) => {
            const entry = draft.corrections[at];
            if (entry) setAtPath(entry, path, value);
          }),
        );
      },
      removeCorrection: () => {
        const { doc, districtId } = get();
        const at = entryIndex(doc, districtId);
        if (at < 0) return;
        step(
          produce(doc, (draft) => {
            draft.corrections.splice(at, 1);
          }),
        );
      },
      undo: () => {
        const { past, future, doc } = get();
        const previous = past.at(-1);
        if (!previous) return;
        set({ doc: previous, past: past.slice(0, -1), future: [...future, doc] });
      },
      redo: () => {
        const { past, future, doc } = get();
        const next = future.at(-1);
        if (!next) return;
        set({ doc: next, past: [...past, doc], future: future.slice(0, -1) });
      },
    };
  });
}

export type BoundaryStore = ReturnType<typeof createBoundaryStore>;

/** The corrections file as it would be saved now (the hand-curated files' layout). */
export const boundaryText = (doc: CorrectionsDoc) => formatJsonFile(doc as JsonValue);
