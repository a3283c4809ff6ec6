import { describe, expect, it } from 'vitest';
import { resolvePmtilesUrl } from '../lib/raster-source.ts';
import { imageryLayer } from './imagery-schema.ts';
import { kioskSettings } from './kiosk-settings-schema.ts';

const layer = (url: string) =>
  imageryLayer.safeParse({
    id: 'archive',
    source: 'fixture',
    title: { az: 'Arxiv', en: 'Archive', ru: 'Архив' },
    date: '2016',
    type: 'pmtiles',
    url,
    attribution: 'Fixture',
    license: 'CC0 1.0',
    licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
  }).success;

const kiosk = (url: string) =>
  kioskSettings.safeParse({
    publicBaseUrl: 'https://atlas.fixture.test/',
    operatorPinHash:
      'pbkdf2-sha256$600000$a+0VXszl8mb8unG/qbzeaQ==$s2hlli0GMu1G6Uvjkvzk3MlDNdS5z2K08Cd7eaiZz6M=',
    home: { center: [47, 39.6], zoom: 8 },
    offlineArchives: [{ layer: 's2-2016', url }],
  }).success;

describe('an imagery archive on another origin (a bucket, a CDN)', () => {
  it('is accepted as an https:// URL in the catalog and in the kiosk settings', () => {
    expect(layer('https://cdn.fixture.test/s2-2016-v1.pmtiles')).toBe(true);
    expect(kiosk('https://cdn.fixture.test/s2-2016-v1.pmtiles')).toBe(true);
  });

  it('keeps the pmtiles:// forms and refuses anything else', () => {
    expect(layer('pmtiles://./tiles/s2-2016.pmtiles')).toBe(true);
    expect(kiosk('pmtiles://https://cdn.fixture.test/s2-2016-v1.pmtiles')).toBe(true);
    expect(layer('http://cdn.fixture.test/s2-2016.pmtiles')).toBe(false);
    expect(kiosk('./tiles/s2-2016.pmtiles')).toBe(false);
  });

  it('is read by the pmtiles protocol from its own origin, whatever the page', () => {
    const page = 'https://atlas.fixture.test/exhibit/?kiosk=1';
    expect(resolvePmtilesUrl('https://cdn.fixture.test/a-v1.pmtiles', page)).toBe(
      'pmtiles://https://cdn.fixture.test/a-v1.pmtiles',
    );
    expect(resolvePmtilesUrl('pmtiles://./tiles/a.pmtiles', page)).toBe(
      'pmtiles://https://atlas.fixture.test/exhibit/tiles/a.pmtiles',
    );
  });
});
