/** The response headers nginx sends, by class of file, exactly as deploy/nginx configures them. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { ARCHIVE_ORIGIN, EMBEDDER, PORTS, REMOTE_ARCHIVE, REMOTE_ARCHIVE_NO_CORS, SITE } from './site.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const MODULES = '/usr/lib/nginx/modules';
const BROTLI = existsSync(`${MODULES}/ngx_http_brotli_filter_module.so`);
const BROTLI_STATIC = existsSync(`${MODULES}/ngx_http_brotli_static_module.so`);
const asset = (pattern: RegExp) => {
  const name = readdirSync(join(SITE, 'assets')).find((file) => pattern.test(file));
  if (!name) throw new Error(`no asset matches ${pattern}`);
  return `assets/${name}`;
};
const workbox = () => readdirSync(SITE).find((file) => /^workbox-.*\.js$/.test(file)) ?? 'workbox-missing.js';

/** The policy's directives as a map (name → sources). */
function directives(policy: string | undefined): Record<string, string[]> {
  return Object.fromEntries(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

test('the page: a strict policy and the other security headers, revalidated every time', async ({
  request,
}) => {
  const response = await request.get('./');
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toBe('text/html; charset=utf-8');
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['etag']).toBeTruthy();
  const csp = directives(headers['content-security-policy']);
  expect(csp).toEqual({
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https://tiles.fixture.test'],
    'font-src': ["'self'"],
    // Generated from the served catalog: the tile host and the archive origin, nothing else.
    'connect-src': ["'self'", ARCHIVE_ORIGIN, 'https://tiles.fixture.test'],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    // FRAME_ANCESTORS of the suite's server: the atlas itself and one news site (embed.spec.ts).
    'frame-ancestors': ["'self'", EMBEDDER],
    'object-src': ["'none'"],
  });
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(headers['permissions-policy']).toContain(`${feature}=()`);
  }
  // The Share control's clipboard, for the atlas's own pages, not for framers (Web Share's default is the
  // same; Chromium reports a `web-share` entry in this header as unrecognised).
  expect(headers['permissions-policy']).toContain('clipboard-write=(self)');
  expect(headers['permissions-policy']).not.toContain('web-share');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  // Plain HTTP: no HSTS (a browser ignores it there, and it must not pin a host that has no TLS).
  expect(headers['strict-transport-security']).toBeUndefined();
  expect(headers['server']).toBe('nginx');
});

test('HSTS is sent over TLS only', async ({ request }) => {
  const response = await request.get(`https://localhost:${PORTS.tls}/`);
  expect(response.status()).toBe(200);
  expect(response.headers()['strict-transport-security']).toBe('max-age=31536000');
  expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
});

test('page routes fall back to the app; missing files, deeper paths and hidden files are real 404s', async ({
  request,
}) => {
  const route = await request.get('./explore?project=x');
  expect(route.status()).toBe(200);
  expect(route.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(await route.text()).toContain('<div id="root"></div>');
  for (const path of [
    'assets/missing.js',
    'data/missing.json',
    'tiles/missing.pmtiles',
    'a/b',
    '.env',
    'data/',
  ]) {
    const response = await request.get(`./${path}`);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['cache-control'], path).toBeUndefined();
    expect(response.headers()['content-security-policy'], path).toBeTruthy();
  }
});

