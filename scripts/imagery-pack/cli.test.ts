import { describe, expect, it } from 'vitest';
import { parseCli, USAGE } from './cli.ts';
import { PACK_DEFAULTS } from './pack.ts';

const BASE = [
  '--layer',
  's2-2016',
  '--bbox',
  '46.9,39.45,47.4,39.75',
  '--zoom',
  '8-14',
  '--out',
  'public/tiles/s2-2016.pmtiles',
];

describe('imagery-pack arguments', () => {
  it('has defaults for everything but the four required options', () => {
    const command = parseCli(BASE);
    expect(command).toEqual({
      help: false,
      options: {
        layerId: 's2-2016',
        bbox: [46.9, 39.45, 47.4, 39.75],
        zooms: [8, 14],
        out: 'public/tiles/s2-2016.pmtiles',
        catalog: 'data/imagery.json',
        concurrency: 6,
        addToCatalog: false,
        userAgent: PACK_DEFAULTS.userAgent,
        publicDir: 'public',
        keepParts: false,
        maxTiles: 100_000,
        retry: PACK_DEFAULTS.retry,
        timeoutMs: 30_000,
      },
    });
  });

  it('reads every option', () => {
    const command = parseCli([
      ...BASE,
      '--catalog=tmp/imagery.json',
      '--concurrency',
      '2',
      '--add-to-catalog',
      '--url',
      'pmtiles://./offline/a.pmtiles',
      '--public-dir',
      'www',
      '--user-agent',
      'Test/1.0 (me@example.org)',
      '--keep-parts',
      '--max-tiles',
      '500',
      '--retries',
      '2',
      '--retry-base-ms',
      '10',
      '--timeout-ms',
      '1000',
    ]);
    expect(command.help).toBe(false);
    if (command.help) return;
    expect(command.options).toMatchObject({
      catalog: 'tmp/imagery.json',
      concurrency: 2,
      addToCatalog: true,
      catalogUrl: 'pmtiles://./offline/a.pmtiles',
      publicDir: 'www',
      userAgent: 'Test/1.0 (me@example.org)',
      keepParts: true,
      maxTiles: 500,
      retry: { retries: 2, baseDelayMs: 10 },
      timeoutMs: 1000,
    });
  });

  it('explains what is wrong', () => {
    expect(parseCli(['--help'])).toEqual({ help: true });
    expect(USAGE).toContain('--add-to-catalog');
    expect(() => parseCli(['--layer', 'x'])).toThrow('missing --bbox, --zoom, --out');
    expect(() => parseCli([...BASE, '--concurrency', '0'])).toThrow(/--concurrency/);
    expect(() => parseCli([...BASE, '--concurrency', 'lots'])).toThrow(/--concurrency/);
    expect(() => parseCli([...BASE, '--url', 'https://x/a.pmtiles'])).toThrow(/pmtiles:\/\//);
    expect(() => parseCli([...BASE, '--user-agent', ' '])).toThrow(/empty/);
    expect(() => parseCli([...BASE, '--frobnicate'])).toThrow(/frobnicate/);
    expect(() => parseCli([...BASE, 'extra'])).toThrow(/extra/);
    expect(() => parseCli([...BASE.slice(0, 2), '--bbox', '1,2,3', ...BASE.slice(4)])).toThrow(
      /four numbers/,
    );
  });
});
