/**
 * The site the nginx suite serves: the production build (dist/) with the fixture data in place of data/,
 * the fixture archives in tiles/ (read by real range requests), a second origin's archive folder (with and
 * without CORS) and a self-signed certificate for the HTTPS listeners. No Playwright here: the web-server
 * command (prepare-site.ts) and the specs both use it.
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');

export const PORTS = {
  /** The app, over HTTP (as on a kiosk's localhost). */
  app: Number(process.env.E2E_NGINX_PORT ?? 4280),
  /** The archive origin (a bucket or CDN stand-in), over HTTPS. */
  archive: Number(process.env.E2E_ARCHIVE_PORT ?? 4281),
  /** The app over HTTPS too, to see HSTS sent there only. */
  tls: Number(process.env.E2E_TLS_PORT ?? 4282),
};

/** Everything the run writes, outside the repository (the workers of an nginx started as root read it). */
export const WORK = join(tmpdir(), `revival-atlas-e2e-nginx-${PORTS.app}`);
export const SITE = join(WORK, 'site');
export const ARCHIVES = join(WORK, 'archives');
export const CERT = join(WORK, 'cert.pem');
export const KEY = join(WORK, 'key.pem');
export const ARCHIVE_CONF = join(WORK, 'archive-origin.conf');

export const ARCHIVE_ORIGIN = `https://localhost:${PORTS.archive}`;
/** Versioned name, as deploy/README.md asks of archives on a bucket. */
export const REMOTE_ARCHIVE = `${ARCHIVE_ORIGIN}/cors/fixture-after-v1.pmtiles`;
export const REMOTE_ARCHIVE_NO_CORS = `${ARCHIVE_ORIGIN}/no-cors/fixture-after-v1.pmtiles`;
/**
 * A news site allowed to frame the atlas (FRAME_ANCESTORS of the suite's server, playwright.config.ts), and one
 * that is not. Both pages are answered by the tests. They are loopback origins, not made-up public names:
 * Chromium's Private Network Access blocks a public page from framing a page on localhost before any
 * policy of the atlas is read (the frame never loaded, for the allowed site as for the other).
 */
export const EMBEDDER = `http://127.0.0.1:${PORTS.app + 10}`;
export const ELSEWHERE = `http://127.0.0.1:${PORTS.app + 11}`;

/** A tile host that is in no catalog the policy was made from (a curator added it without regenerating). */
export const UNLISTED_HOST = 'https://tiles.unlisted.test';

export const fixturePath = (...parts: string[]) => join(FIXTURES, ...parts);

type Json = Record<string, unknown>;

function archiveLayer(id: string, en: string, url: string, colour: 'before' | 'after'): Json {
  return {
    id,
    source: 'fixture',
    title: { az: en, en, ru: en },
    date: colour === 'before' ? '2019' : '2024',
    type: 'pmtiles',
    url,
    tileSize: 256,
    minzoom: 6,
    maxzoom: 12,
    bounds: [46.9, 39.45, 47.4, 39.75],
    attribution: `Fixture tiles ${colour}`,
    license: 'CC0 1.0',
    licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
  };
}

/**
 * The catalog of the served site: the kiosk fixture's layers (two remote tile layers, one missing archive)
 * plus a local archive, an archive on the second origin, and the same archive where CORS is not allowed.
 */
export function siteImagery(kioskImagery: Json): Json {
  const layers = (kioskImagery.layers as Json[]).map((layer) =>
    typeof layer.url === 'string'
      ? { ...layer, url: layer.url.replace('/fixture-tiles/', '/tiles/') }
      : layer,
  );
  return {
    ...kioskImagery,
    layers: [
      ...layers,
      archiveLayer(
        'local-before',
        'Before (local archive)',
        'pmtiles://./tiles/fixture-before.pmtiles',
        'before',
      ),
      archiveLayer('remote-after', 'After (remote archive)', REMOTE_ARCHIVE, 'after'),
      archiveLayer('remote-no-cors', 'After (archive without CORS)', REMOTE_ARCHIVE_NO_CORS, 'after'),
    ],
  };
}

/** The same catalog with one more layer, on a host the served policy does not list. */
export function imageryWithUnlistedHost(imagery: Json): Json {
  const after = (imagery.layers as Json[]).find((layer) => layer.id === 'fixture-after') ?? {};
  const unlisted = {
    ...after,
    id: 'unlisted-after',
    title: { az: 'Unlisted', en: 'Unlisted host', ru: 'Unlisted' },
    url: `${UNLISTED_HOST}/after/{z}/{x}/{y}.png`,
  };
  return { ...imagery, layers: [...(imagery.layers as Json[]), unlisted] };
}

/** Kiosk settings: the before layer from a local archive, the after layer from the archive origin. */
export function siteKiosk(kiosk: Json): Json {
  return {
    ...kiosk,
    offlineArchives: [
      { layer: 'fixture-before', url: 'pmtiles://./tiles/fixture-before.pmtiles' },
      { layer: 'fixture-after', url: REMOTE_ARCHIVE },
    ],
  };
}

/** The archive origin: CORS as deploy/README.md asks for it under /cors/, none under /no-cors/. */
export function archiveOriginConf(): string {
  return `# The test's archive origin (a bucket or CDN stand-in), HTTPS with a self-signed certificate.
server {
    listen ${PORTS.archive} ssl;
    ssl_certificate ${CERT};
    ssl_certificate_key ${KEY};
    server_name _;
    root ${ARCHIVES};
    default_type application/octet-stream;
    location /cors/ {
        include revival-atlas/archive-cors.conf;
        try_files $uri =404;
    }
    location /no-cors/ {
        try_files $uri =404;
    }
}
`;
}

/** A map view inside the fixture archives' bounds, at a zoom they hold. */
export const ARCHIVE_VIEW = 'map=10.00/39.6000/47.1500';
