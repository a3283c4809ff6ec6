import { describe, expect, it } from 'vitest';
import { publicUrl } from './qr-handoff.tsx';

describe('publicUrl', () => {
  it('keeps the view and leaves the kiosk parameters out', () => {
    const search = '?kiosk=1&idle=3&lang=az&project=aghali&map=12.00/39.1700/46.7700';
    expect(publicUrl('https://atlas.example.org/', search, 'az')).toBe(
      'https://atlas.example.org/?lang=az&project=aghali&map=12.00/39.1700/46.7700',
    );
  });
  it('always names the language (a phone may prefer another one)', () => {
    expect(publicUrl('https://atlas.example.org/', '?kiosk=1', 'en')).toBe(
      'https://atlas.example.org/?lang=en',
    );
  });
});
