/** Reads a served site's data files and derives its Content-Security-Policy (see csp.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { contentSecurityPolicy, cspSources, type CspOptions, type CspSources } from './csp.ts';

function readData(site: string, file: string): unknown {
  const path = join(site, 'data', file);
  // A missing or unreadable file adds no host: the app shows its notice for it, the policy stays strict.
  if (!existsSync(path)) return undefined;
  return parse(readFileSync(path, 'utf8')) as unknown;
}

export function siteSources(site: string): CspSources {
  return cspSources({
    imagery: readData(site, 'imagery.json'),
    kiosk: readData(site, 'kiosk.json'),
    projects: readData(site, 'projects.geojson'),
  });
}

export function sitePolicy(site: string, options: CspOptions): string {
  if (!existsSync(join(site, 'index.html'))) {
    throw new Error(`${site} has no index.html: build first (npm run build) or give the release folder`);
  }
  return contentSecurityPolicy(siteSources(site), options);
}

/** The settings of a deployment that are not in its data: from the environment. */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): CspOptions {
  return {
    frameAncestors: env.FRAME_ANCESTORS || "'self'",
    ...(env.CSP_REPORT_URI ? { reportUri: env.CSP_REPORT_URI } : {}),
  };
}
