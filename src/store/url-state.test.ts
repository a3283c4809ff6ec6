import { describe, expect, it } from 'vitest';
import { formatView, parseUrl, parseView, serializeUrl } from './url-state.ts';

describe('parseView', () => {
  it('reads ZOOM/LAT/LON', () => {
    expect(parseView('9.5/39.7587/46.7525')).toEqual({ zoom: 9.5, lat: 39.7587, lon: 46.7525 });
  });
  it.each(['', '9/39', '9/39/46/1', 'a/39/46', '9/95/46', '9/39/200', '30/39/46', '9//46'])(
    'rejects %s',
    (value) => {
      expect(parseView(value)).toBeUndefined();
    },
  );
});

describe('parseUrl', () => {
  it('reads known parameters', () => {
    expect(parseUrl('?lang=az&map=10/39.7/46.7&project=aghali-smart-village')).toEqual({
      state: { lang: 'az', view: { zoom: 10, lat: 39.7, lon: 46.7 }, project: 'aghali-smart-village' },
      ignored: [],
    });
  });
  it('ignores bad values and says which', () => {
    const { state, ignored } = parseUrl('?lang=xx&map=oops&project=<b>');
    expect(state).toEqual({});
    expect(ignored).toHaveLength(3);
    expect(ignored[0]).toContain('lang="xx"');
  });
  it('ignores unknown parameters silently', () => {
    expect(parseUrl('?utm_source=qr').state).toEqual({});
  });
});

describe('filters in the URL', () => {
  it('round-trip', () => {
    const state = {
      categories: ['housing' as const, 'transport' as const],
      statuses: ['completed' as const],
      districts: ['AZ-ZAN', 'AZ-SUS'],
      q: 'Ağalı kəndi',
      from: 2021,
      to: 2024,
      district: 'AZ-AGM',
    };
    expect(parseUrl(serializeUrl(state)).state).toEqual(state);
  });
  it('keep known values and report unknown ones', () => {
    const { state, ignored } = parseUrl(
      '?category=housing,hospital&status=done&districts=AZ-ZAN,zangilan&from=soon&to=2024',
    );
    expect(state).toEqual({ categories: ['housing'], districts: ['AZ-ZAN'], to: 2024 });
    expect(ignored).toEqual([
      'category: "hospital" is not known',
      'status: "done" is not known',
      'districts: "zangilan" is not known',
      'from="soon" (expected a year)',
    ]);
  });
  it('write readable commas', () => {
    expect(serializeUrl({ categories: ['housing', 'energy'] })).toBe('?category=housing,energy');
  });
});

describe('the comparison in the URL', () => {
  it('round-trips', () => {
    const state = { before: 's2-2019', after: 's2-2025', mode: 'fade' as const, split: 40 };
    expect(parseUrl(serializeUrl(state)).state).toEqual(state);
  });
  it('needs both layers and ignores bad values', () => {
    const { state, ignored } = parseUrl('?before=s2-2019&mode=wipe&split=150');
    expect(state).toEqual({});
    expect(ignored).toHaveLength(3);
  });
  it('writes nothing of the comparison when it is closed', () => {
    expect(serializeUrl({ mode: 'swipe', split: 50 })).toBe('');
  });
});

describe('serializeUrl', () => {
  it('round-trips through parseUrl', () => {
    const state = { lang: 'az' as const, view: { zoom: 11.25, lat: 39.1741, lon: 46.7662 }, project: 'x-1' };
    expect(parseUrl(serializeUrl(state)).state).toEqual(state);
  });
  it('keeps slashes readable and leaves other parameters alone', () => {
    expect(serializeUrl({ view: { zoom: 8, lat: 39.62, lon: 46.75 } }, '?kiosk=1')).toBe(
      '?kiosk=1&map=8.00/39.6200/46.7500',
    );
  });
  it('drops the default language', () => {
    expect(serializeUrl({ lang: 'en' }, '?lang=az', { lang: 'en' })).toBe('');
  });
  it('formats views compactly', () => {
    expect(formatView({ zoom: 8.123, lat: 39.123456, lon: 46.987654 })).toBe('8.12/39.1235/46.9877');
  });
});

describe('the timeline day in the URL', () => {
  it('round-trips', () => {
    for (const asOf of ['2021-06-01', '2022-01-01', '2024-02-29', '1990-01-01', '2100-12-31']) {
      expect(parseUrl(serializeUrl({ asOf })).state).toEqual({ asOf });
    }
  });
  it('is left out for today', () => {
    expect(serializeUrl({ asOf: undefined }, '?asOf=2021-06-01')).toBe('');
  });
  it('ignores what is not a real day, and says so', () => {
    for (const bad of [
      '2021',
      '2021-06',
      '2021-6-1',
      '2023-02-29',
      '2021-13-01',
      '01.06.2021',
      '1989-12-31',
      '',
    ]) {
      const { state, ignored } = parseUrl(`?asOf=${encodeURIComponent(bad)}`);
      expect(state, bad).toEqual({});
      expect(ignored, bad).toEqual([`asOf="${bad}" (expected a day YYYY-MM-DD)`]);
    }
  });
  it('sits with the other parameters', () => {
    const state = { lang: 'az' as const, project: 'fuzuli-international-airport', asOf: '2021-06-01' };
    expect(serializeUrl(state)).toBe('?lang=az&project=fuzuli-international-airport&asOf=2021-06-01');
    expect(parseUrl('?asOf=2022-01-01&kiosk=1').state).toEqual({ asOf: '2022-01-01', kiosk: true });
  });
});

describe('embed', () => {
  it('is read as embed=1 and kept as it is when the app writes its parameters', () => {
    expect(parseUrl('?embed=1&lang=en').state).toEqual({ embed: true, lang: 'en' });
    expect(parseUrl('?embed=yes')).toEqual({ state: {}, ignored: ['embed="yes" (expected 1)'] });
    expect(serializeUrl({ lang: 'ru' }, '?embed=1')).toBe('?embed=1&lang=ru');
  });
});
