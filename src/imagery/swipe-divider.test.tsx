import { fireEvent, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { useAppStore } from '../store/app-store.ts';
import { splitAt, SwipeDivider } from './swipe-divider.tsx';

afterEach(resetStore);

const rect = { left: 100, right: 500, top: 0, bottom: 200, width: 400, height: 200 } as DOMRect;

describe('SwipeDivider', () => {
  it('measures the split from the left, or from the right right to left', () => {
    expect(splitAt(rect, 200, 0, true)).toBe(25);
    expect(splitAt(rect, 200, 0, true, true)).toBe(75);
    expect(splitAt(rect, 200, 50, false, true)).toBe(25);
  });

  it('moves by arrow keys, Page Up/Down, Home and End', () => {
    renderWithApp(<SwipeDivider area={createRef()} vertical />);
    const divider = screen.getByRole('slider', { name: 'Before/after divider' });
    fireEvent.keyDown(divider, { key: 'ArrowLeft' });
    expect(divider).toHaveAttribute('aria-valuenow', '49');
    expect(divider.style.insetInlineStart).toBe('49%');
    fireEvent.keyDown(divider, { key: 'PageUp' });
    expect(divider).toHaveAttribute('aria-valuenow', '59');
    fireEvent.keyDown(divider, { key: 'End' });
    expect(divider).toHaveAttribute('aria-valuenow', '100');
  });

  it('right to left, moves the way the arrow points (before is on the right)', () => {
    renderWithApp(<SwipeDivider area={createRef()} vertical />, 'ar');
    const divider = screen.getByRole('slider');
    fireEvent.keyDown(divider, { key: 'ArrowLeft' });
    expect(divider).toHaveAttribute('aria-valuenow', '51');
    fireEvent.keyDown(divider, { key: 'ArrowRight' });
    fireEvent.keyDown(divider, { key: 'ArrowRight' });
    expect(useAppStore.getState().compare.split).toBe(49);
  });
});
