import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspSnippet, cspSources, originOf, parseFrameAncestors } from './csp.ts';

const catalog = {
  layers: [
    { id: 'a', type: 'xyz', url: 'https://tiles.example.org/a/{z}/{y}/{x}.jpg' },
    { id: 'b', type: 'wmts', url: 'https://gibs.example.gov/wmts/{z}/{y}/{x}.jpg' },
    { id: 'c', type: 'xyz', url: 'https://tiles.example.org/c/{z}/{x}/{y}.png' },
    { id: 'local', type: 'pmtiles', url: 'pmtiles://./tiles/s2-2016.pmtiles' },
    { id: 'bucket', type: 'pmtiles', url: 'https://bucket.example.net/s2-2016-v2.pmtiles' },
    { id: 'cdn', type: 'pmtiles', url: 'pmtiles://https://cdn.example.com:8443/x-v1.pmtiles' },
    { id: 'broken' },
  ],
};

describe('the policy made from the served data', () => {
  it('lists exactly the tile and archive hosts, each once', () => {
    const kiosk = {
      offlineArchives: [{ layer: 'a', url: 'https://kiosk-archives.example.org/a-v3.pmtiles' }],
    };
    const projects = { features: [{ properties: { media: [{ url: 'https://photos.example.org/p.jpg' }] } }] };
    expect(cspSources({ imagery: catalog, kiosk, projects })).toEqual({
      connect: [
        'https://bucket.example.net',
        'https://cdn.example.com:8443',
        'https://gibs.example.gov',
        'https://kiosk-archives.example.org',
        'https://tiles.example.org',
      ],
      img: ['https://gibs.example.gov', 'https://photos.example.org', 'https://tiles.example.org'],
    });
  });

  it('adds nothing for relative archives or unreadable files', () => {
    expect(cspSources({ imagery: 'not a catalog', kiosk: null })).toEqual({ connect: [], img: [] });
    expect(originOf('pmtiles://./tiles/x.pmtiles')).toBeUndefined();
    expect(originOf('javascript:alert(1)')).toBeUndefined();
  });

  it('allows no inline or eval script, and frames only from the setting', () => {
    const policy = contentSecurityPolicy({ connect: ['https://a.example'], img: [] });
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self' https://a.example;");
    expect(policy).toContain("frame-ancestors 'self';");
    expect(
      contentSecurityPolicy({ connect: [], img: [] }, { frameAncestors: "'self' https://news.example" }),
    ).toContain("frame-ancestors 'self' https://news.example;");
  });

  it('refuses settings that are not sources (they would end up inside the nginx configuration)', () => {
    expect(() => parseFrameAncestors('https://a.example; script-src *')).toThrow(/frame-ancestors/);
    expect(() => parseFrameAncestors("'none' https://a.example")).toThrow(/'none'/);
    expect(() => contentSecurityPolicy({ connect: [], img: [] }, { reportUri: '/csp"; evil' })).toThrow();
    expect(() => cspSnippet('default-src $host')).toThrow();
    expect(cspSnippet("default-src 'none'")).toContain(
      `add_header Content-Security-Policy "default-src 'none'" always;`,
    );
  });
});
