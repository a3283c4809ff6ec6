/**
 * Prepares the nginx suite's site (see site.ts) from the current build; the web-server command runs it
 * before `npm run serve:prod`. Build first (`npx vite build`).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARCHIVE_CONF,
  ARCHIVES,
  archiveOriginConf,
  CERT,
  fixturePath,
  KEY,
  SITE,
  siteImagery,
  siteKiosk,
  WORK,
} from './site.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
if (!existsSync(join(DIST, 'index.html')))
  throw new Error(`${DIST}/index.html is missing: run npx vite build`);

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const write = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

rmSync(SITE, { recursive: true, force: true });
rmSync(ARCHIVES, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
cpSync(DIST, SITE, { recursive: true });

// The fixture data, in place of the shipped data: files nginx serves (and the policy is made from).
const data = join(SITE, 'data');
rmSync(data, { recursive: true, force: true });
mkdirSync(data);
copyFileSync(fixturePath('data', 'districts.geojson'), join(data, 'districts.geojson'));
copyFileSync(fixturePath('data', 'projects.geojson'), join(data, 'projects.geojson'));
copyFileSync(fixturePath('data', 'kiosk', 'scenes.json'), join(data, 'scenes.json'));
write(join(data, 'imagery.json'), siteImagery(json(fixturePath('data', 'kiosk', 'imagery.json'))));
write(join(data, 'kiosk.json'), siteKiosk(json(fixturePath('data', 'kiosk', 'kiosk.json'))));

// Archives: two local ones beside the app, and the after archive on the second origin.
mkdirSync(join(SITE, 'tiles'));
for (const side of ['before', 'after']) {
  copyFileSync(
    fixturePath('tiles', `fixture-${side}.pmtiles`),
    join(SITE, 'tiles', `fixture-${side}.pmtiles`),
  );
}
for (const folder of ['cors', 'no-cors']) {
  mkdirSync(join(ARCHIVES, folder), { recursive: true });
  copyFileSync(
    fixturePath('tiles', 'fixture-after.pmtiles'),
    join(ARCHIVES, folder, 'fixture-after-v1.pmtiles'),
  );
}

if (!existsSync(CERT) || !existsSync(KEY)) {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '30',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      KEY,
      '-out',
      CERT,
    ],
    { stdio: 'ignore' },
  );
}
writeFileSync(ARCHIVE_CONF, archiveOriginConf());
console.error(`Prepared ${SITE}`);
