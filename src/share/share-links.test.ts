import { describe, expect, it } from 'vitest';
import { embedLink, iframeCode, viewLink } from './share-links.ts';

const PAGE =
  'https://atlas.example.org/app/?lang=az&debug=1&category=housing,energy&map=9.00/39.7000/46.7500#x';

describe('share links', () => {
  it('keeps the view and drops the parameters of a device or a tool', () => {
    expect(viewLink(PAGE)).toBe(
      'https://atlas.example.org/app/?lang=az&category=housing,energy&map=9.00/39.7000/46.7500',
    );
    expect(viewLink('https://a.example/?embed=1&kiosk=1&idle=30&edit=1&before=s2-2019&after=s2-2024')).toBe(
      'https://a.example/?before=s2-2019&after=s2-2024',
    );
  });

  it('makes the embed link of the same view', () => {
    expect(embedLink(PAGE)).toBe(
      'https://atlas.example.org/app/?lang=az&category=housing,energy&map=9.00/39.7000/46.7500&embed=1',
    );
    // Already an embed: one embed=1, not two.
    expect(embedLink('https://a.example/?embed=1&lang=en')).toBe('https://a.example/?lang=en&embed=1');
  });

  it('writes iframe code whose attributes cannot be broken out of', () => {
    const code = iframeCode('https://a.example/?q=a"b&lang=en', 'Atlas <"x">');
    expect(code).toBe(
      '<iframe src="https://a.example/?q=a&quot;b&amp;lang=en" title="Atlas &lt;&quot;x&quot;&gt;" ' +
        'width="100%" height="480" style="border:0" loading="lazy" allowfullscreen ' +
        'referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    );
  });
});
