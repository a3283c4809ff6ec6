import { describe, expect, it } from 'vitest';
import type { ImageryLayer } from '../../data/imagery-schema.ts';
import { complete, isSlotOf, NO_SLOTS, pendingOf, slotId, want, type Slot } from './imagery-slots.ts';

const slot = (key: string): Slot => ({ key, layer: { id: key } as ImageryLayer });
const keys = (state: typeof NO_SLOTS) => state.slots.map((s) => s?.key);

describe('imagery slots', () => {
  it('draws the first layer at once (there is nothing to keep)', () => {
    const state = want(NO_SLOTS, slot('a'));
    expect(keys(state)).toEqual(['a', undefined]);
    expect(state.drawn).toBe(0);
    expect(want(state, slot('a'))).toBe(state);
  });

  it('loads a new date in the other slot and keeps the drawn one until it is complete', () => {
    const drawn = want(NO_SLOTS, slot('a'));
    const stepping = want(drawn, slot('b'));
    expect(keys(stepping)).toEqual(['a', 'b']);
    expect(stepping.drawn).toBe(0);
    expect(pendingOf(stepping)?.key).toBe('b');
    const done = complete(stepping, 'b');
    expect(keys(done)).toEqual([undefined, 'b']);
    expect(done.drawn).toBe(1);
    expect(pendingOf(done)).toBeUndefined();
  });

  it('replaces a pending date never completed, and ignores a late completion of it', () => {
    const stepping = want(want(NO_SLOTS, slot('a')), slot('b'));
    const again = want(stepping, slot('c'));
    expect(keys(again)).toEqual(['a', 'c']);
    expect(complete(again, 'b')).toBe(again);
  });

  it('drops the pending date when the drawn one is asked for again, and everything for no layer', () => {
    const stepping = want(want(NO_SLOTS, slot('a')), slot('b'));
    expect(keys(want(stepping, slot('a')))).toEqual(['a', undefined]);
    expect(want(stepping, undefined)).toBe(NO_SLOTS);
    expect(want(NO_SLOTS, undefined)).toBe(NO_SLOTS);
  });

  it('names the slots after the imagery id', () => {
    expect(slotId('base-imagery', 0)).toBe('base-imagery');
    expect(isSlotOf('base-imagery', slotId('base-imagery', 1))).toBe(true);
    expect(isSlotOf('base-imagery', 'pane-imagery')).toBe(false);
  });
});