test('hashed assets are immutable for a year, sent as their build-time compressed copies', async ({
  request,
}) => {
  // A browser accepts both: brotli where the static module is loaded, else the gzip copy.
  const encoding = BROTLI_STATIC ? 'br' : 'gzip';
  for (const [path, type] of [
    [asset(/^index-.*\.js$/), 'application/javascript; charset=utf-8'],
    [asset(/^maplibre-gl-worker-.*\.mjs$/), 'text/javascript; charset=utf-8'],
    [asset(/^index-.*\.css$/), 'text/css; charset=utf-8'],
  ] as const) {
    const response = await request.get(`./${path}`, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
    expect(response.headers()['cache-control'], path).toBe(IMMUTABLE);
    expect(response.headers()['content-encoding'], path).toBe(encoding);
    expect(response.headers()['vary'], path).toContain('Accept-Encoding');
    // The file written at build time, not compressed again per answer (that would be chunked).
    const copy = statSync(join(SITE, `${path}.${encoding === 'br' ? 'br' : 'gz'}`)).size;
    expect(response.headers()['content-length'], path).toBe(String(copy));
    const gzipOnly = await request.get(`./${path}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipOnly.headers()['content-encoding'], path).toBe('gzip');
  }
  const font = await request.get(`./${asset(/^noto-sans-latin-400-.*\.woff2$/)}`, {
    headers: { 'Accept-Encoding': 'gzip, br' },
  });
  expect(font.headers()['content-type']).toBe('font/woff2');
  expect(font.headers()['cache-control']).toBe(IMMUTABLE);
  expect(font.headers()['content-encoding']).toBeUndefined();
});

test('the page and data are compressed as they are sent (brotli where the filter is loaded)', async ({
  request,
}) => {
  for (const path of ['', 'data/projects.geojson', 'manifest.webmanifest']) {
    const response = await request.get(`./${path}`, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(response.headers()['content-encoding'], path).toBe(BROTLI ? 'br' : 'gzip');
  }
});

test('the service worker, Workbox and the manifest are revalidated every time', async ({ request }) => {
  for (const [path, type] of [
    ['sw.js', 'application/javascript; charset=utf-8'],
    [workbox(), 'application/javascript; charset=utf-8'],
    ['manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
  ] as const) {
    const response = await request.get(`./${path}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
  }
});

test('data files are revalidated with their ETag and compressed', async ({ request }) => {
  for (const [path, type] of [
    ['data/imagery.json', 'application/json; charset=utf-8'],
    ['data/projects.geojson', 'application/geo+json; charset=utf-8'],
  ] as const) {
    const response = await request.get(`./${path}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
    expect(response.headers()['content-encoding'], path).toBe('gzip');
    // A compressed answer carries a weak ETag; revalidating with it gets 304 without the body.
    const etag = response.headers()['etag'] ?? '';
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
    const again = await request.get(`./${path}`, {
      headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag },
    });
    expect(again.status(), path).toBe(304);
  }
});

test('archives answer byte ranges with 206, never compressed', async ({ request }) => {
  const path = './tiles/fixture-before.pmtiles';
  const whole = await request.get(path, { headers: { 'Accept-Encoding': 'gzip, br' } });
  expect(whole.status()).toBe(200);
  expect(whole.headers()['accept-ranges']).toBe('bytes');
  expect(whole.headers()['content-encoding']).toBeUndefined();
  expect(whole.headers()['content-type']).toBe('application/octet-stream');
  expect(whole.headers()['cache-control']).toBe('public, max-age=86400');
  const size = (await whole.body()).length;
  const range = await request.get(path, { headers: { Range: 'bytes=0-126', 'Accept-Encoding': 'gzip, br' } });
  expect(range.status()).toBe(206);
  expect(range.headers()['content-range']).toBe(`bytes 0-126/${size}`);
  expect(range.headers()['content-length']).toBe('127');
  expect(range.headers()['content-encoding']).toBeUndefined();
  expect((await range.body()).subarray(0, 7).toString()).toBe('PMTiles');
});

test('the archive origin allows cross-origin range reads; the folder without the rule does not', async ({
  request,
}) => {
  const origin = `http://localhost:${PORTS.app}`;
  const preflight = await request.fetch(REMOTE_ARCHIVE, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'range',
    },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-headers']).toContain('Range');
  expect(preflight.headers()['access-control-allow-methods']).toContain('HEAD');
  const read = await request.get(REMOTE_ARCHIVE, {
    headers: { Origin: origin, Range: 'bytes=0-126', 'Accept-Encoding': 'gzip, br' },
  });
  expect(read.status()).toBe(206);
  expect(read.headers()['access-control-allow-origin']).toBe('*');
  const exposed = (read.headers()['access-control-expose-headers'] ?? '').split(/,\s*/);
  expect(exposed).toEqual(
    expect.arrayContaining(['ETag', 'Content-Range', 'Content-Length', 'Accept-Ranges']),
  );
  expect(read.headers()['content-encoding']).toBeUndefined();
  const bare = await request.get(REMOTE_ARCHIVE_NO_CORS, {
    headers: { Origin: origin, Range: 'bytes=0-126' },
  });
  expect(bare.status()).toBe(206);
  expect(bare.headers()['access-control-allow-origin']).toBeUndefined();
});
