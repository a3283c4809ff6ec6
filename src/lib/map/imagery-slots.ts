/**
 * Which imagery a map draws while it changes date (pure; the component is raster-imagery.tsx). Two slots,
 * each one raster source: the drawn one, complete, and the pending one, loading unseen (opacity 0). The
 * pending one is shown only once its tiles in view are all loaded, in the same frame as the drawn one goes:
 * a step never shows half a date, or a date over blank land.
 */
import type { ImageryLayer } from '../../data/imagery-schema.ts';

export interface Slot {
  /** The layer and the retry it was requested for: a new key is a new source. */
  key: string;
  layer: ImageryLayer;
}

export type SlotIndex = 0 | 1;

export interface Slots {
  slots: readonly [Slot | undefined, Slot | undefined];
  drawn: SlotIndex;
}

export const NO_SLOTS: Slots = { slots: [undefined, undefined], drawn: 0 };

/** The source (and layer) id of a slot: the first keeps the map's imagery id. */
export const slotId = (id: string, index: SlotIndex): string => (index === 0 ? id : `${id}-alt`);

/** Whether a source id is one of the slots of the imagery `id`. */
export const isSlotOf = (id: string, sourceId: string | undefined): boolean =>
  sourceId === id || sourceId === slotId(id, 1);

const other = (index: SlotIndex): SlotIndex => (index === 0 ? 1 : 0);

function withSlot(state: Slots, index: SlotIndex, slot: Slot | undefined): Slots {
  const slots: [Slot | undefined, Slot | undefined] = [...state.slots];
  slots[index] = slot;
  return { slots, drawn: state.drawn };
}

export const pendingOf = (state: Slots): Slot | undefined => state.slots[other(state.drawn)];

/**
 * The slots for the wanted layer (the same object when nothing changes). None: nothing (a hidden map
 * fetches no tile). Nothing drawn yet: drawn at once (a first picture fills in as it loads, there is
 * nothing to keep). Otherwise it waits in the other slot, replacing a pending one that never completed;
 * asked for the drawn layer again, the pending one is dropped.
 */
export function want(state: Slots, wanted: Slot | undefined): Slots {
  if (!wanted) return state.slots[0] || state.slots[1] ? NO_SLOTS : state;
  const drawn = state.slots[state.drawn];
  const pending = pendingOf(state);
  if (drawn?.key === wanted.key) return pending ? withSlot(state, other(state.drawn), undefined) : state;
  if (pending?.key === wanted.key) return state;
  if (!drawn) return withSlot(state, state.drawn, wanted);
  return withSlot(state, other(state.drawn), wanted);
}

/** The pending slot (of this key) has all its tiles: it is drawn, the previous one goes. */
export function complete(state: Slots, key: string): Slots {
  const index = other(state.drawn);
  if (state.slots[index]?.key !== key) return state;
  const slots: [Slot | undefined, Slot | undefined] = [undefined, undefined];
  slots[index] = state.slots[index];
  return { slots, drawn: index };
}
