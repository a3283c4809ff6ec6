import { describe, expect, it } from 'vitest';
import { paneClip } from './pane-clip.ts';

describe('paneClip', () => {
  it('clips each side of a vertical divider to its own part', () => {
    expect(paneClip('before', 'swipe', true, 40)).toEqual({ clipPath: 'inset(0 60% 0 0)' });
    expect(paneClip('after', 'swipe', true, 40)).toEqual({ clipPath: 'inset(0 0 0 40%)' });
  });

  it('puts before on the right, right to left', () => {
    expect(paneClip('before', 'swipe', true, 40, true)).toEqual({ clipPath: 'inset(0 0 0 60%)' });
    expect(paneClip('after', 'swipe', true, 40, true)).toEqual({ clipPath: 'inset(0 40% 0 0)' });
    // Top and bottom do not mirror.
    expect(paneClip('before', 'swipe', false, 25, true)).toEqual({ clipPath: 'inset(0 0 75% 0)' });
  });

  it('clips top and bottom for a horizontal divider', () => {
    expect(paneClip('before', 'swipe', false, 25)).toEqual({ clipPath: 'inset(0 0 75% 0)' });
    expect(paneClip('after', 'swipe', false, 25)).toEqual({ clipPath: 'inset(25% 0 0 0)' });
  });

  it('fades only the after pane', () => {
    expect(paneClip('before', 'fade', true, 30)).toEqual({});
    expect(paneClip('after', 'fade', true, 30)).toEqual({ opacity: 0.3 });
  });
});
