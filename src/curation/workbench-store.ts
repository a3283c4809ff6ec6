/**
 * The workbench's state: the data file being edited, undo/redo history and the selection. It is a store of its
 * own (not a slice of the app store) because it lives in the curator chunk that only `?edit=1` loads.
 *
 * Every edit is an immer recipe; its patches and inverse patches are one history step, so undo and redo replay
 * only what changed (a 10 000-project file is not copied per step). A drag previews its moves without history
 * and becomes one step when it ends.
 */
import { applyPatches, enablePatches, produce, produceWithPatches, type Draft, type Patch } from 'immer';
import { createStore } from 'zustand/vanilla';
import { formatJsonFile, styleOfFile, type JsonValue } from './format-json.ts';

enablePatches();

/** At least 100 steps are promised; a step of patches is small, so keep more. */
export const MAX_STEPS = 200;

export type Position = number[];
export type EditableGeometry =
  { type: 'Point'; coordinates: Position } | { type: 'LineString'; coordinates: Position[] };

export interface EditableFeature {
  type: 'Feature';
  id: string;
  geometry: EditableGeometry;
  properties: { [key: string]: JsonValue };
}

export interface EditableCollection {
  type: 'FeatureCollection';
  metadata?: JsonValue;
  features: EditableFeature[];
}

interface Step {
  patches: Patch[];
  inverse: Patch[];
}

export type Recipe = (draft: Draft<EditableCollection>) => void;

export interface WorkbenchState {
  fileName: string;
  /** The text as it was opened: what "no edit" must write back byte for byte. */
  original: string;
  doc: EditableCollection;
  past: Step[];
  future: Step[];
  /** The document before a drag began (the drag is one step when it ends). */
  gestureBase: EditableCollection | undefined;
  selectedId: string | undefined;
  open(fileName: string, text: string): void;
  edit(recipe: Recipe): void;
  preview(recipe: Recipe): void;
  endPreview(): void;
  undo(): void;
  redo(): void;
  select(id: string | undefined): void;
}

const parse = (text: string) => JSON.parse(text) as EditableCollection;

/**
 * The selection after patches that may rename a project (typing its id, or undoing that): the selection is
 * the project, not its old id, so the form stays open while the curator types a new id.
 */
function followRename(before: EditableCollection, patches: Patch[], selectedId: string | undefined) {
  for (const patch of patches) {
    const [list, index, key] = patch.path;
    if (list !== 'features' || key !== 'id' || patch.path.length !== 3 || patch.op !== 'replace') continue;
    if (typeof index === 'number' && before.features[index]?.id === selectedId) return String(patch.value);
  }
  return selectedId;
}

export function createWorkbenchStore() {
  return createStore<WorkbenchState>()((set, get) => {
    /** Makes `base → next` one history step. */
    const record = (base: EditableCollection, recipe: Recipe) => {
      const [doc, patches, inverse] = produceWithPatches(base, recipe);
      if (patches.length === 0) return;
      set({
        doc,
        selectedId: followRename(base, patches, get().selectedId),
        past: [...get().past, { patches, inverse }].slice(-MAX_STEPS),
        future: [],
        gestureBase: undefined,
      });
    };
    return {
      fileName: '',
      original: '',
      doc: { type: 'FeatureCollection', features: [] },
      past: [],
      future: [],
      gestureBase: undefined,
      selectedId: undefined,
      open: (fileName, text) =>
        set({ fileName, original: text, doc: parse(text), past: [], future: [], gestureBase: undefined }),
      edit: (recipe) => {
        get().endPreview();
        record(get().doc, recipe);
      },
      preview: (recipe) => {
        const { doc, gestureBase } = get();
        set({ doc: produce(doc, recipe), gestureBase: gestureBase ?? doc });
      },
      endPreview: () => {
        const { doc, gestureBase } = get();
        if (!gestureBase) return;
        // One step from the document before the drag to the one after it, whatever the moves in between.
        const changed = doc.features.flatMap((feature, index) =>
          gestureBase.features[index] === feature ? [] : [index],
        );
        set({ doc: gestureBase, gestureBase: undefined });
        record(gestureBase, (draft) => {
          for (const index of changed) {
            const feature = doc.features[index];
            if (feature) draft.features[index] = feature as Draft<EditableFeature>;
          }
        });
      },
      undo: () => {
        get().endPreview();
        const { past, future, doc } = get();
        const step = past.at(-1);
        if (!step) return;
        set({
          doc: applyPatches(doc, step.inverse),
          selectedId: followRename(doc, step.inverse, get().selectedId),
          past: past.slice(0, -1),
          future: [...future, step],
        });
      },
      redo: () => {
        const { past, future, doc } = get();
        const step = future.at(-1);
        if (!step) return;
        set({
          doc: applyPatches(doc, step.patches),
          selectedId: followRename(doc, step.patches, get().selectedId),
          past: [...past, step],
          future: future.slice(0, -1),
        });
      },
      select: (selectedId) => set({ selectedId }),
    };
  });
}

export type WorkbenchStore = ReturnType<typeof createWorkbenchStore>;

/** The file as it would be saved now. */
export function savedText(state: Pick<WorkbenchState, 'doc' | 'fileName'>): string {
  return formatJsonFile(state.doc as unknown as JsonValue, styleOfFile(state.fileName));
}

/** Decimals of the file's coordinates (4 in projects.geojson): new and moved positions are written alike. */
export function coordinateDecimals(text: string): number {
  let most = 0;
  for (const match of text.matchAll(/"coordinates": \[\s*\[?(-?\d+(?:\.(\d+))?)/g)) {
    most = Math.max(most, match[2]?.length ?? 0);
  }
  return most || 5;
}

export const roundTo = (value: number, decimals: number) => Number(value.toFixed(decimals));
