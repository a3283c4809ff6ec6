import { describe, expect, it } from 'vitest';
import type { ImageryLayer } from '../data/imagery-schema.ts';
import type { Scene } from '../data/scene-schema.ts';
import { checkScenes, tileOf } from './self-test.ts';

const layer = (id: string, type: ImageryLayer['type'], url: string, date = '2020', family?: string) =>
  ({ id, type, url, minzoom: 0, maxzoom: 14, tileSize: 256, date, family }) as ImageryLayer;
const scene = (id: string, before: string, after: string) =>
  ({
    id,
    kind: 'compare',
    imagery: { before, after, mode: 'swipe' },
    camera: { center: [47.196, 39.594], zoom: 12 },
  }) as Scene;
const timeLapse = (id: string, family: string, from: string, to: string) =>
  ({
    id,
    kind: 'time-lapse',
    timeLapse: { family, from, to, secondsPerFrame: 2 },
    camera: { center: [47.196, 39.594], zoom: 12 },
  }) as Scene;

const layers = [
  layer('local', 'pmtiles', 'pmtiles://./tiles/a.pmtiles'),
  layer('remote', 'xyz', 'https://tiles.example/{z}/{y}/{x}.jpg'),
  layer('broken', 'pmtiles', 'pmtiles://./tiles/missing.pmtiles'),
  layer('year-2019', 'xyz', 'https://tiles.example/{z}/{y}/{x}.jpg', '2019', 'yearly'),
  layer('year-2020', 'pmtiles', 'pmtiles://./tiles/a.pmtiles', '2020', 'yearly'),
  layer('year-2021', 'pmtiles', 'pmtiles://./tiles/missing.pmtiles', '2021', 'yearly'),
];

async function fetcher(url: string): Promise<Response> {
  if (url.endsWith('/tiles/a.pmtiles'))
    return new Response(new TextEncoder().encode('PMTiles\u0003…'), { status: 206 });
  if (url === 'https://tiles.example/12/1556/2584.jpg') return new Response('jpeg', { status: 200 });
  return new Response('missing', { status: 404 });
}

describe('checkScenes', () => {
  it('passes scenes whose imagery answers and names what is missing otherwise', async () => {
    const checks = await checkScenes(
      [
        scene('ok', 'local', 'remote'),
        scene('missing', 'broken', 'remote'),
        scene('unknown', 'nope', 'remote'),
      ],
      layers,
      fetcher,
      'https://kiosk.local/',
    );
    expect(checks.map((c) => c.ok)).toEqual([true, false, false]);
    expect(checks[1]?.detail).toContain('missing.pmtiles: HTTP 404');
    expect(checks[2]?.detail).toContain('layer nope is not in the catalog');
  });
  it('checks every date of a time-lapse, and needs two of them', async () => {
    const checks = await checkScenes(
      [
        timeLapse('ok', 'yearly', '2019', '2020'),
        timeLapse('one-missing', 'yearly', '2019', '2021'),
        timeLapse('one-date', 'yearly', '2020', '2020'),
      ],
      layers,
      fetcher,
      'https://kiosk.local/',
    );
    expect(checks.map((c) => c.ok)).toEqual([true, false, false]);
    expect(checks[1]?.detail).toContain('missing.pmtiles: HTTP 404');
    expect(checks[2]?.detail).toContain('fewer than two imagery dates');
  });
  it('asks for the tile under the scene centre', () => {
    expect(tileOf([47.196, 39.594], 12)).toEqual({ x: 2584, y: 1556, z: 12 });
  });
});
